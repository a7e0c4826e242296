import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRuler, encodeRuler, MAX_RULER_POINTS } from '../../src/ui/tools/ruler-url.ts';

describe('ruler URL value', () => {
  it('encodes lon,lat pairs with at most six decimals and no trailing zeros', () => {
    expect(
      encodeRuler([
        { lon: 36.73241, lat: 34.92667, label: 'Rastan' },
        { lon: 36.72339, lat: 34.72682 },
      ]),
    ).toBe('36.73241,34.92667;36.72339,34.72682');
    expect(encodeRuler([{ lon: 36.123456789, lat: -0.0000001 }])).toBe('36.123457,0');
    expect(encodeRuler([{ lon: 37, lat: 35.5 }])).toBe('37,35.5');
    expect(encodeRuler([])).toBe('');
  });

  it('decodes what it encodes (labels are not kept)', () => {
    const r = decodeRuler('36.73241,34.92667;36.72339,34.72682');
    expect(r).toEqual({
      ok: true,
      points: [
        { lon: 36.73241, lat: 34.92667 },
        { lon: 36.72339, lat: 34.72682 },
      ],
    });
    expect(decodeRuler('')).toEqual({ ok: true, points: [] });
  });

  it('rejects bad values with a message naming the point', () => {
    expect(decodeRuler('36.7,34.9;abc')).toEqual({ ok: false, error: 'ruler: point 2 "abc" is not lon,lat' });
    expect(decodeRuler('36.7,34.9,1')).toMatchObject({ ok: false });
    expect(decodeRuler('1e3,4')).toMatchObject({ ok: false });
    expect(decodeRuler('181,34')).toEqual({
      ok: false,
      error: 'ruler: point 1 longitude 181 is outside −180…180',
    });
    expect(decodeRuler('36,-91')).toEqual({
      ok: false,
      error: 'ruler: point 1 latitude -91 is outside −90…90',
    });
    expect(
      decodeRuler(
        Array(MAX_RULER_POINTS + 1)
          .fill('1,2')
          .join(';'),
      ),
    ).toMatchObject({ ok: false });
  });

  it('round-trips any point within 1e-6 degrees', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lon: fc.double({ min: -180, max: 180, noNaN: true }),
            lat: fc.double({ min: -90, max: 90, noNaN: true }),
          }),
          { maxLength: 20 },
        ),
        (pts) => {
          const r = decodeRuler(encodeRuler(pts));
          if (!r.ok) return false;
          return (
            r.points.length === pts.length &&
            r.points.every(
              (p, i) => Math.abs(p.lon - pts[i]!.lon) <= 5e-7 && Math.abs(p.lat - pts[i]!.lat) <= 5e-7,
            )
          );
        },
      ),
    );
  });
});
