// `frontline propose` on the five seed articles: the time for all five (goal ≤ 20 ms all told, after a
// warm-up, median of repeated runs), and the evaluation's precision and recall on the hand-labelled excerpts
// (test/fixtures/propose/cases.jsonl; `npm run eval` prints the same with every mistake).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openRecordAt } from '../src/cli/record';
import { propose } from '../src/core/propose';
import { evaluate, formatEval, parseEvalCases } from '../src/core/propose/evaluate';
import { goal } from './summary';

const root = resolve(import.meta.dirname, '..');
const record = await openRecordAt(undefined);
const seeds = readdirSync(resolve(root, 'data/seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    text: readFileSync(resolve(root, 'data/seeds', f), 'utf8'),
    published: record.sourcesById.get(f)?.date ?? '2024-12-06',
  }));

const all = () => {
  let n = 0;
  for (const s of seeds) n += propose(record, s.text, { published: s.published }).length;
  return n;
};
for (let i = 0; i < 5; i++) all();
const runs: number[] = [];
let proposals = 0;
for (let i = 0; i < 41; i++) {
  const t0 = performance.now();
  proposals = all();
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const median = runs[runs.length >> 1]!;
console.log(
  `propose, the five seeds (${proposals} proposals): ${median.toFixed(2)} ms all told (median of ${runs.length}, fastest ${runs[0]!.toFixed(2)} ms; goal ≤ 20 ms) ${median <= 20 ? 'ok' : 'OVER'}`,
);
const CASES = 'test/fixtures/propose/cases.jsonl';
goal({ name: 'propose, the five seeds, all told', value: median, unit: 'ms', limit: 20 });
console.log(formatEval(evaluate(record, parseEvalCases(readFileSync(resolve(root, CASES), 'utf8'), CASES))));
