// Two dates compared: the places that changed hands between them (old and new side, with the events and
// sources in between) and, for each kind of estimated area, the ground gained and lost. Pure: it reads two
// snapshots (core/record's snapshotAt) and the record's model, and returns a plain value that the map, the
// table, the GeoJSON export and `frontline compare` all read.
//
// Areas are compared by their "side": a bloc's area by its bloc, any other kind of area (contested, or a kind
// the estimator adds later such as "no information") by its kind, so a new kind needs no change here.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { area as turfArea, difference, featureCollection, union } from '@turf/turf';
import type { BlocId, ControlEvent, FactionId, ISODate, Place, PlaceState, Snapshot } from '../types';

/** The side of a place on one date, as the table shows it. */
export interface SideOf {
  status: PlaceState['status'];
  faction: FactionId | null;
  /** Every faction involved (two or more when contested). */
  factions: FactionId[];
  bloc: BlocId | null;
}

export interface PlaceChange {
  place: string;
  name: string;
  nameAr: string;
  lon: number;
  lat: number;
  from: SideOf;
  to: SideOf;
  /** The place's events dated after `from` and up to `to`, in the record's order. */
  events: ControlEvent[];
}

export interface AreaChange {
  /** A bloc id, or an area kind that belongs to no bloc (`contested`, …). */
  side: string;
  change: 'gained' | 'lost';
  geometry: Polygon | MultiPolygon;
  /** Area on the WGS84 sphere (Turf), square kilometres. */
  km2: number;
}

export interface Comparison {
  from: ISODate;
  to: ISODate;
  /** Places whose faction or status differs between the two dates, in the record's place order. */
  places: PlaceChange[];
  /** Ground each side holds on `to` and did not on `from` (gained), and the reverse (lost); largest first. */
  areas: AreaChange[];
}

/** What compare reads of a record: its events between the dates. */
export interface CompareModel {
  changes(from: ISODate, to: ISODate): ControlEvent[];
}

// Properties read loosely: another kind of area may carry fields the AreaProperties of today lack.
type AreaFeature = Feature<Polygon | MultiPolygon, object | null>;

/** The side an estimated area belongs to: its bloc, else its kind (contested, no information, …). */
export function areaSide(f: AreaFeature): string {
  const p = (f.properties ?? {}) as { bloc?: unknown; kind?: unknown };
  if (typeof p.bloc === 'string' && p.bloc) return p.bloc;
  if (typeof p.kind === 'string' && p.kind) return p.kind;
  return 'area';
}

function side(s: PlaceState): SideOf {
  return { status: s.status, faction: s.faction, factions: [...s.factions], bloc: s.bloc };
}

function sameSide(a: PlaceState, b: PlaceState): boolean {
  return (
    a.status === b.status &&
    a.faction === b.faction &&
    [...a.factions].sort().join(',') === [...b.factions].sort().join(',')
  );
}

/** Every area of a snapshot (bloc areas, contested cells and whatever other kinds it carries), by side. */
function areasBySide(s: Snapshot): Map<string, AreaFeature[]> {
  const out = new Map<string, AreaFeature[]>();
  const all: AreaFeature[] = [
    ...(s.areas.features as AreaFeature[]),
    ...((s.contested?.features ?? []) as AreaFeature[]).map((f): AreaFeature => ({
      ...f,
      properties: { kind: 'contested', ...(f.properties ?? {}) },
    })),
  ];
  for (const f of all) {
    const k = areaSide(f);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}

function merged(fs: readonly AreaFeature[] | undefined): AreaFeature | null {
  if (!fs || fs.length === 0) return null;
  if (fs.length === 1) return fs[0]!;
  return (union(featureCollection([...fs])) as AreaFeature | null) ?? null;
}

// Slivers where two estimates share an edge to within floating-point noise are not ground changing hands.
const MIN_KM2 = 0.01;

function minus(a: AreaFeature | null, b: AreaFeature | null): AreaFeature | null {
  if (!a) return null;
  if (!b) return a;
  return (difference(featureCollection([a, b])) as AreaFeature | null) ?? null;
}

/** The areas each side gained and lost from snapshot `a` to snapshot `b`. */
export function areaChanges(a: Snapshot, b: Snapshot): AreaChange[] {
  const before = areasBySide(a);
  const after = areasBySide(b);
  const sides = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: AreaChange[] = [];
  for (const s of sides) {
    const was = merged(before.get(s));
    const is = merged(after.get(s));
    for (const [change, g] of [
      ['gained', minus(is, was)],
      ['lost', minus(was, is)],
    ] as const) {
      if (!g) continue;
      const km2 = turfArea(g) / 1e6;
      if (km2 < MIN_KM2) continue;
      out.push({ side: s, change, geometry: g.geometry, km2: Math.round(km2 * 100) / 100 });
    }
  }
  return out.sort((x, y) => y.km2 - x.km2 || x.side.localeCompare(y.side));
}

/** The places that changed hands between two snapshots, with the events between the dates. */
export function placeChanges(a: Snapshot, b: Snapshot, model: CompareModel): PlaceChange[] {
  const [from, to] = a.date <= b.date ? [a.date, b.date] : [b.date, a.date];
  const events = new Map<string, ControlEvent[]>();
  for (const e of model.changes(from, to)) {
    const list = events.get(e.place);
    if (list) list.push(e);
    else events.set(e.place, [e]);
  }
  const before = new Map(a.places.map((p) => [p.place.id, p.state]));
  const out: PlaceChange[] = [];
  for (const { place, state } of b.places) {
    const old = before.get(place.id);
    if (!old || sameSide(old, state)) continue;
    out.push(change(place, old, state, events.get(place.id) ?? []));
  }
  return out;
}

function change(place: Place, from: PlaceState, to: PlaceState, events: ControlEvent[]): PlaceChange {
  return {
    place: place.id,
    name: place.name,
    nameAr: place.nameAr,
    lon: place.lon,
    lat: place.lat,
    from: side(from),
    to: side(to),
    events,
  };
}

/** Snapshot `a` (the earlier date) compared with snapshot `b` (the later one). */
export function compareSnapshots(a: Snapshot, b: Snapshot, model: CompareModel): Comparison {
  if (a.date > b.date)
    throw new RangeError(`compare: ${a.date} is after ${b.date}; give the earlier date first`);
  return { from: a.date, to: b.date, places: placeChanges(a, b, model), areas: areaChanges(a, b) };
}
