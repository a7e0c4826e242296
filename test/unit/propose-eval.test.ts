// The evaluation set of frontline propose (test/fixtures/propose/cases.jsonl): its record excerpts are the
// record's own quotes with their source's outlet, date and URL; and propose meets the goals on it (precision
// ≥ 0.9, recall ≥ 0.8 on places that changed hands). The evaluation is deterministic: a correctness test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatEval, parseEvalCases } from '../../src/core/propose/evaluate';
import { DataError } from '../../src/core/types';
import { recordAt, REPO_ROOT } from '../fixtures/records/open';

const FILE = 'test/fixtures/propose/cases.jsonl';
const record = recordAt();
const cases = parseEvalCases(readFileSync(resolve(REPO_ROOT, FILE), 'utf8'), FILE);

describe('the evaluation set', () => {
  it('holds at least 30 excerpts besides the seeds, record quotes and written ones, with hard cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.kind === 'record').length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.kind === 'written').length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('quotes the record verbatim, with the outlet, date and URL of data/sources.jsonl', () => {
    for (const c of cases.filter((x) => x.kind === 'record')) {
      const source = record.sourcesById.get(c.source!);
      expect(source, c.id).toBeDefined();
      expect([c.outlet, c.published, c.url], c.id).toEqual([source!.outlet, source!.date, source!.url]);
      const quoted = record.events.some((e) =>
        e.citations.some((q) => q.source === c.source && q.quote === c.text),
      );
      expect(quoted, `${c.id}: not a quote of data/events.jsonl`).toBe(true);
    }
  });

  it('labels only places the record or the gazetteer knows', () => {
    for (const c of cases)
      for (const e of c.expected) expect(record.gazetteer.get(e.place), `${c.id} ${e.place}`).toBeDefined();
  });

  it('refuses a bad case naming file, line and field', () => {
    expect(() =>
      parseEvalCases(
        '# c\n{"id":"x","kind":"written","published":"2024-13-01","text":"t","expected":[]}',
        'f.jsonl',
      ),
    ).toThrow(DataError);
    expect(() =>
      parseEvalCases(
        '\n{"id":"x","kind":"written","published":"2024-13-01","text":"t","expected":[]}',
        'f.jsonl',
      ),
    ).toThrow(/f\.jsonl:2: field "published"/);
  });
});

describe('propose on the evaluation set', () => {
  const r = evaluate(record, cases);
  it('meets the goals: precision ≥ 0.9 and recall ≥ 0.8 on places that changed hands', () => {
    expect(r.precision, formatEval(r)).toBeGreaterThanOrEqual(0.9);
    expect(r.recall, formatEval(r)).toBeGreaterThanOrEqual(0.8);
    // Side and day, where the labels give them, are right nearly everywhere too.
    expect(r.bloc_right / r.bloc_scored).toBeGreaterThanOrEqual(0.9);
    expect(r.date_right / r.date_scored).toBeGreaterThanOrEqual(0.9);
  });
  it('lists every mistake it makes', () => {
    const counted =
      r.false_positives + r.false_negatives + (r.bloc_scored - r.bloc_right) + (r.date_scored - r.date_right);
    expect(r.mistakes.length).toBe(counted);
    expect(formatEval(r).split('\n').length).toBe(2 + (r.mistakes.length ? 1 + r.mistakes.length : 0));
  });
  it('a wrong label shows as a mistake: the evaluation can fail', () => {
    const flipped = cases.map((c) => (c.id === 'w-passive' ? { ...c, expected: [] } : c));
    const f = evaluate(record, flipped);
    expect(f.false_positives).toBe(r.false_positives + 1);
    expect(f.mistakes.some((m) => m.case === 'w-passive' && m.kind === 'false_positive')).toBe(true);
  });
});
