import { describe, expect, it } from 'vitest';
import { advanceSpeeds, captureDates, distanceSeries } from '../../src/core/measure/advance';
import { distanceMetres } from '../../src/core/measure/geodesic';
import { PlaceIndex } from '../../src/core/measure/nearest';
import { dateRange } from '../../src/core/dates';
import type { ISODate, PlaceState } from '../../src/core/types';
import { BY_ID, PLACES } from '../fixtures/measure/places';

// A small hand-made record: who took what, when (the days the seed articles give, Homs on the 8th).
const TAKEN: Record<string, ISODate> = {
  aleppo: '2024-11-30',
  hama: '2024-12-05',
  rastan: '2024-12-06',
  talbiseh: '2024-12-06',
  homs: '2024-12-08',
};
const DATES = dateRange('2024-11-27', '2024-12-08');
// The axis of the real record (data/record.json `advanceAxis`).
const ADVANCE_AXIS = ['aleppo', 'hama', 'rastan', 'talbiseh', 'homs'];

function statesOn(date: ISODate): Map<string, PlaceState> {
  const m = new Map<string, PlaceState>();
  for (const p of PLACES) {
    const t = TAKEN[p.id];
    const opp = t !== undefined && t <= date;
    m.set(p.id, {
      place: p.id,
      status: 'controlled',
      faction: opp ? 'hts' : 'government',
      factions: [opp ? 'hts' : 'government'],
      bloc: opp ? 'opposition' : 'government',
      since: opp ? t! : '2016-12-22',
      eventId: `${p.id}-${opp ? t : 'before'}`,
    });
  }
  return m;
}

const km = (a: string, b: string): number =>
  distanceMetres([BY_ID.get(a)!.lon, BY_ID.get(a)!.lat], [BY_ID.get(b)!.lon, BY_ID.get(b)!.lat]) / 1000;

describe('captureDates', () => {
  it('is the first day each place is held by the opposition, null if never', () => {
    const c = captureDates([...ADVANCE_AXIS, 'tal-kalakh'], DATES, statesOn, 'opposition');
    expect(Object.fromEntries(c)).toEqual({ ...TAKEN, 'tal-kalakh': null });
  });

  it('takes the state’s since-date when the place was already held on the first day', () => {
    const c = captureDates(['aleppo'], dateRange('2024-12-01', '2024-12-03'), statesOn, 'opposition');
    expect(c.get('aleppo')).toBe('2024-11-30');
  });
});

describe('advanceSpeeds along Aleppo → Hama → Rastan → Talbiseh → Homs', () => {
  const legs = advanceSpeeds(ADVANCE_AXIS, BY_ID, captureDates(ADVANCE_AXIS, DATES, statesOn, 'opposition'));

  it('gives km and km a day for each leg', () => {
    expect(legs.map((l) => `${l.from}>${l.to}`)).toEqual([
      'aleppo>hama',
      'hama>rastan',
      'rastan>talbiseh',
      'talbiseh>homs',
    ]);
    expect(legs[0]!.days).toBe(5);
    expect(legs[0]!.kmPerDay).toBeCloseTo(km('aleppo', 'hama') / 5, 9);
    expect(legs[0]!.km).toBeGreaterThan(120); // Aleppo–Hama is about 122 km as the crow flies
    expect(legs[0]!.km).toBeLessThan(125);
    expect(legs[1]!.days).toBe(1);
    expect(legs[3]).toMatchObject({ days: 2, kmPerDay: expect.closeTo(12.654463 / 2, 6) });
  });

  it('leaves the speed undefined when both captures fell on the same day', () => {
    expect(legs[2]).toMatchObject({ from: 'rastan', to: 'talbiseh', days: 0, kmPerDay: null });
    expect(legs[2]!.km).toBeCloseTo(km('rastan', 'talbiseh'), 9);
  });

  it('throws on a place it does not know', () => {
    expect(() => advanceSpeeds(['aleppo', 'nowhere'], BY_ID, new Map())).toThrow(/nowhere/);
  });
});

describe('distanceSeries', () => {
  it('follows the nearest opposition-held place to Homs day by day', () => {
    const s = distanceSeries(
      DATES,
      statesOn,
      new PlaceIndex(PLACES),
      {
        id: 'homs',
        point: [36.72339, 34.72682],
      },
      'opposition',
    );
    const byDate = Object.fromEntries(s.map((p) => [p.date, p]));
    expect(byDate['2024-11-29']).toEqual({ date: '2024-11-29', place: null, km: null });
    expect(byDate['2024-11-30']).toMatchObject({
      place: 'aleppo',
      km: expect.closeTo(km('aleppo', 'homs'), 9),
    });
    expect(byDate['2024-12-05']).toMatchObject({ place: 'hama' });
    expect(byDate['2024-12-06']).toMatchObject({ place: 'talbiseh', km: expect.closeTo(12.654463, 6) });
    // Homs itself is the target: on the 8th the nearest other place is still Talbiseh.
    expect(byDate['2024-12-08']).toMatchObject({ place: 'talbiseh' });
    expect(s).toHaveLength(12);
    expect(s.every((p) => p.outskirtsKm === undefined)).toBe(true);
  });
});
