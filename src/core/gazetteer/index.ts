// The gazetteer's public face. A record's gazetteer is built by core/record's openRecord, from its curated
// places and its broad extract.
export { Gazetteer, GazetteerQueryError, FUZZY_THRESHOLD } from './gazetteer';
export type { LookupResult, Mention, MatchHow, Suggestion } from './gazetteer';
export { normaliseName, normaliseLatin, normaliseArabic, exactKey } from './normalise';
export { broadPlaces, type GeoNamesRow } from './geonames';
