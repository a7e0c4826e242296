// snapshotAt(record, date): the one value the map draws and every export writes for a date.
import { describe, expect, it } from 'vitest';
import { nearestBySideScan } from '../../src/core/measure/nearest';
import { distanceToOutline } from '../../src/core/measure/outskirts';
import { sidesOf, snapshotAt } from '../../src/core/record';
import { estimateTerritory } from '../../src/core/territory';
import { ev, memoryFiles, openMemory } from '../fixtures/records/memory';
import { recordAt } from '../fixtures/records/open';

const record = recordAt();

describe('snapshotAt on the repository record', () => {
  const s = snapshotAt(record, '2024-12-06');

  it('pairs every curated place, in file order, with its state from the model', () => {
    expect(s.date).toBe('2024-12-06');
    expect(s.places.map((e) => e.place.id)).toEqual(record.places.map((p) => p.id));
    const states = record.model.stateAt('2024-12-06');
    for (const { place, state } of s.places) expect(state).toEqual(states.get(place.id));
    expect(s.places.find((e) => e.place.id === 'rastan')!.state).toMatchObject({ bloc: 'opposition' });
  });

  it('holds the estimator’s areas, front lines and contested cells for those states', () => {
    const direct = estimateTerritory(
      s.places.map(({ place, state }) => ({ id: place.id, lon: place.lon, lat: place.lat, ...state })),
      record.clip,
      { reachKm: record.info.territory!.reachKm, barriers: record.barriers },
    );
    expect(s.areas).toEqual(direct.areas);
    expect(s.frontLines).toEqual(direct.frontLines);
    expect(s.contested).toEqual(direct.contested);
    expect(s.noInformation).toEqual(direct.noInformation);
    expect(record.barriers.map((b) => b.name)).toEqual(['Euphrates']);
    expect([...new Set(s.areas.features.map((f) => f.properties.bloc))].sort()).toEqual([
      'government',
      'opposition',
      'russia',
      'sdf',
    ]);
  });

  it('measures each side’s nearest place to the record’s target, as a full scan does', () => {
    const target = record.placesById.get(record.info.target)!;
    const outline = record.outlineByPlace.get(target.id)!;
    const scan = nearestBySideScan(
      record.places,
      record.model.stateAt('2024-12-06'),
      { id: target.id, point: [target.lon, target.lat], outline },
      sidesOf(record),
    );
    expect(s.distances.target).toBe('homs');
    expect(s.distances.outline).toBe(true);
    expect(s.distances.sides.map((d) => d.side)).toEqual([
      'opposition',
      'government',
      'sdf',
      'isis',
      'russia',
      'israel',
      'contested',
    ]);
    s.distances.sides.forEach((d, i) => {
      expect(d.centre).toEqual(scan[i]!.centre);
      expect(d.outskirts?.place ?? null).toBe(scan[i]!.outskirts?.place ?? null);
      if (d.outskirts) expect(d.outskirts.metres).toBeCloseTo(scan[i]!.outskirts!.metres, 6);
    });
    // On 6 December al-Dar al-Kabirah, south of Talbiseh, is the opposition's nearest place: 7.58 km (WGS84).
    const opp = s.distances.sides[0]!;
    expect(opp.centre!.place).toBe('dar-al-kabirah');
    expect(opp.centre!.metres / 1000).toBeCloseTo(7.58, 1);
    const edge = distanceToOutline(opp.outskirts!.edge, outline);
    expect(edge.metres).toBeLessThan(1);
  });

  it('measures to another target when asked', () => {
    const t = snapshotAt(record, '2024-12-06', { target: 'damascus' });
    expect(t.distances.target).toBe('damascus');
    expect(t.areas).toBe(s.areas);
    expect(() => snapshotAt(record, '2024-12-06', { target: 'atlantis' })).toThrow(/unknown target/);
  });

  it('is a plain value: it survives structured cloning (a worker message) and JSON unchanged', () => {
    expect(structuredClone(s)).toEqual(s);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('is cached by date inside the record', () => {
    expect(snapshotAt(record, '2024-12-06')).toBe(s);
    expect(snapshotAt(record, '2024-12-07')).not.toBe(s);
    expect(record.snapshots.has('2024-12-06|homs')).toBe(true);
  });

  it('refuses what is not a date', () => {
    expect(() => snapshotAt(record, '6 December')).toThrow(/not a date/);
  });
});

describe('snapshotAt on a small record', () => {
  it('gives places without an event the unknown state, and they shape no area', () => {
    const r = openMemory(memoryFiles([ev({ id: 'a' }), ev({ id: 'b', place: 'hama', factions: ['hts'] })]));
    const s = snapshotAt(r, '2024-12-02');
    expect(s.places.map((e) => [e.place.id, e.state.status, e.state.bloc])).toEqual([
      ['homs', 'controlled', 'government'],
      ['hama', 'controlled', 'opposition'],
      ['hasakah', 'unknown', null],
    ]);
    expect(s.areas.features.map((f) => f.properties.bloc).sort()).toEqual(['government', 'opposition']);
    expect(s.areas.features.map((f) => f.properties.places)).toEqual([['homs'], ['hama']]);
    // Homs and Hama are 46 km apart: two 20 km reaches do not meet, so no front line, and the ground
    // between them is no information.
    expect(s.frontLines.features).toHaveLength(0);
    expect(s.noInformation.features.length).toBeGreaterThan(0);
    expect(s.distances.sides.map((d) => [d.side, d.centre?.place ?? null])).toEqual([
      ['opposition', 'hama'],
      ['government', null],
      ['contested', null],
    ]);
  });
});
