// Estimated control areas and front lines for one date, derived from place states: each place's Voronoi
// cell bounded by a reach (REACH_KM), merged by bloc and clipped to the country outline. Ground beyond every
// place's reach is "no information", its own kind, never given to a side. A barrier (a river that the
// record's sources name as a line: the Euphrates between the SDF and the government around Deir Ezzor)
// splits the ground: each bank is estimated from the places on that bank only. These are estimates of where
// one side's places are nearer than the other's, never surveyed lines; every feature says so, and says which
// places it was drawn from.
//
// Contested places keep their own bounded cells out of every bloc's area; they are returned separately as
// `contested` (the map hatches them). Places of unknown state do not shape the map at all.
import type {
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type {
  AreaProperties,
  BlocId,
  ControlStatus,
  FactionId,
  FrontLineProperties,
  NoInformationProperties,
} from '../types';
import { assemble, boundedRegions } from './bounded';
import { PolygonClipper, mergeSegments } from './clip-lines';
import { overlay } from './overlay';
import { signedArea2 } from './rings';

/**
 * How far a place's estimated area reaches by default: 20 km (a record sets its own in record.json's
 * territory.reachKm). Half the real record's places have a neighbour within 10.7 km and nine in ten within
 * 33 km, so where the fighting was the bisectors between places draw the areas and two places up to 40 km
 * apart still meet; a lone desert point (al-Tanf, 122 km from the next place) gets a 20 km disc, not a
 * triangle of desert. Beyond every place's reach no source says who holds the ground: "no information".
 */
export const REACH_KM = 20;
/** Kilometres in a degree of latitude (the estimator's plane: degrees of latitude, longitude scaled). */
const KM_PER_DEGREE = 111.195;

/** A line that splits the ground: each side is estimated from its own places. */
export interface Barrier {
  name: string;
  /** The line, [lon, lat], in order; its ends must lie outside the outline, so that it splits it in two. */
  line: readonly Position[];
}

export interface TerritoryOptions {
  /** A place's reach in km (Infinity: plain Voronoi cells, the baseline). Default REACH_KM. */
  reachKm?: number;
  barriers?: readonly Barrier[];
}

export interface TerritoryPoint {
  id: string;
  lon: number;
  lat: number;
  bloc: BlocId | null;
  faction: FactionId | null;
  status: ControlStatus | 'unknown';
}

export interface ContestedAreaProperties {
  kind: 'contested';
  /** Ids of the contested places whose cells make up this area. */
  places: string[];
  rule: string;
  estimated: true;
}

export interface Territory {
  areas: FeatureCollection<Polygon | MultiPolygon, AreaProperties & { places: string[]; rule: string }>;
  frontLines: FeatureCollection<LineString | MultiLineString, FrontLineProperties>;
  contested: FeatureCollection<Polygon | MultiPolygon, ContestedAreaProperties>;
  noInformation: FeatureCollection<Polygon | MultiPolygon, NoInformationProperties>;
}

// A record has few distinct states (the real one about twenty), and the map asks for the same date again as
// the user scrubs: remember the last results per outline, keyed by the sites and their owners.
const MEMO_SIZE = 32;
const memo = new WeakMap<object, Map<string, Territory>>();

/**
 * Estimated areas, front lines and contested cells for one date. Results are memoised per outline object
 * and may be shared between calls: treat them as read-only.
 */
export function estimateTerritory(
  points: readonly TerritoryPoint[],
  clip: Polygon | MultiPolygon,
  options: TerritoryOptions = {},
): Territory {
  let byKey = memo.get(clip);
  if (!byKey) memo.set(clip, (byKey = new Map()));
  const reachKm = options.reachKm ?? REACH_KM;
  const barriers = options.barriers ?? [];
  const key = `${reachKm}|${barriers.map((b) => `${b.name}:${b.line.length}`).join(',')}\n${signature(points)}`;
  const hit = byKey.get(key);
  if (hit) {
    // Re-insert to mark it recently used: insertion order doubles as recency.
    byKey.delete(key);
    byKey.set(key, hit);
    return hit;
  }
  const result = compute(points, clip, reachKm, barriers);
  byKey.set(key, result);
  if (byKey.size > MEMO_SIZE) byKey.delete(byKey.keys().next().value!);
  return result;
}

function signature(points: readonly TerritoryPoint[]): string {
  const parts: string[] = [];
  for (const p of points) {
    if (p.status === 'unknown') continue;
    parts.push(`${p.id}|${p.lon}|${p.lat}|${p.status === 'contested' ? '~' : p.bloc}|${p.faction}`);
  }
  return parts.join('\n');
}

/** The outline in the estimator's plane, once per outline object, with its banks per barrier set. */
interface Frame {
  k: number;
  rings: Position[][];
  clipper: PolygonClipper;
  box: [number, number, number, number];
  banks: Map<string, Bank[]>;
}

/** A part of the outline estimated on its own: the whole outline, or one side of a barrier. */
interface Bank {
  rings: Position[][];
  clipper: PolygonClipper;
  /** Which sites belong here: inside `side` (or outside it, for the other bank); null for the whole outline. */
  side: { clipper: PolygonClipper; inside: boolean } | null;
  barrier: string | null;
  label: string;
  line: Position[] | null;
}

const frames = new WeakMap<object, Frame>();
const keyOf = (p: Position) => `${p[0]},${p[1]}`;

function frameOf(clip: Polygon | MultiPolygon): Frame {
  const hit = frames.get(clip);
  if (hit) return hit;
  const polys = clip.type === 'Polygon' ? [clip.coordinates] : clip.coordinates;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of polys.flat())
    for (const [x, y] of r as [number, number][]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  // Voronoi in an equirectangular plane scaled at the mid latitude, so bisectors are near-perpendicular on
  // the ground (a degree of longitude is ~0.82 of a degree of latitude in Syria); the reach is then right to
  // within ±4 % east–west at Syria's northern and southern edges.
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const rings = polys.flat().map((r) => r.map(([x, y]) => [x! * k, y!]));
  const frame: Frame = {
    k,
    rings,
    clipper: new PolygonClipper(rings),
    box: [minX * k, minY, maxX * k, maxY],
    banks: new Map(),
  };
  frames.set(clip, frame);
  return frame;
}

function banksOf(frame: Frame, barriers: readonly Barrier[]): Bank[] {
  const whole: Bank = {
    rings: frame.rings,
    clipper: frame.clipper,
    side: null,
    barrier: null,
    label: '',
    line: null,
  };
  // One barrier is supported: the first (the real record has one, the Euphrates).
  const b = barriers[0];
  if (!b || b.line.length < 2) return [whole];
  const key = `${b.name}:${b.line.length}:${keyOf(b.line[0]!)}`;
  const hit = frame.banks.get(key);
  if (hit) return hit;
  const line = b.line.map(([x, y]) => [x! * frame.k, y!]);
  let [x0, y0, x1, y1] = frame.box;
  for (const [x, y] of line as [number, number][]) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const box: [number, number, number, number] = [x0 - 1, y0 - 1, x1 + 1, y1 + 1];
  const [left, right] = halves(line, box);
  const made: Bank[] = [left, right].map((ring, side) => {
    const rings = assemble(overlay([ring], frame.rings, 'intersect', undefined, frame.clipper)).flat();
    return {
      rings,
      clipper: new PolygonClipper(rings),
      side: { clipper: new PolygonClipper([left]), inside: side === 0 },
      barrier: b.name,
      label: side === 0 ? 'left bank' : 'right bank',
      line,
    };
  });
  frame.banks.set(key, made);
  return made;
}

/**
 * The two sides of a line across a box: the line, extended from each end straight on to the box's edge,
 * closed by the box's boundary one way round and the other. Both counter-clockwise. "Left" is the side on
 * the left going along the line.
 */
function halves(line: Position[], box: [number, number, number, number]): [Position[], Position[]] {
  const [x0, y0, x1, y1] = box;
  const toEdge = (p: Position, q: Position): Position => {
    // From p away from q, to the box's edge.
    const dx = p[0]! - q[0]!;
    const dy = p[1]! - q[1]!;
    const tx = dx > 0 ? (x1 - p[0]!) / dx : dx < 0 ? (x0 - p[0]!) / dx : Infinity;
    const ty = dy > 0 ? (y1 - p[1]!) / dy : dy < 0 ? (y0 - p[1]!) / dy : Infinity;
    const t = Math.min(tx, ty);
    if (t === tx) return [dx > 0 ? x1 : x0, p[1]! + t * dy];
    return [p[0]! + t * dx, dy > 0 ? y1 : y0];
  };
  const back = Math.min(20, line.length - 1);
  const start = toEdge(line[0]!, line[back]!);
  const end = toEdge(line[line.length - 1]!, line[line.length - 1 - back]!);
  // Position along the box's boundary, counter-clockwise from its south-west corner: 0 … 4.
  const w = x1 - x0;
  const h = y1 - y0;
  const along = ([x, y]: Position): number =>
    y === y0
      ? (x! - x0) / w
      : x === x1
        ? 1 + (y! - y0) / h
        : y === y1
          ? 2 + (x1 - x!) / w
          : 3 + (y1 - y!) / h;
  const corners: Position[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  const walk = (from: number, to: number, ccw: boolean): Position[] => {
    const out: Position[] = [];
    if (ccw) {
      let s = Math.floor(from) + 1;
      const stop = to > from ? to : to + 4;
      for (; s < stop; s++) out.push(corners[s % 4]!);
    } else {
      let s = Math.ceil(from) - 1;
      const stop = to < from ? to : to - 4;
      for (; s > stop; s--) out.push(corners[((s % 4) + 4) % 4]!);
    }
    return out;
  };
  const path = [start, ...line, end];
  const sEnd = along(end);
  const sStart = along(start);
  // Going along the line then counter-clockwise round the box from its end back to its start encloses the
  // side on the line's right… unless the walk goes the other way: orient both rings by their area.
  const a = [...path, ...walk(sEnd, sStart, true), start];
  const b = [...path, ...walk(sEnd, sStart, false), start];
  const ccwRing = (r: Position[]) => (signedArea2(r) < 0 ? [...r].reverse() : r);
  // `b` turns clockwise round the box from the line's end: the side on the line's left.
  return [ccwRing(b), ccwRing(a)];
}

function compute(
  points: readonly TerritoryPoint[],
  clip: Polygon | MultiPolygon,
  reachKm: number,
  barriers: readonly Barrier[],
): Territory {
  const frame = frameOf(clip);
  const { k } = frame;
  const reach = reachKm / KM_PER_DEGREE;
  const reachText = Number.isFinite(reachKm) ? `within ${reachKm} km of its places` : 'with no reach limit';

  // Owners are indexes into the blocs present, sorted (the record's factions name the blocs, not the code);
  // contested comes after them.
  const blocIds = [
    ...new Set(points.flatMap((p) => (p.status === 'controlled' && p.bloc ? [p.bloc] : []))),
  ].sort();
  const contestedOwner = blocIds.length;
  // One site per distinct position; sites shared by different owners become contested.
  const sites = new Map<string, Site>();
  for (const p of points) {
    if (p.status === 'unknown' || !Number.isFinite(p.lon) || !Number.isFinite(p.lat)) continue;
    const owner = p.status === 'contested' || !p.bloc ? contestedOwner : blocIds.indexOf(p.bloc);
    const key = `${p.lon},${p.lat}`;
    const s = sites.get(key);
    if (!s) sites.set(key, { x: p.lon * k, y: p.lat, owner, places: [p] });
    else {
      s.places.push(p);
      if (s.owner !== owner) s.owner = contestedOwner;
    }
  }
  const list = [...sites.values()];

  const unproject = (polys: Position[][][]): Position[][][] =>
    polys.flatMap((poly) => {
      const tidy = tidyRings(poly, k);
      return tidy ? [tidy] : [];
    });
  const geometry = (parts: Position[][][]): Polygon | MultiPolygon =>
    parts.length === 1
      ? { type: 'Polygon', coordinates: parts[0]! }
      : { type: 'MultiPolygon', coordinates: parts };

  const areas: Territory['areas']['features'] = [];
  const contested: Territory['contested']['features'] = [];
  const noInformation: Territory['noInformation']['features'] = [];
  const borders = new Map<string, Array<[Position, Position]>>();
  const addBorder = (lo: number, hi: number, seg: [Position, Position]) => {
    const key = `${lo},${hi}`;
    const l = borders.get(key);
    if (l) l.push(seg);
    else borders.set(key, [seg]);
  };
  const banks = banksOf(frame, barriers);
  const regions: Array<ReturnType<typeof boundedRegions> | null> = [];

  for (const bank of banks) {
    const mine = bank.side
      ? list.filter((s) => bank.side!.clipper.contains(s.x, s.y) === bank.side!.inside)
      : list;
    const where = bank.barrier ? `, ${bank.barrier} ${bank.label}` : '';
    if (!mine.length) {
      regions.push(null);
      const parts = unproject(assemble(bank.rings.map((r) => [...r])));
      if (parts.length)
        noInformation.push({
          type: 'Feature',
          properties: {
            kind: 'no-information',
            places: [],
            rule: `beyond every place's reach${where}`,
            estimated: true,
          },
          geometry: geometry(parts),
        });
      continue;
    }
    const reg = boundedRegions(
      mine.map((s) => s.x),
      mine.map((s) => s.y),
      mine.map((s) => s.owner),
      reach,
      extentOf(mine, frame.box),
    );
    regions.push(reg);
    // A bank's area was cut by the barrier when its cells, estimated from this bank's places alone, reached
    // over to the other bank.
    const ruleOf = (polys: Position[][][]): string => {
      const side = bank.side;
      const cut =
        side !== null &&
        polys.some((p) => p[0]!.some(([x, y]) => side.clipper.contains(x!, y!) !== side.inside));
      return `Voronoi cell ${reachText}${cut ? `; cut by the ${bank.barrier} (${bank.label})` : ''}`;
    };
    const placesOf = (owner: number) =>
      (reg.sitesOf.get(owner) ?? []).flatMap((i) => mine[i]!.places.map((p) => p.id));
    for (let owner = 0; owner <= contestedOwner; owner++) {
      const polys = reg.polygons.get(owner);
      if (!polys?.length) continue;
      const rings = overlay(polys.flat(), bank.rings, 'intersect', undefined, bank.clipper);
      const parts = unproject(assemble(rings));
      if (!parts.length) continue;
      const rule = ruleOf(polys);
      const ids = placesOf(owner);
      if (owner === contestedOwner) {
        contested.push({
          type: 'Feature',
          properties: { kind: 'contested', places: ids, rule, estimated: true },
          geometry: geometry(parts),
        });
        continue;
      }
      const factions = new Set(
        (reg.sitesOf.get(owner) ?? []).flatMap((i) => mine[i]!.places.map((p) => p.faction)),
      );
      const faction = factions.size === 1 ? ([...factions][0] ?? null) : null;
      areas.push({
        type: 'Feature',
        properties: { kind: 'area', bloc: blocIds[owner]!, faction, estimated: true, places: ids, rule },
        geometry: geometry(parts),
      });
    }
    if (Number.isFinite(reach)) {
      const parts = unproject(
        assemble(overlay(reg.known.flat(), bank.rings, 'difference', undefined, bank.clipper)),
      );
      if (parts.length)
        noInformation.push({
          type: 'Feature',
          properties: {
            kind: 'no-information',
            places: [],
            rule: `farther than ${reachKm} km from every place${where}`,
            estimated: true,
          },
          geometry: geometry(parts),
        });
    }
    for (const [pair, segs] of reg.borders) {
      const [lo, hi] = pair.split(',').map(Number) as [number, number];
      if (lo === contestedOwner || hi === contestedOwner) continue;
      for (const [a, b] of segs) for (const s of bank.clipper.clip(a, b)) addBorder(lo, hi, s);
    }
  }
  // Along a barrier, the two banks' areas meet where each bank's nearest place is within reach.
  const line = banks[0]?.line;
  const [ra, rb] = regions;
  if (line && ra && rb) {
    // Only where places of both banks are near: cells one reach wide that hold a site, and their neighbours.
    const cells = (bank: Bank) => {
      const set = new Set<number>();
      for (const s of list)
        if (bank.side!.clipper.contains(s.x, s.y) === bank.side!.inside)
          set.add(Math.floor(s.x / reach) * 100003 + Math.floor(s.y / reach));
      return set;
    };
    const [ca, cb] = Number.isFinite(reach) ? [cells(banks[0]!), cells(banks[1]!)] : [null, null];
    const near = (set: Set<number> | null, x: number, y: number): boolean => {
      if (!set) return true;
      const i = Math.floor(x / reach);
      const j = Math.floor(y / reach);
      for (let di = -1; di <= 1; di++)
        for (let dj = -1; dj <= 1; dj++) if (set.has((i + di) * 100003 + (j + dj))) return true;
      return false;
    };
    for (let i = 0; i + 1 < line.length; i++) {
      const [p, q] = [line[i]!, line[i + 1]!];
      const mx = (p[0]! + q[0]!) / 2;
      const my = (p[1]! + q[1]!) / 2;
      if (!near(ca, mx, my) || !near(cb, mx, my)) continue;
      const oa = ra.ownerAt(mx, my);
      const ob = rb.ownerAt(mx, my);
      if (oa < 0 || ob < 0 || oa === ob || oa === contestedOwner || ob === contestedOwner) continue;
      for (const s of frame.clipper.clip(p, q)) addBorder(Math.min(oa, ob), Math.max(oa, ob), s);
    }
  }

  const frontLines: Territory['frontLines']['features'] = [];
  for (const [pair, segs] of [...borders].sort(([a], [b]) => a.localeCompare(b))) {
    const [lo, hi] = pair.split(',').map(Number) as [number, number];
    const lines = mergeSegments(
      segs.map(([a, b]) => [
        [a[0]! / k, a[1]!],
        [b[0]! / k, b[1]!],
      ]),
    ).filter((l) => l.length >= 2);
    if (!lines.length) continue;
    const blocs = [blocIds[lo]!, blocIds[hi]!].sort() as [BlocId, BlocId];
    frontLines.push({
      type: 'Feature',
      properties: { kind: 'front-line', blocs, estimated: true },
      geometry:
        lines.length === 1
          ? { type: 'LineString', coordinates: lines[0]! }
          : { type: 'MultiLineString', coordinates: lines },
    });
  }

  return {
    areas: { type: 'FeatureCollection', features: areas },
    frontLines: { type: 'FeatureCollection', features: frontLines },
    contested: { type: 'FeatureCollection', features: contested },
    noInformation: { type: 'FeatureCollection', features: noInformation },
  };
}

interface Site {
  x: number;
  y: number;
  owner: number;
  places: TerritoryPoint[];
}

/** The box around the outline and every site: the Voronoi frame must enclose a place just outside the outline too. */
function extentOf(
  sites: ReadonlyArray<{ x: number; y: number }>,
  box: [number, number, number, number],
): [number, number, number, number] {
  let [x0, y0, x1, y1] = box;
  for (const s of sites) {
    if (s.x < x0) x0 = s.x;
    if (s.x > x1) x1 = s.x;
    if (s.y < y0) y0 = s.y;
    if (s.y > y1) y1 = s.y;
  }
  return [x0, y0, x1, y1];
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Back to [lon, lat] (x / k), rounded to 6 decimals, repeated positions dropped, rings that lose their area
 * dropped, the exterior counter-clockwise and holes clockwise: what core/geometry's normaliser does, without
 * its generality, because the estimator runs it on every ring of every date.
 */
function tidyRings(poly: Position[][], k: number): Position[][] | null {
  const out: Position[][] = [];
  for (let ri = 0; ri < poly.length; ri++) {
    const r = poly[ri]!;
    const ring: Position[] = [];
    for (const p of r) {
      const q = [round6(p[0]! / k), round6(p[1]!)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) ring.push(q);
    }
    const [f, l] = [ring[0], ring[ring.length - 1]];
    if (f && l && (f[0] !== l[0] || f[1] !== l[1])) ring.push([f[0]!, f[1]!]);
    const a = ring.length >= 4 ? signedArea2(ring) : 0;
    if (a === 0) {
      if (ri === 0) return null;
      continue;
    }
    if ((ri === 0) !== a > 0) ring.reverse();
    out.push(ring);
  }
  return out;
}
