// How a proposal stands to the record: it confirms an event the record has (same place, bloc and day, or the
// event's altDate) and already cites this source; it adds a second source to such an event; it conflicts
// with the record (another side on that day, or the same change on another day); or it is new.
import { addDays, daysBetween } from '../dates';
import type { ControlEvent, Faction, ISODate } from '../types';
import type { Proposal } from './propose';

export interface Relation {
  kind: 'confirms' | 'adds_source' | 'conflicts' | 'new';
  /** The record's event it is about, when there is one. */
  event: string | null;
  why: string;
}

export interface RelateRecord {
  factions: readonly Faction[];
  placesById: ReadonlyMap<string, { curated: boolean }>;
  model: { eventsFor(place: string): ControlEvent[] };
}

/** How far before a publication date a report that gives no day may be describing a change. */
const UNDATED_WINDOW = 14;

export function relate(record: RelateRecord, p: Proposal, source?: string): Relation | null {
  if (p.claim === false) return null;
  if (!record.placesById.get(p.place)?.curated)
    return {
      kind: 'new',
      event: null,
      why: `${p.place} is not a curated place of the record: add it to geo/places.jsonl before an event`,
    };
  const blocs = new Map(record.factions.map((f) => [f.id, f.bloc]));
  const blocOf = (e: ControlEvent) =>
    e.status === 'controlled' ? (blocs.get(e.factions[0]!) ?? '') : 'contested';
  const mine = p.status === 'controlled' ? p.bloc : 'contested';
  const events = record.model.eventsFor(p.place);
  const cites = (e: ControlEvent) => source !== undefined && e.citations.some((c) => c.source === source);
  const found = (e: ControlEvent, why: string): Relation =>
    cites(e)
      ? { kind: 'confirms', event: e.id, why: `${why}; it already cites this source` }
      : { kind: 'adds_source', event: e.id, why: `${why}; accepting adds this source to it` };

  const same = events.find(
    (e) =>
      blocOf(e) === mine && (e.date === p.date || e.altDate === p.date || between(p.date, e.date, e.altDate)),
  );
  if (same)
    return found(
      same,
      `the record has ${same.id} (${mine}, ${same.date}${same.altDate ? ` or ${same.altDate}` : ''})`,
    );

  const held = [...events].reverse().find((e) => e.date <= p.date);
  if (
    p.confidence === 'low' &&
    held &&
    blocOf(held) === mine &&
    daysBetween(held.date, p.date) <= UNDATED_WINDOW
  )
    return found(held, `the report gives no day; the record dates this change ${held.date} (${held.id})`);

  const near = events.find(
    (e) => blocOf(e) === mine && Math.abs(daysBetween(e.date, p.date)) <= 3 && e.date > '0',
  );
  if (near)
    return {
      kind: 'conflicts',
      event: near.id,
      why: `the record dates this change ${near.date} (${near.id}), the report ${p.date}`,
    };
  const onDay = events.find((e) => e.date >= addDays(p.date, -1) && e.date <= addDays(p.date, 1));
  if (onDay && blocOf(onDay) !== mine)
    return {
      kind: 'conflicts',
      event: onDay.id,
      why: `the record has ${onDay.id}: ${onDay.status === 'controlled' ? `held by ${onDay.factions[0]}` : `contested by ${onDay.factions.join(' and ')}`} on ${onDay.date}`,
    };
  if (held && blocOf(held) === mine)
    return {
      kind: 'conflicts',
      event: held.id,
      why: `the record has ${p.place} held by ${mine} since ${held.date} (${held.id}), not changing on ${p.date}`,
    };
  return {
    kind: 'new',
    event: null,
    why: held
      ? `the record has ${p.place} ${blocOf(held) === 'contested' ? 'contested' : `held by the ${blocOf(held)} bloc`} on ${p.date} (${held.id}); accepting adds a change`
      : `the record has no event for ${p.place} by ${p.date}`,
  };
}

function between(d: ISODate, a: ISODate, b: ISODate | undefined): boolean {
  if (!b) return false;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return d >= lo && d <= hi;
}
