// `npm run record:readme`: rewrites the counts block of data/README.md from the record's files (places,
// changes, sources by kind, confidence, the changes whose day no source fixes). test/unit/record-readme.test.ts
// fails when the block is stale.
import { writeFileSync } from 'node:fs';
import { readRepoText, repoPath } from '../src/cli/io';
import { currentSummary, RECORD_README } from '../src/cli/record-summary';
import { withSummary } from '../src/core/evidence/summary';

const before = readRepoText(RECORD_README);
const after = withSummary(before, currentSummary());
if (after === before) console.log(`${RECORD_README} is up to date`);
else {
  writeFileSync(repoPath(RECORD_README), after);
  console.log(`${RECORD_README}: counts rewritten`);
}
