// Loads the embedded record in the browser: the files are bundled as text (Vite `?raw`) and parsed by the same
// core loaders the CLI uses, so a malformed line fails the same way, with file, line and field, in both.
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { ControlModel } from '../core/control';
import { Gazetteer } from '../core/gazetteer/gazetteer';
import { broadPlaces } from '../core/gazetteer/geonames';
import { parseGeoNamesTsv, parsePlaces } from '../core/load/geo';
import { loadRecord } from '../core/load/data';
import {
  DataError,
  type Faction,
  type Place,
  type RecordInfo,
  type Source,
  type SourceKind,
} from '../core/types';

export interface AppData {
  /** Curated places, in file order: the places the record can name. */
  places: Place[];
  /** Curated places and the broad GeoNames extract. */
  gazetteer: Gazetteer;
  model: ControlModel;
  factions: Faction[];
  sources: Source[];
  /** Kinds of source (data/source-kinds.jsonl): which are never sufficient alone. */
  sourceKinds: SourceKind[];
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

function parseGeoJson<T>(repoPath: string): T {
  try {
    return JSON.parse(fileText(repoPath)) as T;
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError([{ file: repoPath, line: 1, field: '(json)', message: String(e) }]);
  }
}

/** Everything the app shows, read and checked; throws DataError naming file, line and field. */
export function loadAppData(): AppData {
  const places = parsePlaces(fileText('geo/places.jsonl'), 'geo/places.jsonl');
  const rows = parseGeoNamesTsv(fileText('geo/geonames-sy.tsv'), 'geo/geonames-sy.tsv');
  const gazetteer = new Gazetteer(places, broadPlaces(rows, places));
  const placeIds = new Set(places.map((p) => p.id));
  const file = (fileName: string) => ({ text: fileText(fileName), fileName });
  const loaded = loadRecord(
    {
      record: file('data/record.json'),
      factions: file('data/factions.jsonl'),
      sources: file('data/sources.jsonl'),
      events: file('data/events.jsonl'),
      sourceKinds: file('data/source-kinds.jsonl'),
    },
    { placeIds },
  );
  const model = new ControlModel(loaded.events, loaded.factions, loaded.record, { places: placeIds });
  return {
    places,
    gazetteer,
    model,
    factions: loaded.factions,
    sources: loaded.sources,
    sourceKinds: loaded.sourceKinds,
    record: loaded.record,
    syriaOutline: parseGeoJson('geo/basemap/syria.geojson'),
    outlines: parseGeoJson('geo/outlines.geojson'),
  };
}
