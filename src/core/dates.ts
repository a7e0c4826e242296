// Calendar-day arithmetic on ISO `YYYY-MM-DD` strings. A Frontline date is a day in Syria time; we never
// convert to instants, so the arithmetic runs in UTC where there are no daylight-saving jumps.

import type { ISODate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `s` is a real calendar date written `YYYY-MM-DD` (2024-02-30 is not). */
export function isISODate(s: unknown): s is ISODate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 for an ISO date. Throws on a malformed date. */
export function toDayNumber(date: ISODate): number {
  if (!isISODate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(n: number): ISODate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: ISODate, days: number): ISODate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: ISODate, b: ISODate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Every date from `from` to `to`, both inclusive. */
export function dateRange(from: ISODate, to: ISODate): ISODate[] {
  const out: ISODate[] = [];
  for (let n = toDayNumber(from), end = toDayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

export function clampDate(date: ISODate, min: ISODate, max: ISODate): ISODate {
  return date < min ? min : date > max ? max : date;
}

/** "6 December 2024" — unambiguous for readers on both sides of the Atlantic. */
export function formatLongDate(date: ISODate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ][m - 1];
  return `${d} ${month} ${y}`;
}

/** "26 November – 12 December 2024": the year once when both days share it. */
export function formatSpan(from: ISODate, to: ISODate): string {
  const a = formatLongDate(from);
  const b = formatLongDate(to);
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${a} – ${b}`;
  return `${a.slice(0, a.lastIndexOf(' '))} – ${b}`;
}
