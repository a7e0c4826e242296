// Distance from a point to a city's outline: 0 inside, otherwise the geodesic distance to the nearest point of
// the outline. "Five kilometres from the outskirts" is measured to that edge, not to the city's centre point.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInGeometry } from '../geometry/normalize';
import { distanceMetres, type LonLat } from './geodesic';

export interface OutskirtsDistance {
  metres: number;
  inside: boolean;
  /** The nearest point of the outline (the point itself when inside). */
  nearest: LonLat;
}

type Outline = Polygon | MultiPolygon;

function polygonsOf(g: Outline): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Inside the outline (holes are outside), by the one geometry module's point in polygon (Turf's). */
export function pointInOutline(p: LonLat, outline: Outline): boolean {
  return pointInGeometry(p, outline);
}

const lerp = (a: Position, b: Position, t: number): LonLat => [
  a[0]! + (b[0]! - a[0]!) * t,
  a[1]! + (b[1]! - a[1]!) * t,
];

/** Edge lengths of an outline, computed once per outline object: the same outline serves every query. */
const edgeLengths = new WeakMap<Outline, number[][][]>();

function lengthsOf(outline: Outline): number[][][] {
  let l = edgeLengths.get(outline);
  if (!l) {
    l = polygonsOf(outline).map((rings) =>
      rings.map((ring) =>
        ring.slice(1).map((b, i) => distanceMetres([ring[i]![0]!, ring[i]![1]!], [b[0]!, b[1]!])),
      ),
    );
    edgeLengths.set(outline, l);
  }
  return l;
}

/**
 * Nearest point of one edge by golden-section search on the true geodesic distance over the whole edge: the
 * distance from a point to the points of a straight edge has a single minimum, so the search cannot be
 * trapped, and it does not inherit the planar frame's scale error.
 */
function nearestOnEdge(p: LonLat, a: Position, b: Position): { metres: number; point: LonLat } {
  const f = (t: number): number => distanceMetres(p, lerp(a, b, t));
  let lo = 0;
  let hi = 1;
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = f(x1);
  let f2 = f(x2);
  // 45 steps shrink the bracket to 0.618^45 ≈ 4e-10 of an edge: far below a millimetre on a city outline.
  for (let i = 0; i < 45; i++) {
    if (f1 < f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = f(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = f(x2);
    }
  }
  let best = { metres: f((lo + hi) / 2), point: lerp(a, b, (lo + hi) / 2) };
  // The ends are candidates too: the nearest point is often a vertex, where the search only converges.
  for (const t of [0, 1]) {
    const m = f(t);
    if (m < best.metres) best = { metres: m, point: lerp(a, b, t) };
  }
  return best;
}

/** Geodesic distance from `p` to the outline; 0 when `p` is inside it (holes count as outside). */
export function distanceToOutline(p: LonLat, outline: Outline): OutskirtsDistance {
  if (pointInOutline(p, outline)) return { metres: 0, inside: true, nearest: p };
  const lengths = lengthsOf(outline);
  let best: OutskirtsDistance = { metres: Infinity, inside: false, nearest: p };
  const edges: Array<{ a: Position; b: Position; lower: number }> = [];
  polygonsOf(outline).forEach((rings, i) =>
    rings.forEach((ring, j) => {
      const d = ring.map((v) => distanceMetres(p, [v[0]!, v[1]!]));
      d.forEach((m, k) => {
        if (m < best.metres) best = { metres: m, inside: false, nearest: [ring[k]![0]!, ring[k]![1]!] };
      });
      for (let k = 1; k < ring.length; k++) {
        // Triangle inequality: no point of an edge of length L is nearer than (d(p,a) + d(p,b) − L) / 2. The
        // edge is straight in lon/lat, a hair longer than the geodesic: the slack covers that.
        const L = lengths[i]![j]![k - 1]! * 1.001 + 0.01;
        edges.push({ a: ring[k - 1]!, b: ring[k]!, lower: (d[k - 1]! + d[k]! - L) / 2 });
      }
    }),
  );
  // Only edges that could beat the nearest vertex are searched: near a city, a handful of them.
  for (const e of edges) {
    if (e.lower >= best.metres) continue;
    const r = nearestOnEdge(p, e.a, e.b);
    if (r.metres < best.metres) best = { metres: r.metres, inside: false, nearest: r.point };
  }
  return best;
}

/** The farthest any vertex of the outline lies from `centre`: bounds how far outskirts and centre differ. */
export function outlineRadius(centre: LonLat, outline: Outline): number {
  let r = 0;
  for (const rings of polygonsOf(outline))
    for (const ring of rings) for (const v of ring) r = Math.max(r, distanceMetres(centre, [v[0]!, v[1]!]));
  return r;
}
