// The one value the map draws and the exporters write for a date: every place with its state, and the
// estimated areas and front lines derived from those states. Pure, so the UI (in a worker or not), the CLI
// and the tests build it the same way: what you see is what you export.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ISODate, Place, PlaceState, Snapshot } from './types';
import { unknownState } from './control';

/** What buildSnapshot needs of the control model. */
export interface StateSource {
  stateAt(date: ISODate): ReadonlyMap<string, PlaceState>;
}

/** What the territory estimator needs of a place (the shape of src/core/territory's TerritoryPoint). */
export interface TerritoryPointLike {
  id: string;
  lon: number;
  lat: number;
  bloc: PlaceState['bloc'];
  faction: PlaceState['faction'];
  status: PlaceState['status'];
}

export interface ContestedAreaLike {
  kind: 'contested';
  places: string[];
  estimated: true;
}

export interface TerritoryLike {
  areas: Snapshot['areas'];
  frontLines: Snapshot['frontLines'];
  /** Cells of contested places, kept out of every bloc's area (present when the estimator gives them). */
  contested?: FeatureCollection<Polygon | MultiPolygon, ContestedAreaLike>;
}

/** The territory estimator (src/core/territory's estimateTerritory), passed in to keep this module small. */
export type EstimateTerritory = (points: TerritoryPointLike[], clip: Polygon | MultiPolygon) => TerritoryLike;

/** A snapshot, with the contested cells when the estimator gives them. */
export type SnapshotWithContested = Snapshot & { contested?: TerritoryLike['contested'] };

/**
 * Every place of `places`, in their order, with its state on `date` (unknown when the model has none), and the
 * territory estimated from them and clipped to `clip` (the country's outline).
 */
export function buildSnapshot(
  date: ISODate,
  places: readonly Place[],
  model: StateSource,
  clip: Polygon | MultiPolygon,
  estimateTerritory: EstimateTerritory,
): SnapshotWithContested {
  const states = model.stateAt(date);
  const entries = places.map((place) => ({ place, state: states.get(place.id) ?? unknownState(place.id) }));
  const points = entries.map(({ place, state }) => ({
    id: place.id,
    lon: place.lon,
    lat: place.lat,
    bloc: state.bloc,
    faction: state.faction,
    status: state.status,
  }));
  const { areas, frontLines, contested } = estimateTerritory(points, clip);
  return contested
    ? { date, places: entries, areas, frontLines, contested }
    : { date, places: entries, areas, frontLines };
}
