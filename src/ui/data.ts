// Loads the embedded record in the browser: the files are bundled as text (Vite `?raw`) and parsed by the same
// core loaders the CLI uses, so a malformed line fails the same way, with file, line and field, in both.
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import {
  DataError,
  type ControlEvent,
  type ControlPeriod,
  type Faction,
  type ISODate,
  type Place,
  type PlaceState,
  type RecordInfo,
  type Source,
} from '../core/types';

/** What the UI needs of the control model (src/core/control). */
export interface ModelPort {
  stateAt(date: ISODate): ReadonlyMap<string, PlaceState>;
  /** Days on which any place changed, ascending. */
  changeDates(): ISODate[];
  /** Events dated in [from, to], both inclusive. */
  changes(from: ISODate, to: ISODate): ControlEvent[];
  timeline(place: string): ControlPeriod[];
}

export interface AppData {
  /** Curated places, in file order: the places the record can name. */
  places: Place[];
  /** Curated places and the broad GeoNames extract. */
  gazetteer: unknown;
  model: ModelPort;
  factions: Faction[];
  sources: Source[];
  record: RecordInfo;
  syriaOutline: FeatureCollection<Polygon | MultiPolygon>;
  /** Approximate city outlines (geo/outlines.geojson), by place id in `properties.place`. */
  outlines: FeatureCollection<Polygon | MultiPolygon>;
}

const files = import.meta.glob<string>(
  [
    '../../geo/places.jsonl',
    '../../geo/geonames-sy.tsv',
    '../../geo/outlines.geojson',
    '../../geo/basemap/syria.geojson',
    '../../data/*.jsonl',
    '../../data/record.json',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** The text of a repository file, or a DataError naming it when the build has none. */
export function fileText(repoPath: string): string {
  const text = files[`../../${repoPath}`];
  if (text === undefined) {
    throw new DataError([{ file: repoPath, line: 0, field: '(file)', message: 'missing from the build' }]);
  }
  return text;
}
