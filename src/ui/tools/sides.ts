// Names and colours of the sides the distance tools compare. Colours come from the record's factions so
// the distance lines match the map's legend; a bloc takes the colour of its first faction in file order.
import type { Faction } from '../../core/types.ts';
import type { Side } from '../../core/measure/nearest.ts';

export const SIDE_NAMES: Record<Side, string> = {
  opposition: 'Opposition',
  government: 'Government',
  sdf: 'SDF',
  isis: 'ISIS',
  russia: 'Russia',
  israel: 'Israel',
  contested: 'Contested',
};

const CONTESTED_COLOR = '#6b6b6b';

export function sideColors(factions: readonly Faction[]): Record<Side, string> {
  const out: Record<Side, string> = {
    opposition: '#555555',
    government: '#555555',
    sdf: '#555555',
    isis: '#555555',
    russia: '#555555',
    israel: '#555555',
    contested: CONTESTED_COLOR,
  };
  for (const b of ['opposition', 'government', 'sdf', 'isis', 'russia', 'israel'] as const) {
    const f = factions.find((x) => x.bloc === b);
    if (f) out[b] = f.color;
  }
  return out;
}
