import { describe, expect, it } from 'vitest';
import { normalizeFeatureCollection, normalizeGeometry, round6 } from '../../src/core/export/normalize';
import { validateRfc7946 } from '../../src/core/export/validate';

const feature = (geometry: unknown, id?: string): Record<string, unknown> => ({
  type: 'Feature',
  id,
  properties: {},
  geometry,
});
const CCW = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
const CW = [...CCW].reverse();

describe('validateRfc7946 catches what the other checkers miss', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['clockwise exterior', feature({ type: 'Polygon', coordinates: [CW] }), /exterior ring is clockwise/],
    [
      'counter-clockwise hole',
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [2, 1],
            [2, 2],
            [1, 2],
            [1, 1],
          ],
        ],
      }),
      /hole is counter-clockwise/,
    ],
    ['latitude out of range', feature({ type: 'Point', coordinates: [36, 95] }), /latitude 95 outside/],
    ['longitude out of range', feature({ type: 'Point', coordinates: [-181, 35] }), /longitude -181 outside/],
    ['7 decimals', feature({ type: 'Point', coordinates: [36.1234567, 35] }), /more than 6 decimals/],
    [
      'tiny number in exponent form',
      feature({ type: 'Point', coordinates: [1e-7, 35] }),
      /more than 6 decimals/,
    ],
    [
      'unclosed ring',
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
      /not closed/,
    ],
    [
      'short ring',
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }),
      /at least 4 positions/,
    ],
    ['empty MultiPolygon', feature({ type: 'MultiPolygon', coordinates: [] }), /empty MultiPolygon/],
    ['one-point line', feature({ type: 'LineString', coordinates: [[0, 0]] }), /at least 2 positions/],
  ];
  it.each(cases)('%s', (_name, f, re) => {
    const problems = validateRfc7946({ type: 'FeatureCollection', features: [f] });
    expect(problems.map((p) => p.message).join('\n')).toMatch(re);
  });

  it('flags crs and duplicate ids; passes a clean collection', () => {
    const bad = {
      type: 'FeatureCollection',
      crs: {},
      features: [feature({ type: 'Polygon', coordinates: [CCW] }, 'a'), feature(null, 'a')],
    };
    expect(validateRfc7946(bad).map((p) => p.message)).toEqual([
      'RFC 7946 removed `crs`: coordinates are WGS84 lon/lat',
      'duplicate id a',
    ]);
    expect(
      validateRfc7946({
        type: 'FeatureCollection',
        features: [feature({ type: 'Polygon', coordinates: [CCW] }, 'a')],
      }),
    ).toEqual([]);
    expect(validateRfc7946({ type: 'Feature' })).toEqual([{ at: '', message: 'not a FeatureCollection' }]);
  });
});

describe('normalizeGeometry', () => {
  it('rounds to 6 decimals without -0', () => {
    expect(round6(36.1234564)).toBe(36.123456);
    expect(round6(-0.0000001)).toBe(0);
    expect(Object.is(round6(-0.0000001), 0)).toBe(true);
  });

  it('rewinds rings and closes them', () => {
    expect(normalizeGeometry({ type: 'Polygon', coordinates: [CW] })).toEqual({
      type: 'Polygon',
      coordinates: [CCW],
    });
    expect(
      normalizeGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
    ).toEqual({ type: 'Polygon', coordinates: [CCW] });
  });

  it('drops rings, parts and geometries that rounding leaves empty', () => {
    const speck = [
      [0, 0],
      [0.0000001, 0],
      [0.0000001, 0.0000001],
      [0, 0],
    ];
    expect(normalizeGeometry({ type: 'Polygon', coordinates: [speck] })).toBeNull();
    expect(normalizeGeometry({ type: 'MultiPolygon', coordinates: [[speck], [CCW]] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [[CCW]],
    });
    expect(normalizeGeometry({ type: 'Polygon', coordinates: [CCW, speck] })).toEqual({
      type: 'Polygon',
      coordinates: [CCW],
    });
    expect(
      normalizeGeometry({
        type: 'LineString',
        coordinates: [
          [1, 1],
          [1.0000001, 1],
        ],
      }),
    ).toBeNull();
    expect(normalizeGeometry({ type: 'MultiLineString', coordinates: [] })).toBeNull();
  });

  it('removes features left without geometry, and the crs member', () => {
    const out = normalizeFeatureCollection({
      type: 'FeatureCollection',
      crs: { type: 'name' },
      features: [
        feature({ type: 'Point', coordinates: [1, 2] }, 'p'),
        feature({ type: 'LineString', coordinates: [[1, 1]] }, 'l'),
      ],
    } as never);
    expect(out).toEqual({
      type: 'FeatureCollection',
      features: [feature({ type: 'Point', coordinates: [1, 2] }, 'p')],
    });
  });
});
