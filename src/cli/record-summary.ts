// The counts block of data/README.md for the repository's record: written by `npm run record:readme`
// (scripts/record-readme.ts), compared by test/unit/record-readme.test.ts.
import { readRepoText } from './io';
import { loadRepoRecord } from './load-data';
import { recordSummary } from '../core/evidence/summary';
import { parsePlaces } from '../core/load/geo';

export const RECORD_README = 'data/README.md';

export function currentSummary(): string {
  const r = loadRepoRecord();
  return recordSummary({
    record: r.record,
    places: parsePlaces(readRepoText('geo/places.jsonl'), 'geo/places.jsonl'),
    factions: r.factions,
    sources: r.sources,
    kinds: r.sourceKinds,
    events: r.events,
  });
}
