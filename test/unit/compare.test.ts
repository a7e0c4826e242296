// Two dates compared (core/compare), on the real record and on small made-up snapshots, and its GeoJSON
// through `frontline compare` (the same exporter as the app's download), checked by the independent checkers.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanIntersects, area as turfArea, intersect, featureCollection } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaChanges, compareSnapshots, placeChanges } from '../../src/core/compare';
import { snapshotAt } from '../../src/core/record';
import { validateRfc7946 } from '../../src/core/export/validate';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import type { Place, PlaceState, Snapshot } from '../../src/core/types';
import { recordAt } from '../fixtures/records/open';
import { checkGeojsonIssues, featureCount, ogrSummary, writeTemp } from '../fixtures/export/checkers';

const rec = recordAt();

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdin: async () => '' };
}

describe('compare 29 November with 8 December (the real record)', () => {
  const a = snapshotAt(rec, '2024-11-29');
  const b = snapshotAt(rec, '2024-12-08');
  const c = compareSnapshots(a, b, rec.model);

  it('lists Aleppo, Hama, Homs and Damascus among the places that changed hands, government to opposition', () => {
    const ids = c.places.map((p) => p.place);
    expect(ids).toEqual(expect.arrayContaining(['aleppo', 'hama', 'homs', 'damascus']));
    for (const id of ['hama', 'homs', 'damascus']) {
      const p = c.places.find((x) => x.place === id)!;
      expect([p.from.bloc, p.to.bloc]).toEqual(['government', 'opposition']);
    }
  });

  it('lists exactly the places whose side differs, each with its events between the dates', () => {
    const before = rec.model.stateAt('2024-11-29');
    const after = rec.model.stateAt('2024-12-08');
    const key = (s: PlaceState | undefined) =>
      `${s?.status ?? 'unknown'}|${s?.faction}|${[...(s?.factions ?? [])].sort()}`;
    const expected = rec.places
      .filter((p) => key(before.get(p.id)) !== key(after.get(p.id)))
      .map((p) => p.id);
    expect(c.places.map((p) => p.place)).toEqual(expected);
    for (const p of c.places) {
      expect(p.events.length).toBeGreaterThan(0);
      for (const e of p.events) {
        expect(e.place).toBe(p.place);
        expect(e.date > '2024-11-29' && e.date <= '2024-12-08').toBe(true);
      }
      // The last event between the dates is the one that set the place's state on the later date.
      expect(p.events.at(-1)!.id).toBe(after.get(p.place)!.eventId);
    }
    // Idlib stayed with the opposition throughout: not a change.
    expect(c.places.some((p) => p.place === 'idlib')).toBe(false);
  });

  it("gives the opposition's ground gained outside its area of the first date and inside that of the second", () => {
    const gained = c.areas.find((x) => x.side === 'opposition' && x.change === 'gained')!;
    expect(gained.km2).toBeGreaterThan(10_000);
    const lost = c.areas.find((x) => x.side === 'government' && x.change === 'lost')!;
    expect(lost.km2).toBeGreaterThan(10_000);
    const oppBefore = a.areas.features.filter((f) => f.properties.bloc === 'opposition');
    const oppAfter = b.areas.features.filter((f) => f.properties.bloc === 'opposition');
    const g: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: gained.geometry };
    const overlapKm2 = (fs: typeof oppBefore) =>
      fs.reduce((s, f) => {
        const i = intersect(featureCollection([g, f]));
        return s + (i ? turfArea(i) / 1e6 : 0);
      }, 0);
    expect(overlapKm2(oppBefore)).toBeLessThan(1);
    expect(overlapKm2(oppAfter)).toBeCloseTo(gained.km2, -1);
  });

  it('is empty for a date compared with itself', () => {
    expect(compareSnapshots(b, b, rec.model)).toEqual({ from: b.date, to: b.date, places: [], areas: [] });
  });

  it('refuses the later date first', () => {
    expect(() => compareSnapshots(b, a, rec.model)).toThrow(/after/);
  });
});

// Small snapshots: two places, and areas of any kind (the estimator may add kinds; compare reads them all).
const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});
const place = (id: string, lon: number): Place => ({
  id,
  name: id,
  nameAr: '',
  aliases: [],
  geonamesId: null,
  lat: 35,
  lon,
  kind: 'town',
  governorate: '',
  population: null,
  coordSource: 'test',
  curated: true,
});
const st = (id: string, faction: string | null, bloc: string | null): PlaceState => ({
  place: id,
  status: faction ? 'controlled' : 'unknown',
  faction,
  factions: faction ? [faction] : [],
  bloc,
  since: null,
  eventId: null,
});
function snap(
  date: string,
  areas: Array<[Polygon, Record<string, unknown>]>,
  states: PlaceState[],
): Snapshot {
  return {
    date,
    places: states.map((s, i) => ({ place: place(s.place, 36 + i), state: s })),
    areas: {
      type: 'FeatureCollection',
      features: areas.map(([geometry, properties]) => ({ type: 'Feature', geometry, properties })),
    } as unknown as Snapshot['areas'],
    frontLines: { type: 'FeatureCollection', features: [] },
  };
}

describe('compare (made-up snapshots)', () => {
  const a = snap(
    '2024-01-01',
    [
      [square(0, 0, 1, 1), { kind: 'area', bloc: 'red' }],
      [square(1, 0, 2, 1), { kind: 'area', bloc: 'blue' }],
      [square(2, 0, 3, 1), { kind: 'no-information' }],
    ],
    [st('x', 'r', 'red'), st('y', 'b', 'blue')],
  );
  const b = snap(
    '2024-01-05',
    [
      [square(0, 0, 1.5, 1), { kind: 'area', bloc: 'red' }],
      [square(1.5, 0, 3, 1), { kind: 'area', bloc: 'blue' }],
    ],
    [st('x', 'r', 'red'), st('y', 'r', 'red')],
  );

  it('gives each side, a bloc or another kind of area, its ground gained and lost', () => {
    const got = areaChanges(a, b).map((x) => [x.side, x.change, Math.round(x.km2 / 1000)]);
    const halfCell = Math.round(turfArea(square(1, 0, 1.5, 1)) / 1e9);
    const cell = Math.round(turfArea(square(2, 0, 3, 1)) / 1e9);
    expect(got).toEqual(
      expect.arrayContaining([
        ['red', 'gained', halfCell],
        ['blue', 'lost', halfCell],
        ['blue', 'gained', cell],
        ['no-information', 'lost', cell],
      ]),
    );
    expect(got).toHaveLength(4);
    const redGain = areaChanges(a, b).find((x) => x.side === 'red')!;
    expect(booleanIntersects(redGain.geometry, square(1.1, 0.1, 1.4, 0.9))).toBe(true);
    expect(booleanIntersects(redGain.geometry, square(0.1, 0.1, 0.9, 0.9))).toBe(false);
  });

  it('names the place that changed side, with its old and new faction and bloc', () => {
    const got = placeChanges(a, b, { changes: () => [] });
    expect(got.map((p) => [p.place, p.from.faction, p.from.bloc, p.to.faction, p.to.bloc])).toEqual([
      ['y', 'b', 'blue', 'r', 'red'],
    ]);
  });
});

describe('frontline compare', () => {
  it('writes GeoJSON that the checkers accept: the changed places and the areas gained and lost', async () => {
    const io = capture();
    expect(await main(['compare', '--from', '2024-11-29', '--to', '2024-12-08'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    const text = io.stdout.join('');
    const fc = JSON.parse(text) as FeatureCollection & { from: string; to: string };
    expect([fc.from, fc.to]).toEqual(['2024-11-29', '2024-12-08']);
    expect(validateRfc7946(fc)).toEqual([]);
    expect(checkGeojsonIssues(text)).toEqual([]);
    const homs = fc.features.find((f) => f.id === 'change:homs')!;
    expect(homs.properties).toMatchObject({
      from_bloc: 'government',
      to_bloc: 'opposition',
      estimated: false,
    });
    expect(String(homs.properties!.sources).length).toBeGreaterThan(0);
    const kinds = new Set(fc.features.map((f) => f.properties!.feature_type));
    expect([...kinds].sort()).toEqual(['area-gained', 'area-lost', 'place-change']);
    const file = writeTemp(text, 'compare.geojson');
    const summary = ogrSummary(file);
    expect(summary.stderr).not.toMatch(/ERROR/);
    expect(featureCount(summary.stdout)).toBe(fc.features.length);
  });

  it('writes --out and says so; a table with --format json; clear errors for bad dates', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'frontline-compare-')), 'c.geojson');
    let io = capture();
    expect(await main(['compare', '--from', '2024-11-29', '--to', '2024-12-08', '--out', out], io)).toBe(0);
    expect(JSON.parse(io.stdout.join(''))).toMatchObject({ file: out, from: '2024-11-29', to: '2024-12-08' });
    expect(JSON.parse(readFileSync(out, 'utf8')).type).toBe('FeatureCollection');
    io = capture();
    expect(
      await main(['compare', '--from', '2024-12-05', '--to', '2024-12-06', '--format', 'json'], io),
    ).toBe(0);
    const table = JSON.parse(io.stdout.join('')) as { places: Array<{ place: string }> };
    expect(table.places.map((p) => p.place)).toContain('rastan');
    io = capture();
    expect(await main(['compare', '--from', '2024-12-08', '--to', '2024-11-29'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/--from 2024-12-08 is after --to 2024-11-29/);
    io = capture();
    expect(await main(['compare', '--from', '2023-01-01', '--to', '2024-11-29'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/outside the record/);
  });
});
