// Ring helpers for the estimated areas, from the one geometry normaliser (core/geometry): coordinates are
// [lon, lat], or the estimator's planar frame; "CCW" is counter-clockwise with y pointing up, the RFC 7946
// winding for exterior rings.
import type { Position } from 'geojson';
import { normalizePolygon, pointInGeometry, signedArea2 } from '../geometry/normalize';

export { signedArea2 };

/** Whether (x, y) lies inside a ring (open or closed). */
export function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  const closed =
    ring.length && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1];
  const r = closed ? [...ring] : [...ring, ring[0]!];
  return r.length >= 4 && pointInGeometry([x, y], { type: 'Polygon', coordinates: [r] });
}

/** Whether (x, y) lies inside a polygon's exterior and outside its holes. */
export function pointInPolygon(x: number, y: number, rings: readonly (readonly Position[])[]): boolean {
  return rings.length > 0 && pointInGeometry([x, y], { type: 'Polygon', coordinates: rings as Position[][] });
}

/**
 * Rounds every ring of a polygon to 6 decimals, drops repeated positions and rings with no area, and winds
 * the exterior CCW and holes CW. A polygon whose exterior vanishes is dropped (null).
 */
export const tidyPolygon = normalizePolygon;
