// The gazetteer's public face. `gazetteerFromText` is what the CLI and the UI (with `?raw` imports) call.
import { parseGeoNamesTsv, parsePlaces } from '../load/geo';
import { Gazetteer } from './gazetteer';
import { broadPlaces } from './geonames';

export { Gazetteer, GazetteerQueryError, FUZZY_THRESHOLD } from './gazetteer';
export type { LookupResult, Mention, MatchHow, Suggestion } from './gazetteer';
export { normaliseName, normaliseLatin, normaliseArabic, exactKey } from './normalise';
export { broadPlaces, type GeoNamesRow } from './geonames';

export const PLACES_FILE = 'geo/places.jsonl';
export const GEONAMES_FILE = 'geo/geonames-sy.tsv';

/** A gazetteer of the curated places and, when its text is given, the broad GeoNames extract. */
export function gazetteerFromText(placesText: string, geonamesText?: string): Gazetteer {
  const places = parsePlaces(placesText, PLACES_FILE);
  const broad =
    geonamesText === undefined ? [] : broadPlaces(parseGeoNamesTsv(geonamesText, GEONAMES_FILE), places);
  return new Gazetteer(places, broad);
}
