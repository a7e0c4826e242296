// `npm run eval`: precision and recall of `frontline propose` on the hand-labelled excerpts of
// test/fixtures/propose/cases.jsonl, with every mistake listed. Exits non-zero below the goals
// (precision 0.9, recall 0.8), so a pipeline can gate on it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openRecordAt } from '../src/cli/record';
import { evaluate, formatEval, parseEvalCases } from '../src/core/propose/evaluate';

export const CASES = 'test/fixtures/propose/cases.jsonl';
const root = resolve(import.meta.dirname, '..');
const record = await openRecordAt(undefined);
const cases = parseEvalCases(readFileSync(resolve(root, CASES), 'utf8'), CASES);
const r = evaluate(record, cases);
console.log(formatEval(r));
process.exit(r.precision >= 0.9 && r.recall >= 0.8 ? 0 : 1);
