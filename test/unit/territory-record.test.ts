// The estimated territory of the real record on every day that changes it: valid geometry, every place in
// its own bloc's area, front lines inside the country.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FrontlineRecord } from '../../src/core/record';
import { recordAt, REPO_ROOT } from '../fixtures/records/open';
import { estimateTerritory, type Territory } from '../../src/core/territory';
import { pointInPolygon, signedArea2 } from '../../src/core/territory/rings';

const parts = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

/** Pairs of edges that properly cross (not merely touch at a shared vertex): a self-intersecting geometry. */
function crossings(rings: Position[][]): number {
  const segs: Array<[number, number, number, number]> = [];
  for (const r of rings)
    for (let i = 0; i + 1 < r.length; i++) segs.push([r[i]![0]!, r[i]![1]!, r[i + 1]![0]!, r[i + 1]![1]!]);
  const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    const [ax, ay, bx, by] = segs[i]!;
    for (let j = i + 1; j < segs.length; j++) {
      const [cx, cy, dx, dy] = segs[j]!;
      if (Math.max(cx, dx) < Math.min(ax, bx) || Math.max(ax, bx) < Math.min(cx, dx)) continue;
      if (Math.max(cy, dy) < Math.min(ay, by) || Math.max(ay, by) < Math.min(cy, dy)) continue;
      const o1 = orient(ax, ay, bx, by, cx, cy);
      const o2 = orient(ax, ay, bx, by, dx, dy);
      const o3 = orient(cx, cy, dx, dy, ax, ay);
      const o4 = orient(cx, cy, dx, dy, bx, by);
      if (o1 * o2 < 0 && o3 * o4 < 0) n++;
    }
  }
  return n;
}

let r: FrontlineRecord;
let clip: Polygon;
let places: Array<{ id: string; lon: number; lat: number }>;
const results = new Map<string, Territory>();

// One estimate per change date of the real record: with the research's places that takes seconds on a loaded
// machine, beyond the default hook timeout.
beforeAll(() => {
  r = recordAt();
  clip = (
    JSON.parse(readFileSync(resolve(REPO_ROOT, 'geo/basemap/syria.geojson'), 'utf8')) as {
      features: Array<{ geometry: Polygon }>;
    }
  ).features[0]!.geometry;
  places = readFileSync(resolve(REPO_ROOT, 'geo/places.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { id: string; lon: number; lat: number });
  for (const date of r.model.changeDates()) {
    const s = r.model.stateAt(date);
    results.set(
      date,
      estimateTerritory(
        places.map((p) => ({
          id: p.id,
          lon: p.lon,
          lat: p.lat,
          bloc: s.get(p.id)!.bloc,
          faction: s.get(p.id)!.faction,
          status: s.get(p.id)!.status,
        })),
        clip,
      ),
    );
  }
}, 60_000);

describe('estimated territory of the real record', () => {
  it('is computed for every change date', () => {
    expect([...results.keys()]).toEqual(r.model.changeDates());
    expect(results.size).toBeGreaterThan(10);
  });

  it('has valid polygons: CCW exteriors, CW holes, closed rings, no crossing edges', () => {
    for (const [date, t] of results) {
      for (const f of [...t.areas.features, ...t.contested.features]) {
        for (const poly of parts(f.geometry)) {
          poly.forEach((ring, i) => {
            expect(ring[0], date).toEqual(ring[ring.length - 1]);
            expect(signedArea2(ring) > 0, `${date} ${f.properties.kind} ring ${i}`).toBe(i === 0);
          });
        }
        expect(
          crossings(parts(f.geometry).flat()),
          `${date} ${'bloc' in f.properties ? f.properties.bloc : 'contested'}`,
        ).toBe(0);
      }
    }
  });

  it('never lets two blocs claim the same ground', () => {
    for (const [date, t] of results) {
      const all = t.areas.features.flatMap((f) => parts(f.geometry).flat());
      // Areas of different blocs may share edges but never cross them.
      expect(crossings(all), date).toBe(0);
    }
  });

  it('puts every controlled place inside its own bloc’s area (where the place lies inside the outline)', () => {
    for (const [date, t] of results) {
      const s = r.model.stateAt(date);
      for (const p of places) {
        const st = s.get(p.id)!;
        if (st.status !== 'controlled' || !pointInPolygon(p.lon, p.lat, clip.coordinates)) continue;
        const own = t.areas.features.find((f) => f.properties.bloc === st.bloc)!;
        expect(
          parts(own.geometry).some((poly) => pointInPolygon(p.lon, p.lat, poly)),
          `${date} ${p.id}`,
        ).toBe(true);
      }
    }
  });

  it('has a crossing check that finds a bow-tie and passes a square', () => {
    const bowTie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(crossings([bowTie])).toBe(1);
    expect(crossings([square])).toBe(0);
  });

  it('draws the 6 December front between the opposition and the government, and no government/SDF front once Deir Ezzor has fallen', () => {
    const blocs = (d: string) => results.get(d)?.frontLines.features.map((f) => f.properties.blocs.join('/'));
    expect(blocs('2024-12-06')).toContain('government/opposition');
    // Deir Ezzor city passed to the Military Operations Command on 10 December (the record's last change there).
    expect(blocs('2024-12-10')).not.toContain('government/sdf');
  });
});
