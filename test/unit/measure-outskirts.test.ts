import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, Polygon } from 'geojson';
import { distanceMetres, type LonLat } from '../../src/core/measure/geodesic';
import { meridianArc } from '../fixtures/measure/independent';
import { distanceToOutline, outlineRadius, pointInOutline } from '../../src/core/measure/outskirts';

const box = (
  JSON.parse(
    readFileSync(new URL('../fixtures/measure/homs-box.geojson', import.meta.url), 'utf8'),
  ) as Feature<Polygon>
).geometry;

const RASTAN: LonLat = [36.73241, 34.92667];

describe('distanceToOutline', () => {
  it('is 0 inside the outline', () => {
    const r = distanceToOutline([36.67, 34.75], box);
    expect(r).toEqual({ metres: 0, inside: true, nearest: [36.67, 34.75] });
  });

  it('measures from a hole to the hole’s edge (a hole is outside)', () => {
    // 36.71, 34.71 is the centre of the hole, 0.01° from each edge: 0.01° of longitude at 34.71° N (915 m)
    // is shorter than 0.01° of latitude (1109 m), so the east and west edges are the nearest.
    const r = distanceToOutline([36.71, 34.71], box);
    expect(r.inside).toBe(false);
    expect(r.metres).toBeCloseTo(distanceMetres([36.71, 34.71], [36.72, 34.71]), 1);
    expect(r.metres).toBeGreaterThan(910);
    expect(r.metres).toBeLessThan(920);
  });

  it('from Rastan, due north of the box, is the meridian arc down to its northern edge', () => {
    const r = distanceToOutline(RASTAN, box);
    expect(r.inside).toBe(false);
    expect(r.nearest[0]).toBeCloseTo(36.73241, 6);
    expect(r.nearest[1]).toBeCloseTo(34.76, 9);
    const arc = meridianArc(34.76, 34.92667); // 18 489.99 m: 0.16667° at ~110.94 km a degree
    expect(Math.abs(r.metres - arc)).toBeLessThan(0.01);
    expect(r.metres).toBeCloseTo(18489.99, 2);
  });

  it('finds a corner when the point lies off it', () => {
    const r = distanceToOutline([36.8, 34.79], box);
    expect(r.nearest[0]).toBeCloseTo(36.78, 6);
    expect(r.nearest[1]).toBeCloseTo(34.76, 6);
    expect(r.metres).toBeCloseTo(distanceMetres([36.8, 34.79], [36.78, 34.76]), 3);
  });

  it('is never more than a millimetre above a dense brute-force sampling of the edges', () => {
    const ring = box.coordinates[0]!;
    fc.assert(
      fc.property(
        fc.double({ min: 35.5, max: 38, noNaN: true }),
        fc.double({ min: 34, max: 35.5, noNaN: true }),
        (lon, lat) => {
          const p: LonLat = [lon, lat];
          const r = distanceToOutline(p, box);
          if (r.inside) return pointInOutline(p, box);
          let brute = Infinity;
          for (const rg of [ring, box.coordinates[1]!])
            for (let i = 1; i < rg.length; i++)
              for (let k = 0; k <= 2000; k++) {
                const t = k / 2000;
                const q: LonLat = [
                  rg[i - 1]![0]! + (rg[i]![0]! - rg[i - 1]![0]!) * t,
                  rg[i - 1]![1]! + (rg[i]![1]! - rg[i - 1]![1]!) * t,
                ];
                brute = Math.min(brute, distanceMetres(p, q));
              }
          // Sampling every 1/2000 of an edge (≤ 7 m apart) can only overshoot the true minimum.
          return r.metres <= brute + 0.001 && r.metres >= brute - 10;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('outlineRadius', () => {
  it('is the distance to the farthest vertex', () => {
    const c: LonLat = [36.72, 34.72];
    expect(outlineRadius(c, box)).toBeCloseTo(distanceMetres(c, [36.66, 34.68]), 6);
  });
});
