// Precision and recall of `propose` on places that changed hands, against hand-labelled excerpts
// (test/fixtures/propose/cases.jsonl). A proposal counts when it claims a change (not `claim: false`); it is
// right when its place is one the label lists. Side and day are scored apart, on the right places whose label
// gives them. Every mistake is listed with the excerpt it was made on.
import { z } from '../load/zod';
import { DataError } from '../types';
import { propose, type Proposal, type ProposeRecord } from './propose';
import { isISODate } from '../dates';

const expectedSchema = z.strictObject({
  place: z.string().min(1),
  bloc: z.string().min(1).nullable(),
  date: z.string().refine(isISODate, 'not a date (YYYY-MM-DD)').nullable(),
});

export const evalCaseSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['record', 'written']),
  source: z.string().min(1).optional(),
  outlet: z.string().min(1).optional(),
  published: z.string().refine(isISODate, 'not a date (YYYY-MM-DD)'),
  url: z.string().nullable().optional(),
  text: z.string().min(1),
  expected: z.array(expectedSchema),
  note: z.string().optional(),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

export interface Mistake {
  case: string;
  kind: 'false_positive' | 'missed' | 'wrong_bloc' | 'wrong_date';
  place: string;
  detail: string;
}

export interface EvalResult {
  cases: number;
  true_positives: number;
  false_positives: number;
  false_negatives: number;
  precision: number;
  recall: number;
  bloc_right: number;
  bloc_scored: number;
  date_right: number;
  date_scored: number;
  mistakes: Mistake[];
}

/** The cases of a JSON-lines file; every problem names the file, line and field. */
export function parseEvalCases(text: string, fileName: string): EvalCase[] {
  const out: EvalCase[] = [];
  const issues: Array<{ file: string; line: number; field: string; message: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (!s || s.startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      issues.push({
        file: fileName,
        line: i + 1,
        field: '(line)',
        message: `not valid JSON: ${(e as Error).message}`,
      });
      return;
    }
    const res = evalCaseSchema.safeParse(value);
    if (res.success) out.push(res.data);
    else
      for (const iss of res.error.issues)
        issues.push({
          file: fileName,
          line: i + 1,
          field: iss.path.join('.') || '(object)',
          message: iss.message,
        });
  });
  if (issues.length) throw new DataError(issues);
  return out;
}

export function evaluate(record: ProposeRecord, cases: readonly EvalCase[]): EvalResult {
  const r: EvalResult = {
    cases: cases.length,
    true_positives: 0,
    false_positives: 0,
    false_negatives: 0,
    precision: 0,
    recall: 0,
    bloc_right: 0,
    bloc_scored: 0,
    date_right: 0,
    date_scored: 0,
    mistakes: [],
  };
  for (const c of cases) {
    const claims = new Map<string, Proposal>();
    for (const p of propose(record, c.text, { published: c.published }))
      if (p.claim !== false && !claims.has(p.place)) claims.set(p.place, p);
    const expected = new Map(c.expected.map((e) => [e.place, e]));
    for (const [place, p] of claims) {
      const e = expected.get(place);
      if (!e) {
        r.false_positives++;
        r.mistakes.push({
          case: c.id,
          kind: 'false_positive',
          place,
          detail: `cue “${p.cue}” in: ${p.quote}`,
        });
        continue;
      }
      r.true_positives++;
      if (e.bloc !== null) {
        r.bloc_scored++;
        if (p.bloc === e.bloc) r.bloc_right++;
        else
          r.mistakes.push({ case: c.id, kind: 'wrong_bloc', place, detail: `${p.bloc}, labelled ${e.bloc}` });
      }
      if (e.date !== null) {
        r.date_scored++;
        if (p.date === e.date) r.date_right++;
        else
          r.mistakes.push({
            case: c.id,
            kind: 'wrong_date',
            place,
            detail: `${p.date} (${p.date_reason}), labelled ${e.date}`,
          });
      }
    }
    for (const e of c.expected)
      if (!claims.has(e.place)) {
        r.false_negatives++;
        r.mistakes.push({ case: c.id, kind: 'missed', place: e.place, detail: c.text });
      }
  }
  r.precision = r.true_positives / Math.max(1, r.true_positives + r.false_positives);
  r.recall = r.true_positives / Math.max(1, r.true_positives + r.false_negatives);
  return r;
}

/** The result as the lines `npm run eval` prints. */
export function formatEval(r: EvalResult): string {
  const pct = (x: number) => x.toFixed(3);
  return [
    `propose on ${r.cases} excerpts: precision ${pct(r.precision)}, recall ${pct(r.recall)} on places that changed hands`,
    `  ${r.true_positives} right, ${r.false_positives} wrong, ${r.false_negatives} missed; side right ${r.bloc_right}/${r.bloc_scored}, day right ${r.date_right}/${r.date_scored}`,
    ...(r.mistakes.length ? ['  mistakes:'] : []),
    ...r.mistakes.map((m) => `    ${m.kind} ${m.place} [${m.case}]: ${m.detail}`),
  ].join('\n');
}
