// Distance wording for every tool: one place decides decimals and unit names, so the ruler labels, the
// distance panel, the chart axis and the exports all read the same number for the same distance.
import { METRES_PER_MILE } from '../../core/measure/geodesic.ts';

export type Units = 'km' | 'mi';

export const UNIT_NAMES: Record<Units, string> = { km: 'kilometres', mi: 'miles' };

/** Metres in one display unit. */
export function unitMetres(units: Units): number {
  return units === 'km' ? 1000 : METRES_PER_MILE;
}

export function fromMetres(metres: number, units: Units): number {
  return metres / unitMetres(units);
}

/**
 * A distance for a label: two decimals under 100 units (the seed claims argue over single kilometres, so
 * 22.19 km must not round to 22 km), one decimal under 1000, whole units beyond.
 */
export function formatDistance(metres: number, units: Units): string {
  if (!Number.isFinite(metres)) return '—';
  const v = fromMetres(metres, units);
  const digits = Math.abs(v) < 100 ? 2 : Math.abs(v) < 1000 ? 1 : 0;
  return `${v.toFixed(digits)} ${units}`;
}

/** A speed of advance, from km a day, in the display unit a day. */
export function formatSpeed(kmPerDay: number, units: Units): string {
  if (!Number.isFinite(kmPerDay)) return '—';
  const v = fromMetres(kmPerDay * 1000, units);
  return `${v.toFixed(1)} ${units}/day`;
}

/** MapLibre's ScaleControl speaks 'metric' | 'imperial' | 'nautical'. */
export function scaleUnit(units: Units): 'metric' | 'imperial' {
  return units === 'km' ? 'metric' : 'imperial';
}
