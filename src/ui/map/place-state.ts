// What the places layer needs from a PlaceState, and which places differ between two days. Pure: the map
// controller turns the result into setFeatureState calls, so a day step touches only the places that changed.
import type { PlaceState } from '../../core/types';

export interface PlaceFeatureState {
  /** The holder's faction id; '' when contested or unknown (the style then draws white or grey). */
  faction: string;
  status: PlaceState['status'];
  [key: string]: unknown;
}

export function featureStateOf(s: PlaceState | undefined): PlaceFeatureState {
  if (!s) return { faction: '', status: 'unknown' };
  return { faction: s.faction ?? '', status: s.status };
}

function same(a: PlaceState | undefined, b: PlaceState | undefined): boolean {
  const fa = featureStateOf(a);
  const fb = featureStateOf(b);
  if (fa.faction !== fb.faction || fa.status !== fb.status) return false;
  // Contested between a different set of factions is a change a reader should see too.
  return (a?.factions ?? []).join() === (b?.factions ?? []).join();
}

/** Ids of places whose drawn state differs between `prev` and `next` (missing counts as unknown). */
export function changedPlaces(
  prev: ReadonlyMap<string, PlaceState>,
  next: ReadonlyMap<string, PlaceState>,
): string[] {
  const out: string[] = [];
  for (const [id, s] of next) if (!same(prev.get(id), s)) out.push(id);
  for (const id of prev.keys()) if (!next.has(id) && !same(prev.get(id), undefined)) out.push(id);
  return out;
}

/** Ease-out of the change animation: fast at first, settling at the end. */
export function easeOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}
