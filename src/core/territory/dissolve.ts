// Merges Voronoi cells that share an owner by cancelling their shared edges, and finds the edges where
// owners meet. Adjacent cells of one Voronoi diagram share their vertices exactly (the same circumcentre),
// so edges are matched by vertex keys; this is linear in the number of edges, unlike pairwise polygon union.
import type { Position } from 'geojson';
import { pointInRing, signedArea2 } from './rings';

export interface Cell {
  /** Closed ring, counter-clockwise (planar, y up). */
  ring: Position[];
  /** Owner index, or −1 for a cell that belongs to no one. */
  owner: number;
}

export interface Dissolved {
  /** Per owner: polygons (exterior first, then holes). */
  polygons: Map<number, Position[][][]>;
  /** Edges where two different owners (both ≥ 0) meet, keyed "lo,hi" by owner pair. */
  borders: Map<string, Array<[Position, Position]>>;
}

const key = (p: Position) => `${Math.round(p[0]! * 1e9)},${Math.round(p[1]! * 1e9)}`;

export function dissolve(cells: readonly Cell[]): Dissolved {
  // Directed edge "a|b" → owner of the cell whose boundary runs a→b.
  const edgeOwner = new Map<string, number>();
  const edges: Array<{ a: Position; b: Position; ka: string; kb: string; owner: number }> = [];
  for (const c of cells) {
    for (let i = 0; i + 1 < c.ring.length; i++) {
      const a = c.ring[i]!;
      const b = c.ring[i + 1]!;
      const ka = key(a);
      const kb = key(b);
      if (ka === kb) continue;
      edgeOwner.set(`${ka}|${kb}`, c.owner);
      edges.push({ a, b, ka, kb, owner: c.owner });
    }
  }

  const boundary = new Map<number, typeof edges>();
  const borders = new Map<string, Array<[Position, Position]>>();
  for (const e of edges) {
    const other = edgeOwner.get(`${e.kb}|${e.ka}`);
    if (other === e.owner) continue;
    if (e.owner >= 0) {
      const list = boundary.get(e.owner);
      if (list) list.push(e);
      else boundary.set(e.owner, [e]);
    }
    if (other !== undefined && other >= 0 && e.owner >= 0 && e.owner < other) {
      const k = `${e.owner},${other}`;
      const list = borders.get(k);
      if (list) list.push([e.a, e.b]);
      else borders.set(k, [[e.a, e.b]]);
    }
  }

  const polygons = new Map<number, Position[][][]>();
  for (const [owner, list] of boundary) polygons.set(owner, assemble(chainRings(list)));
  return { polygons, borders };
}

/** Follows boundary edges end to start into closed rings. */
function chainRings(list: Array<{ a: Position; b: Position; ka: string; kb: string }>): Position[][] {
  const from = new Map<string, number[]>();
  list.forEach((e, i) => {
    const l = from.get(e.ka);
    if (l) l.push(i);
    else from.set(e.ka, [i]);
  });
  const used = new Uint8Array(list.length);
  const rings: Position[][] = [];
  for (let s = 0; s < list.length; s++) {
    if (used[s]) continue;
    const ring: Position[] = [list[s]!.a];
    let i = s;
    while (!used[i]) {
      used[i] = 1;
      const e = list[i]!;
      ring.push(e.b);
      const next = from.get(e.kb)?.find((j) => !used[j]);
      if (next === undefined) break;
      i = next;
    }
    if (ring.length >= 4) rings.push(ring);
  }
  return rings;
}

/** Exteriors are counter-clockwise, holes clockwise; each hole goes to the smallest exterior around it. */
function assemble(rings: Position[][]): Position[][][] {
  const outers = rings
    .filter((r) => signedArea2(r) > 0)
    .map((r) => ({ ring: r, area: signedArea2(r), holes: [] as Position[][] }));
  outers.sort((a, b) => a.area - b.area);
  for (const h of rings.filter((r) => signedArea2(r) < 0)) {
    const [x, y] = h[0]!;
    const home = outers.find((o) => pointInRing(x!, y!, o.ring));
    home?.holes.push(h);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}
