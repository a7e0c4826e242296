// How the front moved: the distance from a target to the nearest place a side holds, day by day, and the speed
// of the advance between consecutive captures along an axis (the record's `advanceAxis`).
import type { ISODate, Place, PlaceState } from '../types';
import { daysBetween } from '../dates';
import { distanceMetres } from './geodesic';
import { type NearestTarget, type PlaceIndex, type Side, sideOf } from './nearest';

/** A model as far as measuring needs it: each place's state on a date, keyed by place id. */
export type StatesOn = (date: ISODate) => ReadonlyMap<string, PlaceState>;

export interface SeriesPoint {
  date: ISODate;
  /** The nearest place of the side, or null when the side holds nothing that day. */
  place: string | null;
  /** Centre to centre, km; null with `place`. */
  km: number | null;
  /** To the target's outline, km; present when the target has one. */
  outskirtsKm?: number | null;
}

export function distanceSeries(
  dates: readonly ISODate[],
  statesOn: StatesOn,
  index: PlaceIndex,
  target: NearestTarget,
  side: Side,
): SeriesPoint[] {
  return dates.map((date) => {
    const states = statesOn(date);
    const accept = (p: Place): boolean => p.id !== target.id && sideOf(states.get(p.id)) === side;
    const hit = index.nearest(target.point, accept);
    const point: SeriesPoint = { date, place: hit?.place ?? null, km: hit ? hit.metres / 1000 : null };
    if (target.outline) {
      const o = index.nearestToOutline(target.point, target.outline, accept);
      point.outskirtsKm = o ? o.metres / 1000 : null;
    }
    return point;
  });
}

/**
 * The first date of `dates` on which each place is held by `side`. When it already was on the first day, the
 * state's `since` is the better answer (the capture happened before the record began).
 */
export function captureDates(
  placeIds: readonly string[],
  dates: readonly ISODate[],
  statesOn: StatesOn,
  side: Side,
): Map<string, ISODate | null> {
  const out = new Map<string, ISODate | null>(placeIds.map((id) => [id, null]));
  for (const [i, date] of dates.entries()) {
    const states = statesOn(date);
    for (const id of placeIds) {
      if (out.get(id) !== null) continue;
      const s = states.get(id);
      if (sideOf(s) === side) out.set(id, i === 0 ? (s?.since ?? date) : date);
    }
  }
  return out;
}

export interface AdvanceLeg {
  from: string;
  to: string;
  fromDate: ISODate | null;
  toDate: ISODate | null;
  km: number;
  days: number | null;
  /** null when either capture is missing, or both fell on the same day (the speed is not defined by dates). */
  kmPerDay: number | null;
}

export function advanceSpeeds(
  axis: readonly string[],
  placesById: ReadonlyMap<string, Place>,
  captures: ReadonlyMap<string, ISODate | null>,
): AdvanceLeg[] {
  const legs: AdvanceLeg[] = [];
  for (let i = 1; i < axis.length; i++) {
    const a = placesById.get(axis[i - 1]!);
    const b = placesById.get(axis[i]!);
    if (!a || !b) throw new RangeError(`unknown place on the axis: ${!a ? axis[i - 1] : axis[i]}`);
    const km = distanceMetres([a.lon, a.lat], [b.lon, b.lat]) / 1000;
    const fromDate = captures.get(a.id) ?? null;
    const toDate = captures.get(b.id) ?? null;
    const days = fromDate && toDate ? daysBetween(fromDate, toDate) : null;
    legs.push({ from: a.id, to: b.id, fromDate, toDate, km, days, kmPerDay: days ? km / days : null });
  }
  return legs;
}
