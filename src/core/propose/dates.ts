// Time words of a report and the calendar day each one means, read against the publication date: "on
// Thursday" in a Friday paper is the day before it, "late Friday" in a Saturday paper the day before too,
// "11 days ago" eleven days before. Relational words ("a day after", "since") have no day of their own; the
// proposer resolves them against the sentence around them.
import { addDays, isISODate, toDayNumber } from '../dates';
import type { ISODate } from '../types';
import { wordSet, type Lexicon, type TimeKind } from './lexicon';

export interface TimeWord {
  start: number;
  end: number;
  kind: TimeKind;
  /** The words as written, with an "early"/"late"/"on" before a weekday. */
  text: string;
  /** The day it names, for absolute kinds (weekday, today, yesterday, days_ago, date). */
  date: ISODate | null;
  /** How the day was reached, for date_reason. */
  reason: string;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 0 = Sunday. */
export function weekdayOf(date: ISODate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export const ABSOLUTE: ReadonlySet<TimeKind> = new Set(['weekday', 'today', 'yesterday', 'days_ago', 'date']);

/** Every time word of `text`, in text order; overlapping matches keep the longest. */
export function findTimeWords(
  text: string,
  lex: Lexicon,
  published: ISODate,
  words: ReadonlySet<string> = wordSet(text),
): TimeWord[] {
  const found: TimeWord[] = [];
  const pubDay = weekdayOf(published);
  const pubName = WEEKDAY_NAMES[pubDay]!;
  for (const t of lex.time) {
    if (t.key !== null && !words.has(t.key)) continue;
    if (t.keys && !t.keys.some((k) => words.has(k)) && !/\d{4}-\d\d-\d\d/.test(text)) continue;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(text); m; m = t.re.exec(text)) {
      let start = m.index;
      const end = m.index + m[0].length;
      let date: ISODate | null = null;
      let reason: string;
      let words = m[0];
      switch (t.kind) {
        case 'weekday': {
          const mod = /(?:^|\s)(early|late|on|last|overnight on|by)\s+$/i.exec(
            text.slice(Math.max(0, start - 14), start),
          );
          if (mod) {
            start -= mod[0].trimStart().length;
            words = text.slice(start, end);
          }
          const back = (pubDay - t.index! + 7) % 7;
          date = addDays(published, -back);
          reason =
            back === 0
              ? `“${words}”: the day of publication (${pubName} ${published})`
              : `“${words}”: the ${WEEKDAY_NAMES[t.index!]} before publication (${pubName} ${published})`;
          break;
        }
        case 'today':
          date = published;
          reason = `“${words}”: the day of publication`;
          break;
        case 'yesterday':
          date = addDays(published, -1);
          reason = `“${words}”: the day before publication (${published})`;
          break;
        case 'days_ago': {
          const n = numberOf(m.groups?.n ?? '', lex);
          if (n === null) continue;
          date = addDays(published, -n);
          reason = `“${words}”: ${n} days before publication (${published})`;
          break;
        }
        case 'date': {
          date = explicitDate(m, lex, published);
          if (!date) continue;
          reason = `“${words}”: a date in the text`;
          break;
        }
        default:
          reason = `“${words}”`;
      }
      found.push({ start, end, kind: t.kind, text: words, date, reason });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TimeWord[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

function numberOf(s: string, lex: Lexicon): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return lex.numbers.get(s.toLowerCase()) ?? null;
}

function explicitDate(m: RegExpExecArray, lex: Lexicon, published: ISODate): ISODate | null {
  const g = m.groups ?? {};
  if (g.iso) return isISODate(g.iso) ? g.iso : null;
  const monthText = (g.m1 ?? g.m2 ?? '').toLowerCase();
  const t = lex.data.time;
  let month = t.months.findIndex((x) => x.toLowerCase() === monthText);
  if (month < 0) month = t.month_abbreviations.findIndex((x) => x.toLowerCase() === monthText);
  const day = Number(g.d1 ?? g.d2);
  if (month < 0 || !day) return null;
  const pubYear = Number(published.slice(0, 4));
  let year = g.y ? Number(g.y) : pubYear;
  const iso = (y: number) => `${y}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A day and month with no year that would fall after publication is last year's ("December 30" in January).
  if (!g.y && iso(year) > published) year -= 1;
  const d = iso(year);
  return isISODate(d) ? d : null;
}
