// The nearest place held by each side to a target, through a spatial index (kdbush + geokdbush). Places do
// not move from day to day, only their states change: one index serves every date of the record.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { MultiPolygon, Polygon } from 'geojson';
import type { BlocId, Place, PlaceState } from '../types';
import { distanceMetres, type LonLat } from './geodesic';
import { distanceToOutline, outlineRadius } from './outskirts';

/** Who holds a place, for "nearest of each side": a bloc, or `contested` (two or more factions). */
export type Side = BlocId | 'contested';

export function sideOf(state: PlaceState | undefined): Side | null {
  if (!state) return null;
  if (state.status === 'contested') return 'contested';
  return state.status === 'controlled' ? state.bloc : null;
}

export interface NearestHit {
  place: string;
  metres: number;
}

/**
 * geokdbush ranks on a sphere of radius 6371 km; WGS84 geodesics differ from that by less than 0.6 %. A
 * candidate radius of the best geodesic distance × SLACK therefore holds every place that could beat it.
 */
const SLACK = 1.01;

/**
 * A target's distances from every place, kept because places never move: `order` ranks places by centre
 * distance (ties by id), `centre` holds those distances, `outline` the distances to the target's outline,
 * measured the first time a day needs them (NaN until then).
 */
export interface TargetTable {
  outlineRef: Polygon | MultiPolygon | null;
  radius: number;
  order: Int32Array;
  centre: Float64Array;
  outline: Float64Array;
}

/** Targets kept per index: the record's target, and a few the reader picked. */
const MAX_TARGETS = 8;

export class PlaceIndex {
  readonly places: readonly Place[];
  private readonly index: KDBush;
  private readonly byId: Map<string, Place>;
  private readonly targets = new Map<string, TargetTable>();

  constructor(places: readonly Place[]) {
    this.places = places;
    this.byId = new Map(places.map((p) => [p.id, p]));
    this.index = new KDBush(Math.max(1, places.length));
    for (const p of places) this.index.add(p.lon, p.lat);
    if (places.length === 0) this.index.add(0, 0);
    this.index.finish();
  }

  /** The target's distance table, built on first use (one geodesic a place) and kept. */
  tableFor(target: NearestTarget): TargetTable {
    const outline = target.outline ?? null;
    const key = `${target.id}|${target.point[0]},${target.point[1]}`;
    const kept = this.targets.get(key);
    if (kept && kept.outlineRef === outline) return kept;
    const n = this.places.length;
    const centre = new Float64Array(n);
    this.places.forEach((p, i) => (centre[i] = distanceMetres(target.point, [p.lon, p.lat])));
    const order = Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) =>
        centre[a]! - centre[b]! ||
        (this.places[a]!.id < this.places[b]!.id ? -1 : this.places[a]!.id > this.places[b]!.id ? 1 : 0),
    );
    const table: TargetTable = {
      outlineRef: outline,
      radius: outline ? outlineRadius(target.point, outline) : 0,
      order,
      centre,
      outline: new Float64Array(n).fill(NaN),
    };
    if (this.targets.size >= MAX_TARGETS) this.targets.delete(this.targets.keys().next().value!);
    this.targets.set(key, table);
    return table;
  }

  /** The place nearest to `target` (centre to centre, WGS84) among those `accept` lets through. */
  nearest(target: LonLat, accept: (place: Place) => boolean): NearestHit | null {
    return this.nearestWhere(target, (i) => accept(this.places[i]!));
  }

  /** As `nearest`, with the filter on the place's position in `places` (cheaper than by object). */
  nearestWhere(target: LonLat, accepted: (i: number) => boolean): NearestHit | null {
    const ok = (i: number): boolean => i < this.places.length && accepted(i);
    const first = around(this.index, target[0], target[1], 1, Infinity, ok)[0];
    if (first === undefined) return null;
    const p0 = this.places[first]!;
    const d0 = distanceMetres(target, [p0.lon, p0.lat]);
    let best: NearestHit = { place: p0.id, metres: d0 };
    for (const i of around(this.index, target[0], target[1], Infinity, (d0 / 1000) * SLACK + 1e-3, ok)) {
      const p = this.places[i]!;
      const d = distanceMetres(target, [p.lon, p.lat]);
      if (d < best.metres || (d === best.metres && p.id < best.place)) best = { place: p.id, metres: d };
    }
    return best;
  }

  /**
   * The place nearest to the outline (0 inside it). A place nearer to the outline than the best found so far
   * lies within (that distance + the outline's radius) of the centre, so only those are measured exactly.
   */
  nearestToOutline(
    centre: LonLat,
    outline: Polygon | MultiPolygon,
    accept: (place: Place) => boolean,
    radius = outlineRadius(centre, outline),
  ): NearestHit | null {
    return this.nearestToOutlineWhere(centre, outline, (i) => accept(this.places[i]!), radius);
  }

  nearestToOutlineWhere(
    centre: LonLat,
    outline: Polygon | MultiPolygon,
    accepted: (i: number) => boolean,
    radius = outlineRadius(centre, outline),
  ): NearestHit | null {
    const seed = this.nearestWhere(centre, accepted);
    if (!seed) return null;
    const ok = (i: number): boolean => i < this.places.length && accepted(i);
    const p0 = this.byId.get(seed.place)!;
    let best: NearestHit = { place: p0.id, metres: distanceToOutline([p0.lon, p0.lat], outline).metres };
    const reach = ((best.metres + radius) / 1000) * SLACK + 1e-3;
    for (const i of around(this.index, centre[0], centre[1], Infinity, reach, ok)) {
      const p = this.places[i]!;
      // The outline lies within `radius` of the centre, so no point is nearer to it than (centre distance −
      // radius): most candidates are ruled out by one geodesic instead of a search along the outline.
      if (distanceMetres(centre, [p.lon, p.lat]) - radius > best.metres) continue;
      const d = distanceToOutline([p.lon, p.lat], outline).metres;
      if (d < best.metres || (d === best.metres && p.id < best.place)) best = { place: p.id, metres: d };
    }
    return best;
  }
}

export interface NearestBySide {
  side: Side;
  centre: NearestHit | null;
  /** Present when the target has an outline. */
  outskirts?: NearestHit | null;
}

export interface NearestTarget {
  id: string;
  point: LonLat;
  outline?: Polygon | MultiPolygon | null;
}

/**
 * For one date's states, the nearest place of each side (blocs, or `contested`) to the target. The target
 * itself is left out (it is trivially 0 km from itself), and places with no known state belong to no side.
 */
export function nearestBySide(
  index: PlaceIndex,
  states: ReadonlyMap<string, PlaceState>,
  target: NearestTarget,
  sides: readonly Side[],
): NearestBySide[] {
  const table = index.tableFor(target);
  const { places } = index;
  // One pass over the day's states gives each place a side code, so that the walks below read an array
  // rather than a map by id, and sides that hold nothing cost nothing.
  const code = new Int8Array(places.length).fill(-1);
  const counts = sides.map(() => 0);
  places.forEach((p, i) => {
    if (p.id === target.id) return;
    const k = sides.indexOf(sideOf(states.get(p.id)) as Side);
    if (k >= 0) {
      code[i] = k;
      counts[k]!++;
    }
  });
  const outline = target.outline ?? null;
  return sides.map((side, k) => {
    const out: NearestBySide = { side, centre: null };
    if (outline) out.outskirts = null;
    if (counts[k] === 0) return out;
    // Places in order of centre distance: the first of this side is the nearest to the centre.
    for (const i of table.order) {
      if (code[i] !== k) continue;
      out.centre = { place: places[i]!.id, metres: table.centre[i]! };
      break;
    }
    if (!outline) return out;
    // The outline lies within `radius` of the centre, so no place is nearer to it than (centre distance −
    // radius): the walk stops at the first place that cannot beat the best found.
    let best: NearestHit | null = null;
    for (const i of table.order) {
      if (best && table.centre[i]! - table.radius > best.metres) break;
      if (code[i] !== k) continue;
      let d = table.outline[i]!;
      if (Number.isNaN(d)) {
        const p = places[i]!;
        d = table.outline[i] = distanceToOutline([p.lon, p.lat], outline).metres;
      }
      const id = places[i]!.id;
      if (!best || d < best.metres || (d === best.metres && id < best.place)) best = { place: id, metres: d };
    }
    out.outskirts = best;
    return out;
  });
}

/** The same answer by scanning every place: the baseline the index is tested and benchmarked against. */
export function nearestBySideScan(
  places: readonly Place[],
  states: ReadonlyMap<string, PlaceState>,
  target: NearestTarget,
  sides: readonly Side[],
): NearestBySide[] {
  return sides.map((side) => {
    let centre: NearestHit | null = null;
    let outskirts: NearestHit | null = null;
    for (const p of places) {
      if (p.id === target.id || sideOf(states.get(p.id)) !== side) continue;
      const d = distanceMetres(target.point, [p.lon, p.lat]);
      if (!centre || d < centre.metres || (d === centre.metres && p.id < centre.place))
        centre = { place: p.id, metres: d };
      if (target.outline) {
        const o = distanceToOutline([p.lon, p.lat], target.outline).metres;
        if (!outskirts || o < outskirts.metres || (o === outskirts.metres && p.id < outskirts.place))
          outskirts = { place: p.id, metres: o };
      }
    }
    const out: NearestBySide = { side, centre };
    if (target.outline) out.outskirts = outskirts;
    return out;
  });
}
