import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, Polygon } from 'geojson';
import { nearestBySide, nearestBySideScan, PlaceIndex, sideOf } from '../../src/core/measure/nearest';
import type { FactionId, Place, PlaceState } from '../../src/core/types';
import { PLACES } from '../fixtures/measure/places';
import { meridianArc } from '../fixtures/measure/independent';

const box = (
  JSON.parse(
    readFileSync(new URL('../fixtures/measure/homs-box.geojson', import.meta.url), 'utf8'),
  ) as Feature<Polygon>
).geometry;

const BLOC: Record<FactionId, PlaceState['bloc']> = {
  government: 'government',
  hts: 'opposition',
  sna: 'opposition',
  southern: 'opposition',
  sfa: 'opposition',
  sdf: 'sdf',
  isis: 'isis',
  russia: 'russia',
  israel: 'israel',
};

function held(place: string, faction: FactionId): PlaceState {
  return {
    place,
    status: 'controlled',
    faction,
    factions: [faction],
    bloc: BLOC[faction] ?? null,
    since: '2024-12-01',
    eventId: `e-${place}`,
  };
}

const ALL_SIDES = ['government', 'opposition', 'sdf', 'isis', 'contested'];
const HOMS = { id: 'homs', point: [36.72339, 34.72682] as const, outline: box };

describe('sideOf', () => {
  it('is the bloc when controlled, contested when contested, null when unknown', () => {
    expect(sideOf(held('a', 'hts'))).toBe('opposition');
    expect(
      sideOf({
        place: 'a',
        status: 'contested',
        faction: null,
        factions: ['hts', 'government'],
        bloc: null,
        since: '2024-12-01',
        eventId: 'x',
      }),
    ).toBe('contested');
    expect(
      sideOf({
        place: 'a',
        status: 'unknown',
        faction: null,
        factions: [],
        bloc: null,
        since: null,
        eventId: null,
      }),
    ).toBeNull();
    expect(sideOf(undefined)).toBeNull();
  });
});

describe('nearestBySide on 6 December 2024 (Rastan and Talbiseh taken, Homs held)', () => {
  const states = new Map<string, PlaceState>([
    ['aleppo', held('aleppo', 'hts')],
    ['hama', held('hama', 'hts')],
    ['rastan', held('rastan', 'hts')],
    ['talbiseh', held('talbiseh', 'hts')],
    ['homs', held('homs', 'government')],
    ['tal-kalakh', held('tal-kalakh', 'government')],
  ]);
  const index = new PlaceIndex(PLACES);

  it('finds Talbiseh nearest for the opposition, 12.654 km centre to centre', () => {
    const r = nearestBySide(index, states, HOMS, ['opposition', 'government', 'sdf']);
    expect(r[0]!.centre).toEqual({ place: 'talbiseh', metres: expect.closeTo(12654.463, 3) });
    // Talbiseh (34.84072 N) to the box's northern edge (34.76 N), along its meridian.
    expect(r[0]!.outskirts!.place).toBe('talbiseh');
    expect(r[0]!.outskirts!.metres).toBeCloseTo(meridianArc(34.76, 34.84072), 2); // 8 954.83 m
    // Homs itself is the target and left out: the nearest other government place is Tal Kalakh.
    expect(r[1]!.centre!.place).toBe('tal-kalakh');
    expect(r[2]!.centre).toBeNull();
    expect(r[2]!.outskirts).toBeNull();
  });

  it('gives the same answer as scanning every place', () => {
    expect(nearestBySide(index, states, HOMS, ALL_SIDES)).toEqual(
      nearestBySideScan(PLACES, states, HOMS, ALL_SIDES),
    );
  });
});

describe('PlaceIndex equals a brute-force scan on random places (WGS84 ranking, not the sphere)', () => {
  const SIDES: FactionId[] = ['government', 'hts', 'sdf', 'isis'];
  it('for random places, sides and targets, with and without an outline', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lon: fc.double({ min: 35.5, max: 42.5, noNaN: true }),
            lat: fc.double({ min: 32.3, max: 37.3, noNaN: true }),
            side: fc.integer({ min: 0, max: 4 }),
          }),
          { minLength: 0, maxLength: 300 },
        ),
        fc.double({ min: 35.5, max: 42.5, noNaN: true }),
        fc.double({ min: 32.3, max: 37.3, noNaN: true }),
        fc.boolean(),
        (pts, tlon, tlat, withOutline) => {
          const places: Place[] = pts.map((p, i) => ({ ...PLACES[0]!, id: `p${i}`, lon: p.lon, lat: p.lat }));
          const states = new Map<string, PlaceState>();
          pts.forEach((p, i) => {
            if (p.side < SIDES.length) states.set(`p${i}`, held(`p${i}`, SIDES[p.side]!));
          });
          const dx = tlon - 36.72;
          const dy = tlat - 34.72;
          const outline: Polygon = {
            type: 'Polygon',
            coordinates: box.coordinates.map((ring) => ring.map(([x, y]) => [x! + dx, y! + dy])),
          };
          const target = { id: 'p0', point: [tlon, tlat] as const, outline: withOutline ? outline : null };
          const got = nearestBySide(new PlaceIndex(places), states, target, ALL_SIDES);
          const want = nearestBySideScan(places, states, target, ALL_SIDES);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });
});
