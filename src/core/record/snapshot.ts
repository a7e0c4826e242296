// snapshotAt(record, date): the one value the map draws and the exporters write for a date. Every place with
// its state, the estimated areas, front lines and contested cells, and the distance from the record's target
// to the nearest place of each side. A plain, serialisable value: the worker computes it for the app, the CLI
// directly, and both write files from it, so what you see is what you export.
//
// Kept apart from open.ts so that the app's main bundle, which opens the record, does not carry the
// territory estimator: only the worker and the CLI import this module.
import { isISODate } from '../dates';
import { unknownState } from '../control';
import { nearestBySide } from '../measure/nearest';
import { distanceToOutline } from '../measure/outskirts';
import { estimateTerritory, REACH_KM } from '../territory';
import type { ISODate, PlaceState, SideDistance, Snapshot, SnapshotDistances } from '../types';
import { sidesOf, type FrontlineRecord } from './open';

export interface SnapshotOptions {
  /** The place distances are measured to; the record's target by default. */
  target?: string;
}

/** What the territory estimator gives, passed through whole (new kinds of area reach the map unchanged). */
type Territory = ReturnType<typeof estimateTerritory>;

export type RecordSnapshot = Territory &
  Snapshot & {
    date: ISODate;
    distances: SnapshotDistances;
  };

/** The nearest place of each side to `targetId` for one day's states, as the distance panel shows it. */
export function distancesFor(
  record: FrontlineRecord,
  states: ReadonlyMap<string, PlaceState>,
  targetId: string,
): SnapshotDistances {
  const target = record.placesById.get(targetId);
  if (!target) throw new RangeError(`unknown target place "${targetId}"`);
  const outline = record.outlineByPlace.get(targetId) ?? null;
  const rows = nearestBySide(
    record.placeIndex,
    states,
    { id: target.id, point: [target.lon, target.lat], outline },
    sidesOf(record),
  );
  const sides = rows.map((r): SideDistance => {
    let outskirts: SideDistance['outskirts'] = null;
    const op = r.outskirts ? record.placesById.get(r.outskirts.place) : undefined;
    if (op && outline) {
      // Measured again for the edge point: nearestBySide gives the distance only, and a line needs an end.
      const d = distanceToOutline([op.lon, op.lat], outline);
      outskirts = { place: op.id, metres: d.metres, inside: d.inside, edge: [d.nearest[0], d.nearest[1]] };
    }
    return { side: r.side, centre: r.centre ? { ...r.centre } : null, outskirts };
  });
  return { target: target.id, outline: outline !== null, sides };
}

/**
 * The snapshot of `date`. Cached in the record by date and target: treat the result as read-only (the
 * estimator shares its geometry between calls too).
 */
export function snapshotAt(
  record: FrontlineRecord,
  date: ISODate,
  options: SnapshotOptions = {},
): RecordSnapshot {
  if (!isISODate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const target = options.target ?? record.info.target;
  const key = `${date}|${target}`;
  const hit = record.snapshots.get(key) as RecordSnapshot | undefined;
  if (hit) return hit;

  const states = record.model.stateAt(date);
  const places = record.places.map((place) => ({
    place,
    state: states.get(place.id) ?? unknownState(place.id),
  }));
  const territory = estimateTerritory(
    places.map(({ place, state }) => ({
      id: place.id,
      lon: place.lon,
      lat: place.lat,
      bloc: state.bloc,
      faction: state.faction,
      status: state.status,
    })),
    record.clip,
    { reachKm: record.info.territory?.reachKm ?? REACH_KM, barriers: record.barriers },
  );
  const snapshot: RecordSnapshot = {
    ...territory,
    date,
    places,
    distances: distancesFor(record, states, target),
  };
  record.snapshots.set(key, snapshot);
  return snapshot;
}
