// Map colours from the record's factions (data/factions.jsonl), so the map, the legend and the tools agree.
import type { Faction } from '../core/types';

export function factionColors(factions: readonly Faction[]): Record<string, string> {
  return Object.fromEntries(factions.map((f) => [f.id, f.color]));
}

/** A bloc's areas mix its factions: they take the colour of the bloc's first faction in file order. */
export function blocColors(factions: readonly Faction[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of factions) out[f.bloc] ??= f.color;
  return out;
}
