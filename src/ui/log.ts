// Rows of the event log, newest first. Pure: the component renders them, the tests check them.
import type { ControlEvent, Faction, ISODate, Place, Source } from '../core/types';

export interface LogRow {
  event: ControlEvent;
  placeName: string;
  /** "Taken by Syrian National Army", "Contested: Syrian government, HTS-led …". */
  what: string;
  citations: Array<{ outlet: string; title: string; date: ISODate | null; quote: string }>;
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
      citations: e.citations.map((c) => {
        const s = sources.get(c.source);
        return {
          outlet: s?.outlet ?? c.source,
          title: s?.title ?? '',
          date: s?.date ?? null,
          quote: c.quote,
        };
      }),
    }));
}
