// What the places layer needs from a PlaceState. Pure: the map controller hands the result to setFeatureState.
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

/** Ease-out of the change animation: fast at first, settling at the end. */
export function easeOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}
