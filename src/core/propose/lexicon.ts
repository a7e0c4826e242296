// The cue lexicon of one language (cues/<lang>.json), checked with zod and compiled to regular expressions
// once. The words are data so that a French or Arabic list can be added without code: this module only knows
// the little phrase syntax the files use (`*` up to three words, `{n}` a number).
import { z } from '../load/zod';
import { jsonValueLines, lineOfPath } from '../load/json-lines';
import { DataError, type DataIssue } from '../types';
import en from './cues/en.json';

const phrase = z.string().trim().min(1, 'empty phrase');
const order = z.enum(['cue-place', 'place-cue']);

export const lexiconSchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}$/, 'not an ISO 639 language code'),
  note: z.string().optional(),
  abbreviations: z.array(z.string().min(1)),
  clause_breaks: z.array(z.string().min(1)),
  relative_openers: z.array(z.string().min(1)),
  change: z
    .array(
      z.strictObject({
        phrase,
        order,
        role: z.enum(['gain', 'loss']),
        status: z.enum(['controlled', 'contested']),
        noun: z.boolean().optional(),
      }),
    )
    .min(1),
  non_change: z.array(
    z.strictObject({
      phrase,
      order,
      kind: z.enum(['distance', 'target', 'attack', 'other', 'denial', 'hypothetical']),
    }),
  ),
  history: z.array(phrase),
  year_nouns: z.array(phrase),
  numbers: z.record(z.string(), z.number().int().positive()),
  time: z.strictObject({
    weekdays: z.array(phrase).length(7, 'seven weekdays, Sunday first'),
    months: z.array(phrase).length(12, 'twelve months, January first'),
    month_abbreviations: z.array(phrase).length(12, 'twelve month abbreviations, January first'),
    today: z.array(phrase),
    yesterday: z.array(phrase),
    days_ago: z.array(phrase),
    since: z.array(phrase),
    day_after: z.array(phrase),
    day_before: z.array(phrase),
    previous_day: z.array(phrase),
  }),
});

export type LexiconData = z.infer<typeof lexiconSchema>;
export type ChangeCue = LexiconData['change'][number];
export type NonChangeCue = LexiconData['non_change'][number];

export interface Compiled<T> {
  entry: T;
  re: RegExp;
  /** A word the phrase cannot match without (lower case), or null: a text without it skips the regex. */
  key: string | null;
}

/** The first literal word of a phrase (not `*` or `{n}`), lower case. */
export function phraseKey(text: string): string | null {
  const w = text
    .trim()
    .split(/\s+/)
    .find((x) => x !== '*' && !x.includes('{'));
  return w ? (/^[\p{L}\p{N}]+/u.exec(w.toLowerCase())?.[0] ?? null) : null;
}

/** The lower-case words of a text, for `key` checks. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** A lexicon ready to match: every phrase compiled once. */
export interface Lexicon {
  data: LexiconData;
  change: Compiled<ChangeCue>[];
  nonChange: Compiled<NonChangeCue>[];
  history: RegExp[];
  yearNouns: Set<string>;
  numbers: Map<string, number>;
  abbreviations: Set<string>;
  relativeOpeners: Set<string>;
  /** Time words by kind, each a regex with named group `n` where a number is captured. */
  time: Array<{ kind: TimeKind; re: RegExp; key: string | null; keys?: string[]; index?: number }>;
}

export type TimeKind =
  | 'weekday'
  | 'today'
  | 'yesterday'
  | 'days_ago'
  | 'since'
  | 'day_after'
  | 'day_before'
  | 'previous_day'
  | 'date';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One phrase of the file's syntax as a regex source; whole words only, any run of spaces between words. */
export function phraseSource(text: string, numberWords: readonly string[]): string {
  const num = `(?<n>\\d+|${numberWords.map(escape).join('|')})`;
  const words = text.trim().split(/\s+/);
  let src = '';
  words.forEach((w, i) => {
    if (w === '*') {
      src += `(?:[^\\s.;]+\\s+){0,3}?`;
      return;
    }
    const part = w === '{n}' ? num : escape(w).replace(/'/g, "['’]");
    src += part + (i < words.length - 1 ? '\\s+' : '');
  });
  return `(?<![\\p{L}\\p{N}])${src}(?![\\p{L}\\p{N}])`;
}

function compile(data: LexiconData): Lexicon {
  const numberWords = Object.keys(data.numbers).sort((a, b) => b.length - a.length);
  const re = (p: string) => new RegExp(phraseSource(p, numberWords), 'giu');
  const time: Lexicon['time'] = [];
  const t = data.time;
  t.weekdays.forEach((w, index) => time.push({ kind: 'weekday', re: re(w), key: phraseKey(w), index }));
  for (const kind of [
    'today',
    'yesterday',
    'days_ago',
    'since',
    'day_after',
    'day_before',
    'previous_day',
  ] as const)
    for (const p of t[kind]) time.push({ kind, re: re(p), key: phraseKey(p) });
  // Explicit dates: "5 December", "December 5", "Dec. 5, 2024", "2024-12-05".
  const month = [...t.months, ...t.month_abbreviations].map(escape).join('|');
  time.push({
    kind: 'date',
    key: null,
    // Only a text with a month name (or an ISO date's digits) can hold a date.
    keys: [...t.months, ...t.month_abbreviations].map((m) => m.toLowerCase()),
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?<d1>\\d{1,2})\\s+(?<m1>${month})\\.?|(?<m2>${month})\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(?<y>\\d{4}))?(?![\\p{L}\\p{N}])|(?<iso>\\d{4}-\\d{2}-\\d{2})`,
      'giu',
    ),
  });
  return {
    data,
    change: data.change.map((entry) => ({ entry, re: re(entry.phrase), key: phraseKey(entry.phrase) })),
    nonChange: data.non_change.map((entry) => ({
      entry,
      re: re(entry.phrase),
      key: phraseKey(entry.phrase),
    })),
    history: data.history.map(re),
    yearNouns: new Set(data.year_nouns.map((w) => w.toLowerCase())),
    numbers: new Map(Object.entries(data.numbers)),
    abbreviations: new Set(data.abbreviations),
    relativeOpeners: new Set(data.relative_openers.map((w) => w.toLowerCase())),
    time,
  };
}

/**
 * Checks a lexicon file's JSON; every problem names the file, the field and, given the file's text, the line
 * the field is on.
 */
export function parseLexicon(value: unknown, fileName: string, text?: string): Lexicon {
  const res = lexiconSchema.safeParse(value);
  if (!res.success) {
    const lines = text === undefined ? null : jsonValueLines(text);
    const issues: DataIssue[] = res.error.issues.map((i) => ({
      file: fileName,
      line: lines ? lineOfPath(lines, i.path) : 1,
      field: i.path.length ? i.path.join('.') : '(object)',
      message: i.message,
    }));
    throw new DataError(issues);
  }
  return compile(res.data);
}

/** A lexicon file's text (a cues file of one's own): not JSON, or not a lexicon, is a DataError with its line. */
export function parseLexiconText(text: string, fileName: string): Lexicon {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DataError([
      { file: fileName, line: 1, field: '(file)', message: `not valid JSON: ${(e as Error).message}` },
    ]);
  }
  return parseLexicon(value, fileName, text);
}

const LEXICONS: Record<string, unknown> = { en };
const cache = new Map<string, Lexicon>();

/** The bundled lexicon of a language (only `en` so far). */
export function lexicon(language = 'en'): Lexicon {
  let l = cache.get(language);
  if (!l) {
    const data = LEXICONS[language];
    if (!data)
      throw new Error(
        `no cue lexicon for language "${language}" (have: ${Object.keys(LEXICONS).join(', ')})`,
      );
    l = parseLexicon(data, `src/core/propose/cues/${language}.json`);
    cache.set(language, l);
  }
  return l;
}
