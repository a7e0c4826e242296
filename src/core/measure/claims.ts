// A check of the sources' distance claims (data/record.json `claims`, each with its quote) against what the
// map measures. Round figures in reporting are read as ranges; each claim says how it is read and why.
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistanceClaim, Place } from '../types';
import { distanceMetres, type LonLat } from './geodesic';
import { distanceToOutline } from './outskirts';
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;

export type { ClaimReference, DistanceClaim } from '../types';

export interface ClaimMeasurement {
  place: string;
  centreKm: number;
  /** null when the target has no outline. */
  outskirtsKm: number | null;
  holds: boolean;
}

export type ClaimVerdict = 'holds' | 'does not hold';

export interface ClaimEvaluation {
  claim: DistanceClaim;
  measurements: ClaimMeasurement[];
  verdict: ClaimVerdict;
  /** Plain sentences: what the claim could refer to when the named places do not bear it out. */
  couldReferTo: string[];
}

export interface ClaimContext {
  placesById: ReadonlyMap<string, Place>;
  /** The outline of the claims' target (each claim's own, when `outlineOf` is given). */
  targetOutline?: Polygon | MultiPolygon | null;
  /** The outline of a place, for claims about different targets. */
  outlineOf?: (placeId: string) => Polygon | MultiPolygon | null;
  /** Other places (e.g. the broad GeoNames extract) that the figure could describe; optional. */
  candidates?: readonly Place[];
}

const inRange = (km: number | null, c: DistanceClaim): boolean =>
  km !== null && km >= c.minKm && km <= c.maxKm;

function measureFor(c: DistanceClaim, km: { centre: number; outskirts: number | null }): boolean {
  return c.reference === 'outskirts'
    ? inRange(km.outskirts, c)
    : inRange(km.centre, c) || inRange(km.outskirts, c);
}

/**
 * How far from `from` towards the target centre one has to go before the outline lies `km` away: the position
 * the claim would describe if it was counted from the front rather than from the town.
 */
export function pointAtOutskirtsDistance(
  from: LonLat,
  centre: LonLat,
  outline: Polygon | MultiPolygon,
  km: number,
): { kmFromStart: number; point: LonLat } | null {
  const line = Geodesic.WGS84.InverseLine(from[1], from[0], centre[1], centre[0]);
  const at = (s: number): LonLat => {
    const p = line.Position(s);
    return [p.lon2 ?? NaN, p.lat2 ?? NaN];
  };
  const gap = (s: number): number => distanceToOutline(at(s), outline).metres - km * 1000;
  let lo = 0;
  let hi = line.s13;
  if (gap(lo) <= 0) return { kmFromStart: 0, point: from };
  if (gap(hi) > 0) return null;
  // Approaching the centre the distance to the edge falls steadily, so bisection finds the one crossing.
  for (let i = 0; i < 50 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2;
    if (gap(mid) > 0) lo = mid;
    else hi = mid;
  }
  return { kmFromStart: hi / 1000, point: at(hi) };
}

const fmt = (km: number): string => `${km.toFixed(1)} km`;

export function evaluateClaim(c: DistanceClaim, context: ClaimContext): ClaimEvaluation {
  const ctx = { ...context, targetOutline: context.outlineOf?.(c.target) ?? context.targetOutline ?? null };
  const target = ctx.placesById.get(c.target);
  if (!target) throw new RangeError(`claim ${c.id}: unknown target ${c.target}`);
  const centre: LonLat = [target.lon, target.lat];
  const measurements = c.places.map((id): ClaimMeasurement => {
    const p = ctx.placesById.get(id);
    if (!p) throw new RangeError(`claim ${c.id}: unknown place ${id}`);
    const centreKm = distanceMetres([p.lon, p.lat], centre) / 1000;
    const outskirtsKm = ctx.targetOutline
      ? distanceToOutline([p.lon, p.lat], ctx.targetOutline).metres / 1000
      : null;
    return {
      place: id,
      centreKm,
      outskirtsKm,
      holds: measureFor(c, { centre: centreKm, outskirts: outskirtsKm }),
    };
  });
  const verdict: ClaimVerdict = measurements.some((m) => m.holds) ? 'holds' : 'does not hold';
  const couldReferTo: string[] = [];
  if (verdict === 'does not hold') {
    const nearest = [...measurements].sort(
      (a, b) => (a.outskirtsKm ?? a.centreKm) - (b.outskirtsKm ?? b.centreKm),
    )[0];
    const np = nearest && ctx.placesById.get(nearest.place);
    if (np && ctx.targetOutline) {
      const mid = c.nominalKm;
      const pos = pointAtOutskirtsDistance([np.lon, np.lat], centre, ctx.targetOutline, mid);
      if (pos)
        couldReferTo.push(
          `positions about ${fmt(pos.kmFromStart)} beyond ${np.name} towards ${target.name} (${fmt(mid)} from its outskirts), i.e. ground taken past the towns named`,
        );
    }
    for (const q of ctx.candidates ?? []) {
      if (q.id === target.id || c.places.includes(q.id)) continue;
      const km = {
        centre: distanceMetres([q.lon, q.lat], centre) / 1000,
        outskirts: ctx.targetOutline
          ? distanceToOutline([q.lon, q.lat], ctx.targetOutline).metres / 1000
          : null,
      };
      // Only places on the way: nearer to the target than the named towns are, and nearer to them than it is.
      const onTheWay =
        np !== undefined &&
        np !== null &&
        km.centre < nearest!.centreKm &&
        distanceMetres([q.lon, q.lat], [np.lon, np.lat]) / 1000 < nearest!.centreKm;
      if (onTheWay && measureFor(c, km))
        couldReferTo.push(
          `${q.name}: ${fmt(km.centre)} from the centre${km.outskirts !== null ? `, ${fmt(km.outskirts)} from the outskirts` : ''}`,
        );
    }
  }
  return { claim: c, measurements, verdict, couldReferTo };
}

export function evaluateClaims(claims: readonly DistanceClaim[], ctx: ClaimContext): ClaimEvaluation[] {
  return claims.map((c) => evaluateClaim(c, ctx));
}
