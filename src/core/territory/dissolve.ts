// Voronoi regions merged by owner, read straight off the Delaunay triangulation: the Voronoi vertices are
// the triangles' circumcentres, so a triangle index names each vertex and no coordinate hashing is needed.
// A half-edge between sites of different owners is dual to a boundary edge of both regions; following
// those edges gives each owner's rings in time linear in the number of sites.
//
// A ring of far "frame" sites (owner −1) closes every real cell, so no cell runs to infinity; the frame is
// far enough out that real cells cover the whole area of interest, which is clipped afterwards.
import { Delaunay } from 'd3-delaunay';
import type { Position } from 'geojson';
import { pointInRing, signedArea2 } from './rings';

export interface Regions {
  /** Per owner: polygons (exterior counter-clockwise first, then clockwise holes), planar coordinates. */
  polygons: Map<number, Position[][][]>;
  /** Segments where two owners (both ≥ 0) meet, keyed "lo,hi". */
  borders: Map<string, Array<[Position, Position]>>;
}

const FRAME_SITES = 64;

/** `xs`, `ys`, `owners`: one entry per distinct site. `extent`: [minX, minY, maxX, maxY] to cover. */
export function voronoiRegions(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  owners: ArrayLike<number>,
  extent: readonly [number, number, number, number],
): Regions {
  const n = xs.length;
  const [x0, y0, x1, y1] = extent;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // Sites lie inside the extent; a frame 3 diagonals out puts every bisector with it beyond the extent.
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
  const { triangles, halfedges } = delaunay;
  const far = radius * 4;
  const circ = delaunay.voronoi([cx - far, cy - far, cx + far, cy + far]).circumcenters;
  const vertex = (t: number): Position => [circ[2 * t]!, circ[2 * t + 1]!];

  // Which way do triangles turn? The region of a half-edge's start site lies to the left of the dual edge
  // run from the opposite triangle's centre to this one's when triangles are counter-clockwise.
  const ccw = triangles.length >= 3 ? orient(coords, triangles[0]!, triangles[1]!, triangles[2]!) > 0 : true;

  const byOwner = new Map<number, Array<[number, number]>>();
  const borders = new Map<string, Array<[Position, Position]>>();
  for (let e = 0; e < triangles.length; e++) {
    const o = halfedges[e]!;
    if (o < 0) continue;
    const a = owner[triangles[e]!]!;
    const b = owner[triangles[e % 3 === 2 ? e - 2 : e + 1]!]!;
    if (a === b) continue;
    const te = Math.floor(e / 3);
    const to = Math.floor(o / 3);
    if (a >= 0) {
      const list = byOwner.get(a);
      const edge: [number, number] = ccw ? [to, te] : [te, to];
      if (list) list.push(edge);
      else byOwner.set(a, [edge]);
    }
    if (a >= 0 && b >= 0 && a < b) {
      const k = `${a},${b}`;
      const seg: [Position, Position] = [vertex(te), vertex(to)];
      const list = borders.get(k);
      if (list) list.push(seg);
      else borders.set(k, [seg]);
    }
  }

  const head = new Int32Array(triangles.length / 3).fill(-1);
  const polygons = new Map<number, Position[][][]>();
  for (const [o, edges] of byOwner) polygons.set(o, assemble(chainRings(edges, head, vertex)));
  return { polygons, borders };
}

function orient(c: Float64Array, i: number, j: number, k: number): number {
  return (
    (c[2 * j]! - c[2 * i]!) * (c[2 * k + 1]! - c[2 * i + 1]!) -
    (c[2 * j + 1]! - c[2 * i + 1]!) * (c[2 * k]! - c[2 * i]!)
  );
}

/** Follows directed edges (triangle → triangle) into closed rings. `head` is scratch, all −1 on entry and exit. */
function chainRings(
  edges: Array<[number, number]>,
  head: Int32Array,
  vertex: (t: number) => Position,
): Position[][] {
  const next = new Int32Array(edges.length);
  edges.forEach(([from], i) => {
    next[i] = head[from]!;
    head[from] = i;
  });
  const used = new Uint8Array(edges.length);
  const rings: Position[][] = [];
  for (let s = 0; s < edges.length; s++) {
    if (used[s]) continue;
    const ring: Position[] = [vertex(edges[s]![0])];
    let i = s;
    while (i >= 0 && !used[i]) {
      used[i] = 1;
      const to = edges[i]![1];
      ring.push(vertex(to));
      // Take the first unused edge leaving `to`.
      let j = head[to]!;
      while (j >= 0 && used[j]) j = next[j]!;
      i = j;
    }
    if (ring.length >= 4) rings.push(ring);
  }
  for (const [from] of edges) head[from] = -1;
  return rings;
}

/** Exteriors are counter-clockwise, holes clockwise; each hole goes to the smallest exterior around it. */
function assemble(rings: Position[][]): Position[][][] {
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
    // The midpoint of the hole's first edge: on the hole's boundary, but not on a vertex of the enclosing ring.
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
