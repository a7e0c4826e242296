// Voronoi cells bounded by a reach, merged by owner, read straight off the Delaunay triangulation (the
// sibling of dissolve.ts, which it generalises: with an infinite reach it gives the same regions).
//
// Each site's cell is convex, and so is a disc, so a cell ∩ its disc is walked edge by edge: the parts of the
// cell's edges inside the disc, joined by arcs of the disc's circle. Within an owner's region a point is
// nearest to one of its sites, and within reach of any of them only if within reach of that nearest one: so
// the owner's bounded region is the union of its sites' bounded cells. Its boundary is every piece of those
// cells except the edge parts shared with a cell of the same owner. Pieces are joined into rings by symbolic
// ends — a Voronoi vertex is its triangle's index, a point where an edge leaves a disc is that edge's index
// and end — computed once per edge, so the two cells on an edge agree exactly and no coordinate is hashed.
// A vertex is inside or outside the reach by one test per triangle, for the same reason.
//
// One pass over the half-edges: linear in the number of sites, plus the arcs' points.
import { Delaunay } from 'd3-delaunay';
import type { Position } from 'geojson';
import { pointInRing, signedArea2 } from './rings';

export interface BoundedRegions {
  /** Per owner (≥ 0): polygons (exterior counter-clockwise first, then clockwise holes), planar coordinates. */
  polygons: Map<number, Position[][][]>;
  /** The union of every site's disc ∩ cell: the ground within someone's reach (same form). */
  known: Position[][][];
  /** Segments where two owners' bounded regions meet (both ≥ 0), keyed "lo,hi". */
  borders: Map<string, Array<[Position, Position]>>;
  /** The sites (indexes) that shaped each owner's region. */
  sitesOf: Map<number, number[]>;
  /** The owner of the nearest site to (x, y) if it is within reach, else −1. */
  ownerAt(x: number, y: number): number;
}

const FRAME_SITES = 64;
/** Points of a full circle: a chord then strays at most r·(1 − cos(π/96)) from the arc, 11 m for 20 km. */
const ARC_STEPS = 96;

interface Piece {
  from: number;
  to: number;
  /** Owner on the other side: another owner, or −1 for the frame and for arcs (beyond reach). */
  other: number;
  points: Position[];
}

/**
 * `xs`, `ys`, `owners`: one entry per distinct site (owners ≥ 0). `reach`: the disc radius in the same
 * units (Infinity: plain Voronoi). `extent`: [minX, minY, maxX, maxY] that plain cells must cover.
 */
export function boundedRegions(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  owners: ArrayLike<number>,
  reach: number,
  extent: readonly [number, number, number, number],
): BoundedRegions {
  const n = xs.length;
  const [x0, y0, x1, y1] = extent;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const radius = 3 * Math.hypot(x1 - x0, y1 - y0) + 1;
  const coords = new Float64Array(2 * (n + FRAME_SITES));
  const owner = new Int32Array(n + FRAME_SITES).fill(-1);
  for (let i = 0; i < n; i++) {
    coords[2 * i] = xs[i]!;
    coords[2 * i + 1] = ys[i]!;
    owner[i] = owners[i]!;
  }
  for (let k = 0; k < FRAME_SITES; k++) {
    const a = (2 * Math.PI * k) / FRAME_SITES;
    coords[2 * (n + k)] = cx + radius * Math.cos(a);
    coords[2 * (n + k) + 1] = cy + radius * Math.sin(a);
  }
  const delaunay = new Delaunay(coords);
  const { triangles, halfedges, inedges } = delaunay;
  const far = radius * 4;
  const circ = delaunay.voronoi([cx - far, cy - far, cx + far, cy + far]).circumcenters;
  const T = triangles.length / 3;
  const next = (e: number) => (e % 3 === 2 ? e - 2 : e + 1);
  const r2 = reach * reach;
  const finite = Number.isFinite(reach);

  // One inside-or-out test per Voronoi vertex, against its triangle's first site (all three are equidistant).
  const inside = new Uint8Array(T);
  for (let t = 0; t < T; t++) {
    const s = triangles[3 * t]!;
    const dx = circ[2 * t]! - coords[2 * s]!;
    const dy = circ[2 * t + 1]! - coords[2 * s + 1]!;
    inside[t] = !finite || dx * dx + dy * dy <= r2 ? 1 : 0;
  }

  // Per undirected edge (its smaller half-edge h), the part of the dual segment A = centre of h's triangle →
  // B = centre of the opposite triangle inside the reach, as parameters [t0, t1] (NaN: none).
  const t0s = new Float64Array(triangles.length).fill(NaN);
  const t1s = new Float64Array(triangles.length).fill(NaN);
  const spanned = new Uint8Array(triangles.length);
  const span = (h: number): void => {
    spanned[h] = 1;
    const ta = Math.floor(h / 3);
    const tb = Math.floor(halfedges[h]! / 3);
    const ia = inside[ta]!;
    const ib = inside[tb]!;
    if (ia && ib) {
      t0s[h] = 0;
      t1s[h] = 1;
      return;
    }
    const s = triangles[h]!;
    const ax = circ[2 * ta]! - coords[2 * s]!;
    const ay = circ[2 * ta + 1]! - coords[2 * s + 1]!;
    const dx = circ[2 * tb]! - circ[2 * ta]!;
    const dy = circ[2 * tb + 1]! - circ[2 * ta + 1]!;
    const a = dx * dx + dy * dy;
    const b = 2 * (ax * dx + ay * dy);
    const c = ax * ax + ay * ay - r2;
    const disc = b * b - 4 * a * c;
    if (a === 0 || disc <= 0) return;
    const sq = Math.sqrt(disc);
    const lo = (-b - sq) / (2 * a);
    const hi = (-b + sq) / (2 * a);
    // The vertex tests decide which ends are inside; the roots only place the crossings between them.
    const tiny = 1e-12;
    if (ia) [t0s[h], t1s[h]] = [0, Math.min(1 - tiny, Math.max(tiny, hi))];
    else if (ib) [t0s[h], t1s[h]] = [Math.min(1 - tiny, Math.max(tiny, lo)), 1];
    else if (lo > 0 && hi < 1 && hi - lo > tiny) [t0s[h], t1s[h]] = [lo, hi];
  };
  const at = (h: number, t: number): Position => {
    const ta = Math.floor(h / 3);
    const tb = Math.floor(halfedges[h]! / 3);
    if (t === 0) return [circ[2 * ta]!, circ[2 * ta + 1]!];
    if (t === 1) return [circ[2 * tb]!, circ[2 * tb + 1]!];
    return [
      circ[2 * ta]! + t * (circ[2 * tb]! - circ[2 * ta]!),
      circ[2 * ta + 1]! + t * (circ[2 * tb + 1]! - circ[2 * ta + 1]!),
    ];
  };
  // Symbolic ends: a vertex is its triangle t; a crossing is T + 2h (at t0) or T + 2h + 1 (at t1).
  const endKey = (h: number, which: 0 | 1): number => {
    const t = which === 0 ? t0s[h]! : t1s[h]!;
    if (t === 0) return Math.floor(h / 3);
    if (t === 1) return Math.floor(halfedges[h]! / 3);
    return T + 2 * h + which;
  };

  // Which way do triangles turn? As in dissolve.ts, a site's region lies to the left of the dual edge run from
  // the opposite triangle's centre to this one's when triangles turn counter-clockwise: pieces are then
  // oriented with their region on the left, and arcs turn counter-clockwise too.
  const ccw = triangles.length >= 3 ? orient(coords, triangles[0]!, triangles[1]!, triangles[2]!) > 0 : true;

  const byOwner = new Map<number, Piece[]>();
  const knownPieces: Piece[] = [];
  const borders = new Map<string, Array<[Position, Position]>>();
  const sitesOf = new Map<number, number[]>();
  const fullDiscs = new Map<number, Position[][]>();
  const knownDiscs: Position[][] = [];

  for (let i = 0; i < n; i++) {
    const e0 = inedges[i]!;
    if (e0 < 0) continue;
    const o = owner[i]!;
    // The cell's edges in order: each is the outgoing half-edge i → j (dual from this triangle's centre to the
    // next one's around i).
    const cell: number[] = [];
    let e = e0;
    do {
      const out = next(e);
      if (triangles[out] !== i) break;
      cell.push(out);
      e = halfedges[out]!;
    } while (e !== e0 && e !== -1);

    const pieces: Piece[] = [];
    for (const out of cell) {
      const h = Math.min(out, halfedges[out]!);
      if (halfedges[out]! < 0) continue;
      if (!spanned[h]) span(h);
      if (Number.isNaN(t0s[h]!)) continue;
      const j = triangles[halfedges[out]!]!;
      // The half-edge's dual runs from the opposite triangle's centre to this one's when triangles turn
      // counter-clockwise (as in dissolve.ts); the canonical segment runs from h's triangle to the other.
      const forward = ccw ? out !== h : out === h;
      const from = forward ? endKey(h, 0) : endKey(h, 1);
      const to = forward ? endKey(h, 1) : endKey(h, 0);
      const pa = at(h, t0s[h]!);
      const pb = at(h, t1s[h]!);
      pieces.push({ from, to, other: owner[j]!, points: forward ? [pa, pb] : [pb, pa] });
      if (forward && o >= 0 && owner[j]! >= 0 && o !== owner[j]!) {
        const [lo, hi] = o < owner[j]! ? [o, owner[j]!] : [owner[j]!, o];
        const k = `${lo},${hi}`;
        const list = borders.get(k);
        if (list) list.push([pa, pb]);
        else borders.set(k, [[pa, pb]]);
      }
    }
    // The walk above runs around the cell against the pieces' own direction when triangles turn
    // counter-clockwise: put the pieces in boundary order.
    if (ccw) pieces.reverse();
    const sx = coords[2 * i]!;
    const sy = coords[2 * i + 1]!;
    if (!pieces.length) {
      // The whole disc lies inside the cell: it touches nothing.
      const ring = arc(sx, sy, reach, 0, 2 * Math.PI, true);
      const list = fullDiscs.get(o);
      if (list) list.push(ring);
      else fullDiscs.set(o, [ring]);
      knownDiscs.push(ring);
      addSite(sitesOf, o, i);
      continue;
    }
    // Arcs from each piece's end to the next piece's start where they differ (the boundary left the disc).
    const withArcs: Piece[] = [];
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k]!;
      const q = pieces[(k + 1) % pieces.length]!;
      withArcs.push(p);
      if (p.to !== q.from) {
        const a = p.points[p.points.length - 1]!;
        const b = q.points[0]!;
        const pts = arcBetween(sx, sy, reach, a, b);
        withArcs.push({ from: p.to, to: q.from, other: -1, points: pts });
      }
    }
    let any = false;
    for (const p of withArcs) {
      if (p.other !== o) {
        any = true;
        const list = byOwner.get(o);
        if (list) list.push(p);
        else byOwner.set(o, [p]);
      }
      if (p.other === -1) knownPieces.push(p);
    }
    if (any || withArcs.length) addSite(sitesOf, o, i);
  }

  const polygons = new Map<number, Position[][][]>();
  for (const [o, pieces] of byOwner)
    polygons.set(o, assemble([...chain(pieces), ...(fullDiscs.get(o) ?? [])]));
  for (const [o, discs] of fullDiscs) if (!byOwner.has(o)) polygons.set(o, assemble(discs));
  const known = assemble([...chain(knownPieces), ...knownDiscs]);
  let hint = 0;
  const ownerAt = (x: number, y: number): number => {
    const i = delaunay.find(x, y, hint);
    hint = i;
    const dx = x - coords[2 * i]!;
    const dy = y - coords[2 * i + 1]!;
    return i < n && (!finite || dx * dx + dy * dy <= r2) ? owner[i]! : -1;
  };
  return { polygons, known, borders, sitesOf, ownerAt };
}

function addSite(m: Map<number, number[]>, o: number, i: number): void {
  const l = m.get(o);
  if (l) l.push(i);
  else m.set(o, [i]);
}

function orient(c: Float64Array, i: number, j: number, k: number): number {
  return (
    (c[2 * j]! - c[2 * i]!) * (c[2 * k + 1]! - c[2 * i + 1]!) -
    (c[2 * j + 1]! - c[2 * i + 1]!) * (c[2 * k]! - c[2 * i]!)
  );
}

/** Points of the circle counter-clockwise from angle a0 to a1 > a0, ends included. */
function arc(cx: number, cy: number, r: number, a0: number, a1: number, closed: boolean): Position[] {
  const step = (2 * Math.PI) / ARC_STEPS;
  const pts: Position[] = [];
  const sweep = a1 - a0;
  const m = Math.max(1, Math.ceil(sweep / step - 1e-9));
  for (let k = 0; k <= m; k++) {
    const a = a0 + (sweep * k) / m;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  if (closed) pts[pts.length - 1] = pts[0]!;
  return pts;
}

/** The arc of the circle around (cx, cy) counter-clockwise from a to b; its ends are a and b exactly. */
function arcBetween(cx: number, cy: number, r: number, a: Position, b: Position): Position[] {
  const a0 = Math.atan2(a[1]! - cy, a[0]! - cx);
  let a1 = Math.atan2(b[1]! - cy, b[0]! - cx);
  while (a1 <= a0) a1 += 2 * Math.PI;
  const pts = arc(cx, cy, r, a0, a1, false);
  pts[0] = a;
  pts[pts.length - 1] = b;
  return pts;
}

/** Joins pieces end to start (by their symbolic ends) into closed rings. */
function chain(pieces: Piece[]): Position[][] {
  const starts = new Map<number, number[]>();
  pieces.forEach((p, i) => {
    const l = starts.get(p.from);
    if (l) l.push(i);
    else starts.set(p.from, [i]);
  });
  const used = new Uint8Array(pieces.length);
  const rings: Position[][] = [];
  for (let s = 0; s < pieces.length; s++) {
    if (used[s]) continue;
    const ring: Position[] = [pieces[s]!.points[0]!];
    let i = s;
    while (i >= 0 && !used[i]) {
      used[i] = 1;
      const p = pieces[i]!;
      for (let k = 1; k < p.points.length; k++) ring.push(p.points[k]!);
      const cands = starts.get(p.to);
      i = cands?.find((c) => !used[c]) ?? -1;
    }
    if (ring.length >= 4) rings.push(ring);
  }
  return rings;
}

/** Exteriors are counter-clockwise, holes clockwise; each hole goes to the smallest exterior around it. */
export function assemble(rings: Position[][]): Position[][][] {
  const outers: Array<{
    ring: Position[];
    area: number;
    box: [number, number, number, number];
    holes: Position[][];
  }> = [];
  const holes: Position[][] = [];
  for (const r of rings) {
    const a = signedArea2(r);
    if (a > 0) outers.push({ ring: r, area: a, box: box(r), holes: [] });
    else if (a < 0) holes.push(r);
  }
  outers.sort((a, b) => a.area - b.area);
  for (const h of holes) {
    const x = (h[0]![0]! + h[1]![0]!) / 2;
    const y = (h[0]![1]! + h[1]![1]!) / 2;
    const home = outers.find(
      (o) => x >= o.box[0] && x <= o.box[2] && y >= o.box[1] && y <= o.box[3] && pointInRing(x, y, o.ring),
    );
    home?.holes.push(h);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}

function box(r: Position[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of r) {
    if (p[0]! < x0) x0 = p[0]!;
    if (p[0]! > x1) x1 = p[0]!;
    if (p[1]! < y0) y0 = p[1]!;
    if (p[1]! > y1) y1 = p[1]!;
  }
  return [x0, y0, x1, y1];
}
