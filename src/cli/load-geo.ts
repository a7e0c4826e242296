// The gazetteer of the repository's geo/ folder, built once per process.
import { GEONAMES_FILE, PLACES_FILE, gazetteerFromText, type Gazetteer } from '../core/gazetteer';
import { readRepoText } from './io';

let cached: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
  cached ??= gazetteerFromText(readRepoText(PLACES_FILE), readRepoText(GEONAMES_FILE));
  return cached;
}
