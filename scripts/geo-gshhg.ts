// The real Orontes and Euphrates, from GSHHG's river layer (WDBII rivers, shipped with Debian's
// `gmt-gshhg-full`, LGPL-3+) read with GMT's own `gmt coast`. Called by `npm run build:geo`; without `gmt`
// (CI has none) it says so and leaves the committed extract alone: tests read only the committed files.
//
// GSHHG's rivers are unnamed and cut at every bin edge (about 300 pieces in the box). Every vertex becomes a
// graph node; consecutive vertices are joined, pieces whose ends touch another piece (within 150 m) are
// joined there, and a river is the shortest path through its towns in order, upstream to downstream (GeoNames
// points from cities500), preferring the major levels (LEVEL_COST). A lake breaks the river layer (GSHHG draws Lake Qattinah and Lake Assad as
// shorelines): ends of pieces up to 20 km apart may be bridged, at ten times the cost of a river metre, and a
// bridge is left out of the line (a MultiLineString), so nothing is drawn that GSHHG does not draw.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { round6 } from './geo-clean';

/** The box read from GSHHG: the Orontes from Hermel to the sea at Samandag, the Euphrates from Birecik to Rawah. */
export const GSHHG_REGION = '35.5/42.5/32.2/37.4';
export const GSHHG_COMMAND = ['coast', '--GMT_HISTORY=false', `-R${GSHHG_REGION}`, '-Ia', '-M', '-Df'];
/** GMT's Lake Qattinah: the shoreline (level 2) polygon south-west of Homs. */
export const QATTINAH_COMMAND = [
  'coast',
  '--GMT_HISTORY=false',
  '-R36.3/36.8/34.4/34.9',
  '-Df',
  '-M',
  '-W',
  '-A0/2/2',
];

export interface Waypoint {
  /** A GeoNames row by id (cities500), so the towns the river is threaded through are traceable. */
  geonameid: number;
  name: string;
}

export interface RiverSpec {
  name: string;
  name_ar: string;
  via: Waypoint[];
}

// Towns on the river, upstream to downstream. The Orontes rises in Lebanon (Hermel), flows north past Qusayr
// into Lake Qattinah west of Homs, then Rastan, Hama, Mhardeh, Suqaylabiyah, Jisr al-Shughur, Antakya and the
// sea at Samandag.
export const RIVERS: RiverSpec[] = [
  {
    name: 'Orontes',
    name_ar: 'العاصي',
    via: [
      { geonameid: 279997, name: 'El Hermel' },
      { geonameid: 173322, name: 'Al Qusayr' },
      { geonameid: 172946, name: 'Ar Rastan' },
      { geonameid: 170017, name: 'Hamah' },
      { geonameid: 166742, name: 'Muhradah (Mhardeh)' },
      { geonameid: 163921, name: 'As Suqaylibiyah' },
      { geonameid: 169023, name: 'Jisr ash Shughur' },
      { geonameid: 323779, name: 'Antakya' },
      { geonameid: 301975, name: 'Samandag' },
    ],
  },
  {
    name: 'Euphrates',
    name_ar: 'الفرات',
    via: [
      { geonameid: 321062, name: 'Birecik' },
      { geonameid: 169179, name: 'Jarabulus' },
      { geonameid: 167080, name: 'Maskanah' },
      { geonameid: 172374, name: 'Ath Thawrah (Tabqa)' },
      { geonameid: 172955, name: 'Ar Raqqah' },
      { geonameid: 170794, name: 'Deir ez-Zor' },
      { geonameid: 173480, name: 'Al Mayadin' },
      { geonameid: 174448, name: 'Albu Kamal' },
      { geonameid: 92004, name: 'Rawah' },
    ],
  },
];

export interface GshhgPiece {
  level: number;
  line: Position[];
}

/** Parses `gmt coast -M` output: `>` headers ("… Level 3") then "lon<TAB>lat" lines. */
export function parseGmt(text: string): GshhgPiece[] {
  const pieces: GshhgPiece[] = [];
  let cur: GshhgPiece | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('>')) {
      const m = /Level\s+(\d+)/.exec(line);
      cur = { level: m ? Number(m[1]) : 0, line: [] };
      pieces.push(cur);
      continue;
    }
    const [x, y] = line.split(/\s+/).map(Number);
    if (!cur || !Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`gmt output: bad line "${line}"`);
    cur.line.push([x!, y!]);
  }
  return pieces.filter((p) => p.line.length >= 2);
}

const R = 6371008.8;
function metres(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dl = (b[0]! - a[0]!) * rad;
  const dp = (b[1]! - a[1]!) * rad;
  const h = Math.sin(dp / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dl / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

const JOIN_M = 150;
// WDBII river levels: 1 permanent major, 2 additional major, 3 additional, 4 minor; 5–8 intermittent, 9–11
// canals. A river follows the major levels where it can: a canal runs beside the Orontes near Rastan and
// Hama, and a minor stream must not stand in for the main course.
const LEVEL_COST: Record<number, number> = { 1: 1, 2: 1, 3: 3, 4: 6 };
const BRIDGE_M = 20000;
const BRIDGE_COST = 10;

interface Graph {
  pos: Position[];
  adj: Array<Array<{ to: number; w: number; bridge: boolean }>>;
}

function buildGraph(pieces: GshhgPiece[]): Graph {
  const pos: Position[] = [];
  const ids = new Map<string, number>();
  const adj: Graph['adj'] = [];
  const node = (p: Position): number => {
    const key = `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;
    let i = ids.get(key);
    if (i === undefined) {
      i = pos.length;
      ids.set(key, i);
      pos.push(p);
      adj.push([]);
    }
    return i;
  };
  const link = (a: number, b: number, w: number, bridge: boolean) => {
    adj[a]!.push({ to: b, w, bridge });
    adj[b]!.push({ to: a, w, bridge });
  };
  // Every piece's two ends, with the piece they close; every node, with the first piece it belongs to.
  const ends: Array<{ node: number; piece: number }> = [];
  const pieceOf: number[] = [];
  pieces.forEach((piece, k) => {
    const cost = LEVEL_COST[piece.level];
    if (cost === undefined) return;
    let prev = node(piece.line[0]!);
    pieceOf[prev] ??= k;
    ends.push({ node: prev, piece: k });
    for (let i = 1; i < piece.line.length; i++) {
      const n = node(piece.line[i]!);
      pieceOf[n] ??= k;
      if (n !== prev) link(prev, n, cost * metres(pos[prev]!, pos[n]!), false);
      prev = n;
    }
    ends.push({ node: prev, piece: k });
  });
  // An end near a vertex of another piece is a confluence or a bin edge where the two pieces' shared point
  // differs by a few metres (join); a free end near another free end is a lake between them (bridge). A
  // coarse grid keeps this near-linear.
  const cell = 0.2;
  const grid = new Map<string, number[]>();
  const cellOf = (p: Position) => [Math.floor(p[0]! / cell), Math.floor(p[1]! / cell)] as const;
  pos.forEach((p, i) => {
    if (!adj[i]!.length) return;
    const [cx, cy] = cellOf(p);
    const k = `${cx},${cy}`;
    const l = grid.get(k);
    if (l) l.push(i);
    else grid.set(k, [i]);
  });
  const free = new Set(ends.filter((e) => adj[e.node]!.length === 1).map((e) => e.node));
  for (const { node: e, piece } of ends) {
    const [cx, cy] = cellOf(pos[e]!);
    const own = new Set(adj[e]!.map((a) => a.to));
    let nearest = -1;
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j === e || own.has(j)) continue;
          const d = metres(pos[e]!, pos[j]!);
          if (d <= JOIN_M && pieceOf[j] !== piece && d < best) [best, nearest] = [d, j];
          // Bridges only from free end to free end: a lake's inflow to its outflow.
          if (d > JOIN_M && d <= BRIDGE_M && free.has(e) && free.has(j) && j > e)
            link(e, j, d * BRIDGE_COST, true);
        }
    if (nearest >= 0) link(e, nearest, best, false);
  }
  return { pos, adj };
}

function nearestNode(g: Graph, p: Position): number {
  let best = -1;
  let d = Infinity;
  g.pos.forEach((q, i) => {
    if (!g.adj[i]!.length) return;
    const m = metres(p, q);
    if (m < d) [d, best] = [m, i];
  });
  return best;
}

/** Dijkstra from `a` to `b`; the path as node indexes, and which steps are bridges. */
function shortestPath(g: Graph, a: number, b: number): Array<{ node: number; bridge: boolean }> {
  const dist = new Float64Array(g.pos.length).fill(Infinity);
  const prev = new Int32Array(g.pos.length).fill(-1);
  const viaBridge = new Uint8Array(g.pos.length);
  dist[a] = 0;
  // A binary heap of [distance, node].
  const heap: Array<[number, number]> = [[0, a]];
  const push = (item: [number, number]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]![0] <= heap[i]![0]) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
        if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i]!, heap[m]!];
        i = m;
      }
    }
    return top;
  };
  while (heap.length) {
    const [d, u] = pop();
    if (d > dist[u]!) continue;
    if (u === b) break;
    for (const { to, w, bridge } of g.adj[u]!) {
      if (d + w < dist[to]!) {
        dist[to] = d + w;
        prev[to] = u;
        viaBridge[to] = bridge ? 1 : 0;
        push([d + w, to]);
      }
    }
  }
  if (!Number.isFinite(dist[b]!)) throw new Error('GSHHG: no river path between two waypoints');
  const path: Array<{ node: number; bridge: boolean }> = [];
  for (let v = b; v !== -1; v = prev[v]!) path.push({ node: v, bridge: viaBridge[v] === 1 });
  return path.reverse();
}

/** The river through its waypoints, as lines broken where the path bridges a lake. */
export function traceRiver(pieces: GshhgPiece[], via: Position[]): Position[][] {
  const g = buildGraph(pieces);
  const stops = via.map((p) => nearestNode(g, p));
  const lines: Position[][] = [[]];
  for (let i = 0; i + 1 < stops.length; i++) {
    const path = shortestPath(g, stops[i]!, stops[i + 1]!);
    for (const [k, step] of path.entries()) {
      if (i > 0 && k === 0) continue;
      if (step.bridge) lines.push([]);
      lines[lines.length - 1]!.push(g.pos[step.node]!.map(round6));
    }
  }
  return lines.filter((l) => l.length >= 2);
}

/** Lake Qattinah from GMT's level-2 shoreline output: the largest closed ring. */
export function qattinahRing(text: string): Position[] {
  const rings = parseGmt(text).map((p) => p.line.map((q) => q.map(round6)));
  rings.sort((a, b) => b.length - a.length);
  const r = rings[0];
  if (!r) throw new Error('GSHHG: no lake shoreline near Homs');
  const [a, z] = [r[0]!, r[r.length - 1]!];
  if (a[0] !== z[0] || a[1] !== z[1]) r.push([...a]);
  return r;
}

export function gmtAvailable(): boolean {
  try {
    execFileSync('gmt', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'], cwd: tmpdir() });
    return true;
  } catch {
    return false;
  }
}

export function gmtVersion(): string {
  return execFileSync('gmt', ['--version'], { encoding: 'utf8', cwd: tmpdir() }).trim();
}

export function runGmt(args: string[]): string {
  // In a scratch directory: GMT leaves a gmt.history file in its working directory.
  return execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 64 << 20, cwd: tmpdir() });
}

/** The features of geo/basemap/orontes.geojson: the rivers, then Lake Qattinah. */
export function gshhgRivers(
  rows: ReadonlyMap<number, { lon: number; lat: number }>,
  gmtText: string,
  lakeText: string,
  provenance: string,
): FeatureCollection {
  const pieces = parseGmt(gmtText);
  const features: Feature[] = RIVERS.map((r) => {
    const via = r.via.map((w) => {
      const row = rows.get(w.geonameid);
      if (!row) throw new Error(`GSHHG waypoint ${w.name}: GeoNames ${w.geonameid} is not in cities500`);
      return [row.lon, row.lat];
    });
    const geometry: MultiLineString = { type: 'MultiLineString', coordinates: traceRiver(pieces, via) };
    return {
      type: 'Feature',
      properties: {
        name: r.name,
        name_ar: r.name_ar,
        kind: 'river',
        schematic: false,
        source: provenance,
        via: r.via.map((w) => w.name).join(' – '),
      },
      geometry,
    };
  });
  features.push({
    type: 'Feature',
    properties: {
      name: 'Lake Qattinah',
      name_ar: 'بحيرة قطينة',
      kind: 'lake',
      schematic: false,
      source: provenance,
    },
    geometry: { type: 'Polygon', coordinates: [qattinahRing(lakeText)] },
  });
  return { type: 'FeatureCollection', features };
}
