// The control model on small records whose answers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { ControlModel } from '../../src/core/control';
import type { ControlEvent, Faction, FactionId, RecordInfo } from '../../src/core/types';

const RECORD: RecordInfo = {
  id: 't',
  title: 't',
  start: '2024-01-01',
  end: '2024-01-10',
  licence: 'x',
  utcOffset: '+03:00',
  description: '',
};
const FACTIONS: Faction[] = [
  { id: 'government', name: 'G', bloc: 'government', color: '#c0392b', description: '' },
  { id: 'hts', name: 'H', bloc: 'opposition', color: '#0f5e6b', description: '' },
  { id: 'sdf', name: 'S', bloc: 'sdf', color: '#e6b800', description: '' },
];
function e(date: string, place: string, ...factions: FactionId[]): ControlEvent {
  return {
    id: `${date}-${place}`,
    date,
    place,
    status: factions.length > 1 ? 'contested' : 'controlled',
    factions,
    citations: [{ source: 's', quote: 'q' }],
    confidence: 'high',
    precision: 'day',
  };
}

// a: government from the 1st, contested on the 4th and 5th, HTS from the 6th.
// b: first heard of on the 3rd (SDF). c: HTS throughout, given out of order in the file.
const EVENTS = [
  e('2024-01-06', 'a', 'hts'),
  e('2024-01-01', 'a', 'government'),
  e('2024-01-04', 'a', 'hts', 'government'),
  e('2024-01-03', 'b', 'sdf'),
  e('2024-01-01', 'c', 'hts'),
];
const model = new ControlModel(EVENTS, FACTIONS, RECORD, { places: ['d'] });

describe('stateAt', () => {
  it('holds an event from its own day on (inclusive) until the next event', () => {
    expect(model.placeState('a', '2024-01-03')).toMatchObject({
      status: 'controlled',
      faction: 'government',
      bloc: 'government',
      since: '2024-01-01',
    });
    expect(model.placeState('a', '2024-01-04')).toMatchObject({
      status: 'contested',
      faction: null,
      bloc: null,
      factions: ['hts', 'government'],
      since: '2024-01-04',
    });
    expect(model.placeState('a', '2024-01-05').status).toBe('contested');
    expect(model.placeState('a', '2024-01-06')).toMatchObject({
      faction: 'hts',
      bloc: 'opposition',
      eventId: '2024-01-06-a',
    });
    expect(model.placeState('a', '2024-01-10').faction).toBe('hts');
  });

  it('says unknown before a place is first heard of, and for places with no events', () => {
    expect(model.placeState('b', '2024-01-02')).toEqual({
      place: 'b',
      status: 'unknown',
      faction: null,
      factions: [],
      bloc: null,
      since: null,
      eventId: null,
    });
    expect(model.placeState('b', '2024-01-03').faction).toBe('sdf');
    expect(model.stateAt('2024-01-05').get('d')?.status).toBe('unknown');
  });

  it('returns every place on a date', () => {
    const s = model.stateAt('2024-01-02');
    expect([...s.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.fromEntries([...s].map(([k, v]) => [k, v.faction ?? v.status]))).toEqual({
      a: 'government',
      b: 'unknown',
      c: 'hts',
      d: 'unknown',
    });
  });

  it('knows nothing before the first event of the record', () => {
    expect([...model.stateAt('2023-12-31').values()].every((v) => v.status === 'unknown')).toBe(true);
  });
});

describe('changes, changeDates, eventsFor', () => {
  it('lists the events after `from` up to and including `to`', () => {
    expect(model.changes('2024-01-01', '2024-01-04').map((x) => x.id)).toEqual([
      '2024-01-03-b',
      '2024-01-04-a',
    ]);
    expect(model.changes('2024-01-04', '2024-01-05')).toEqual([]);
    expect(
      model
        .changes('2023-12-31', '2024-01-01')
        .map((x) => x.id)
        .sort(),
    ).toEqual(['2024-01-01-a', '2024-01-01-c']);
  });

  it('lists the days with changes, and a place’s events in date order', () => {
    expect(model.changeDates()).toEqual(['2024-01-01', '2024-01-03', '2024-01-04', '2024-01-06']);
    expect(model.eventsFor('a').map((x) => x.date)).toEqual(['2024-01-01', '2024-01-04', '2024-01-06']);
    expect(model.eventsFor('zzz')).toEqual([]);
  });
});

describe('timeline', () => {
  it('gives periods with exclusive ends and an open last period', () => {
    expect(model.timeline('a').map((p) => [p.status, p.faction, p.start, p.end])).toEqual([
      ['controlled', 'government', '2024-01-01', '2024-01-04'],
      ['contested', null, '2024-01-04', '2024-01-06'],
      ['controlled', 'hts', '2024-01-06', null],
    ]);
    expect(model.timeline('d')).toEqual([]);
  });
});

describe('cursor', () => {
  it('steps forward and back a day at a time, reporting the places that changed', () => {
    const c = model.cursor('2024-01-02');
    expect(c.step(1)).toEqual(['b']);
    expect(c.date).toBe('2024-01-03');
    expect(c.step(1)).toEqual(['a']);
    expect(c.state.get('a')?.status).toBe('contested');
    expect(c.step(1)).toEqual([]);
    expect(c.step(-1)).toEqual([]);
    expect(c.step(-1)).toEqual(['a']);
    expect(c.state.get('a')?.faction).toBe('government');
    expect(c.step(-1)).toEqual(['b']);
    expect(c.state.get('b')?.status).toBe('unknown');
  });

  it('seeks across several days, and reports nothing for a place that ends where it began', () => {
    const c = model.cursor('2023-12-31');
    expect(c.seek('2024-01-10').sort()).toEqual(['a', 'b', 'c']);
    expect(c.state.get('a')?.faction).toBe('hts');
    expect(c.seek('2024-01-02').sort()).toEqual(['a', 'b']);
    expect(c.state.get('a')?.faction).toBe('government');
  });
});
