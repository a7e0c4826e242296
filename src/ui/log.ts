// Rows of the event log, newest first. Pure: the component renders them, the tests check them.
import type { ControlEvent, Faction, ISODate, Place, Source } from '../core/types';

export interface LogRow {
  event: ControlEvent;
  placeName: string;
  /** "Taken by Syrian National Army", "Contested: Syrian government, HTS-led …". */
  what: string;
  citations: Citation[];
}

/** A cited source as the event log and the popup show it: outlet, title, date, a safe link, the quote. */
export interface Citation {
  outlet: string;
  title: string;
  date: ISODate | null;
  /** An http(s) URL, or null: the record is untrusted input, and no other scheme becomes a link. */
  href: string | null;
  quote: string;
}

/** `url` when it is an absolute http or https URL, else null (no `javascript:`, `data:` or relative links). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function citationsOf(e: ControlEvent, sources: ReadonlyMap<string, Source>): Citation[] {
  return e.citations.map((c) => {
    const s = sources.get(c.source);
    return {
      outlet: s?.outlet ?? c.source,
      title: s?.title ?? '',
      date: s?.date ?? null,
      href: safeHref(s?.url),
      quote: c.quote,
    };
  });
}

/**
 * What a reader should know before trusting an event, in words: its confidence when not high, a day no source
 * names, a day other sources give. Shown wherever the event is.
 */
export function eventCaveats(e: ControlEvent): string[] {
  const out: string[] = [];
  if (e.confidence !== 'high') out.push(`${e.confidence} confidence`);
  if (e.precision === 'approximate') out.push('approximate day: no source names the day');
  if (e.altDate) out.push(`other sources give ${e.altDate}`);
  return out;
}

export function describeEvent(e: ControlEvent, factions: ReadonlyMap<string, Faction>): string {
  const names = e.factions.map((f) => factions.get(f)?.name ?? f);
  return e.status === 'contested' ? `Contested: ${names.join(', ')}` : `Held by ${names[0] ?? '?'}`;
}

/**
 * Events after the record's first day (which sets the starting state, not a change) up to `date`, newest
 * first; within a day, in file order.
 */
export function logRows(
  events: readonly ControlEvent[],
  recordStart: ISODate,
  date: ISODate,
  places: ReadonlyMap<string, Place>,
  factions: ReadonlyMap<string, Faction>,
  sources: ReadonlyMap<string, Source>,
): LogRow[] {
  return events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.date > recordStart && e.date <= date)
    .sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : a.e.date < b.e.date ? 1 : -1))
    .map(({ e }) => ({
      event: e,
      placeName: places.get(e.place)?.name ?? e.place,
      what: describeEvent(e, factions),
      citations: citationsOf(e, sources),
    }));
}
