// Names and colours of the sides the distance tools compare: the record's blocs and `contested`. Colours come
// from the record's factions so the distance lines match the map's legend; a bloc takes the colour of its
// first faction in file order. Names come from record.json's `blocNames`, else from the bloc's one faction.
import type { Faction, RecordManifest } from '../../core/types.ts';
import type { Side } from '../../core/measure/nearest.ts';

const CONTESTED_COLOR = '#6b6b6b';

export function sideNames(
  factions: readonly Faction[],
  info: Pick<RecordManifest, 'blocNames'>,
): Record<Side, string> {
  const out: Record<Side, string> = { contested: 'Contested' };
  for (const f of factions) {
    if (out[f.bloc] !== undefined) continue;
    const only = factions.filter((g) => g.bloc === f.bloc);
    out[f.bloc] = info.blocNames?.[f.bloc] ?? (only.length === 1 ? f.name : f.bloc);
  }
  return out;
}

export function sideColors(factions: readonly Faction[]): Record<Side, string> {
  const out: Record<Side, string> = { contested: CONTESTED_COLOR };
  for (const f of factions) out[f.bloc] ??= f.color;
  return out;
}
