// Properties of the control model over random valid records (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ControlModel } from '../../src/core/control';
import { addDays, dateRange, fromDayNumber, toDayNumber } from '../../src/core/dates';
import type { ControlEvent, Faction, FactionId, PlaceState, RecordInfo } from '../../src/core/types';

const START = '2024-11-26';
const FACTIONS: Faction[] = (
  [
    ['government', 'government'],
    ['hts', 'opposition'],
    ['sna', 'opposition'],
    ['sdf', 'sdf'],
  ] as const
).map(([id, bloc]) => ({ id, bloc, name: id, color: '#000000', description: '' }));
const IDS = FACTIONS.map((f) => f.id);

interface Gen {
  days: number;
  events: ControlEvent[];
}

// At most one event per place and day, as the loader guarantees; places p0…p5 over a short range.
const recordArb: fc.Arbitrary<Gen> = fc.integer({ min: 1, max: 25 }).chain((days) =>
  fc
    .uniqueArray(
      fc.record({
        place: fc.integer({ min: 0, max: 5 }),
        day: fc.integer({ min: 0, max: days - 1 }),
        factions: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 3 }),
      }),
      { selector: (x) => `${x.place}/${x.day}`, maxLength: 40 },
    )
    .map((rows) => ({
      days,
      events: rows.map((r, i) => ({
        id: `e${i}`,
        date: addDays(START, r.day),
        place: `p${r.place}`,
        status: r.factions.length > 1 ? ('contested' as const) : ('controlled' as const),
        factions: r.factions as FactionId[],
        citations: [{ source: 's', quote: 'q' }],
        confidence: 'high' as const,
        precision: 'day' as const,
      })),
    })),
);

const recordInfo = (days: number): RecordInfo => ({
  id: 'r',
  title: 'r',
  start: START,
  end: addDays(START, days - 1),
  licence: 'x',
  utcOffset: '+03:00',
  description: '',
});
const build = (g: Gen) => new ControlModel(g.events, FACTIONS, recordInfo(g.days));

/** The obvious answer: replay every event in date order up to the day. */
function naive(g: Gen, date: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of g.events) if (!out.has(e.place)) out.set(e.place, 'unknown');
  for (const e of [...g.events].sort((a, b) => a.date.localeCompare(b.date))) {
    if (e.date <= date) out.set(e.place, `${e.status}:${e.factions.join('+')}:${e.date}`);
  }
  return out;
}
const key = (s: PlaceState) =>
  s.status === 'unknown' ? 'unknown' : `${s.status}:${s.factions.join('+')}:${s.since}`;
const keys = (m: ReadonlyMap<string, PlaceState>) => new Map([...m].map(([p, s]) => [p, key(s)]));

describe('control model properties', () => {
  it('stateAt agrees with a naive replay of the events, on every day and the days around the range', () => {
    fc.assert(
      fc.property(recordArb, (g) => {
        const m = build(g);
        for (const d of dateRange(addDays(START, -1), addDays(START, g.days)))
          expect(keys(m.stateAt(d))).toEqual(naive(g, d));
      }),
    );
  });

  it('timeline periods never overlap, follow each other without gaps, and reach the end of the record', () => {
    fc.assert(
      fc.property(recordArb, (g) => {
        const m = build(g);
        const end = addDays(START, g.days - 1);
        for (const place of m.placeIds()) {
          const periods = m.timeline(place);
          const first = g.events
            .filter((e) => e.place === place)
            .map((e) => e.date)
            .sort()[0]!;
          expect(periods[0]!.start).toBe(first);
          periods.forEach((p, i) => {
            const next = periods[i + 1];
            if (next) {
              expect(p.end).toBe(next.start);
              expect(p.start < p.end!).toBe(true);
            } else expect(p.end).toBeNull();
          });
          // Each day from the first event to the end lies in exactly one period, and that period is stateAt's.
          for (const d of dateRange(first, end)) {
            const holding = periods.filter((p) => p.start <= d && (p.end === null || d < p.end));
            expect(holding).toHaveLength(1);
            expect(holding[0]!.eventId).toBe(m.placeState(place, d).eventId);
          }
        }
      }),
    );
  });

  it('a cursor stepping day by day, forward then back, always equals stateAt', () => {
    fc.assert(
      fc.property(recordArb, fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 20 }), (g, jumps) => {
        const m = build(g);
        const c = m.cursor(addDays(START, -1));
        for (let d = toDayNumber(START); d <= toDayNumber(START) + g.days; d++) {
          c.step(1);
          expect(keys(c.state)).toEqual(keys(m.stateAt(fromDayNumber(d))));
        }
        for (const j of jumps) {
          const before = keys(c.state);
          const changed = c.step(j);
          const after = keys(c.state);
          expect(after).toEqual(keys(m.stateAt(c.date)));
          // Exactly the places whose state differs are reported.
          expect(changed.sort()).toEqual(
            [...after.keys()].filter((p) => before.get(p) !== after.get(p)).sort(),
          );
        }
      }),
    );
  });

  it('changes(from, to) are the events dated in (from, to]', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.integer({ min: -2, max: 26 }),
        fc.integer({ min: 0, max: 10 }),
        (g, a, len) => {
          const m = build(g);
          const from = addDays(START, a);
          const to = addDays(from, len);
          const expected = g.events
            .filter((e) => e.date > from && e.date <= to)
            .map((e) => e.id)
            .sort();
          expect(
            m
              .changes(from, to)
              .map((e) => e.id)
              .sort(),
          ).toEqual(expected);
        },
      ),
    );
  });
});
