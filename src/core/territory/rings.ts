// Small planar ring helpers for the estimated areas. Coordinates are [lon, lat]; "CCW" is counter-clockwise
// with latitude pointing up, the RFC 7946 winding for exterior rings.
import type { Position } from 'geojson';

/** Twice the signed area (shoelace); positive for counter-clockwise rings. Works on open or closed rings. */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s;
}

/** Even-odd point in ring test (ring open or closed). */
export function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(x: number, y: number, rings: readonly (readonly Position[])[]): boolean {
  if (!rings[0] || !pointInRing(x, y, rings[0])) return false;
  for (let i = 1; i < rings.length; i++) if (pointInRing(x, y, rings[i]!)) return false;
  return true;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Rounds a closed ring to 6 decimals, drops repeated positions, and winds it CCW (exterior) or CW (hole).
 * Returns null when nothing with an area is left.
 */
export function tidyRing(ring: readonly Position[], exterior: boolean): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round6(p[0]!), round6(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  if (out.length < 3) return null;
  const area = signedArea2(out);
  if (area === 0) return null;
  if (area > 0 !== exterior) out.reverse();
  out.push([out[0]![0]!, out[0]![1]!]);
  return out;
}

/** Tidies every ring of a polygon; a polygon whose exterior vanishes is dropped. */
export function tidyPolygon(rings: readonly (readonly Position[])[]): Position[][] | null {
  const outer = rings[0] ? tidyRing(rings[0], true) : null;
  if (!outer) return null;
  const out: Position[][] = [outer];
  for (const r of rings.slice(1)) {
    const hole = tidyRing(r, false);
    if (hole) out.push(hole);
  }
  return out;
}
