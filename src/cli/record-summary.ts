// The counts block of data/README.md for the repository's record: written by `npm run record:readme`
// (scripts/record-readme.ts), compared by test/unit/record-readme.test.ts.
import { openRecordSyncAt } from './record';
import { recordSummary } from '../core/evidence/summary';

export const RECORD_README = 'data/README.md';

export function currentSummary(): string {
  const r = openRecordSyncAt();
  return recordSummary({
    record: r.info,
    places: [...r.places],
    factions: [...r.factions],
    sources: [...r.sources],
    kinds: [...r.sourceKinds],
    events: [...r.events],
  });
}
