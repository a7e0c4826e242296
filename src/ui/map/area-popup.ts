// What the area popup says about an estimated area clicked on the map: its kind, its side, the places it was
// drawn from (by name) and the rule that shaped it. MapLibre hands back a feature's array properties as JSON
// text, so they are read back here.
import type { FrontlineRecord } from '../../core/record/open';

export interface AreaInfo {
  title: string;
  places: string[];
  rule: string | null;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v !== 'string' || !v.startsWith('[')) return [];
  try {
    return list(JSON.parse(v) as unknown);
  } catch {
    return [];
  }
}

/** The popup's content for a feature of the areas, contested or no-information layers. */
export function areaInfo(
  props: Record<string, unknown>,
  record: Pick<FrontlineRecord, 'placesById' | 'factionsById' | 'info'>,
): AreaInfo {
  const rule = typeof props.rule === 'string' ? props.rule : null;
  const names = list(props.places).map((id) => record.placesById.get(id)?.name ?? id);
  if (props.kind === 'no-information')
    return {
      title: 'No information: farther than the reach of every place the record follows',
      places: [],
      rule,
    };
  if (props.kind === 'contested') return { title: 'Contested (estimated)', places: names, rule };
  const faction = typeof props.faction === 'string' ? record.factionsById.get(props.faction) : undefined;
  const bloc = typeof props.bloc === 'string' ? props.bloc : '';
  const side = faction?.name ?? record.info.blocNames?.[bloc] ?? bloc;
  return { title: `${side}: estimated area`, places: names, rule };
}
