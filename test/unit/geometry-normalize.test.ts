// The one geometry normaliser (core/geometry), and the validator that checks it with its own code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { normalizeGeometry, normalizePolygon, signedArea2 } from '../../src/core/geometry/normalize';
import { validateRfc7946 } from '../../src/core/export/validate';
import { REPO_ROOT } from '../fixtures/records/open';

const fcOf = (geometry: unknown) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry }],
});

/**
 * A simple (star-shaped) ring around (cx, cy): vertices at increasing angles less than 180° apart, so it
 * never crosses itself (winding is defined for simple rings only).
 */
const starRing = fc
  .tuple(
    fc.double({ min: 30, max: 45, noNaN: true }),
    fc.double({ min: 30, max: 40, noNaN: true }),
    fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 24 }),
    fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
  )
  .filter(([, , angles]) => {
    const a = [...angles].sort((x, y) => x - y);
    return a.every((d, i) => (i === 0 ? a[a.length - 1]! - 360 : a[i - 1]!) > d - 170);
  })
  .map(([cx, cy, angles, radii]) => {
    const ring: Position[] = [...angles]
      .sort((a, b) => a - b)
      .map((deg, i) => [
        cx + radii[i]! * Math.cos((deg * Math.PI) / 180),
        cy + radii[i]! * Math.sin((deg * Math.PI) / 180),
      ]);
    ring.push([...ring[0]!]);
    return ring;
  });

describe('normalizeGeometry', () => {
  it('winds any simple ring as RFC 7946 wants, whichever way it came, and the validator agrees', () => {
    fc.assert(
      fc.property(starRing, fc.boolean(), (ring, reversed) => {
        const input: Polygon = { type: 'Polygon', coordinates: [reversed ? [...ring].reverse() : ring] };
        const out = normalizeGeometry(input) as Polygon | null;
        if (!out) return; // rounding to 6 decimals can flatten a sliver to nothing
        expect(signedArea2(out.coordinates[0]!)).toBeGreaterThan(0);
        expect(validateRfc7946(fcOf(out))).toEqual([]);
        // …and the validator, with its own code, flags the same ring wound the other way.
        const wrong = { type: 'Polygon', coordinates: [[...out.coordinates[0]!].reverse()] };
        expect(validateRfc7946(fcOf(wrong)).map((p) => p.message)).toContain(
          'exterior ring is clockwise (RFC 7946 wants counter-clockwise)',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a line’s direction (Turf’s rewind would turn lines; they are not rewound)', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [36.7, 34.9],
        [36.8, 34.9],
        [36.8, 35.0],
      ],
    };
    expect(normalizeGeometry(line)).toEqual(line);
    const back: LineString = { type: 'LineString', coordinates: [...line.coordinates].reverse() };
    expect(normalizeGeometry(back)).toEqual(back);
  });

  it('rounds to 6 decimals with no -0, drops repeats, degenerate rings and empty parts', () => {
    const g = normalizeGeometry({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-0.00000001, 0],
            [1.0000004, 0],
            [1.0000001, 0],
            [1, 1],
            [0, 1],
            [-0.00000001, 0],
          ],
          // A hole with no area: dropped, the polygon kept.
          [
            [0.2, 0.2],
            [0.4, 0.4],
            [0.2, 0.2],
            [0.2, 0.2],
          ],
        ],
        // A part whose exterior is a line: dropped.
        [
          [
            [5, 5],
            [6, 6],
            [7, 7],
            [5, 5],
          ],
        ],
      ],
    }) as Polygon | null;
    expect(g).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      ],
    });
    expect(Object.is((g as unknown as { coordinates: number[][][][] }).coordinates[0]![0]![0]![0], 0)).toBe(
      true,
    );
    expect(
      normalizePolygon([
        [
          [0, 0],
          [1, 1],
          [0, 0],
        ],
      ]),
    ).toBeNull();
  });
});

describe('the validator is independent of the normaliser', () => {
  it('imports nothing from it', () => {
    const src = readFileSync(resolve(REPO_ROOT, 'src/core/export/validate.ts'), 'utf8');
    const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports).toEqual(['geojson']);
  });
});
