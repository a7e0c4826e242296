import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type HashContext } from '../../src/ui/url';

const ctx: HashContext = {
  minDate: '2024-11-26',
  maxDate: '2024-12-12',
  placeIds: new Set(['homs', 'rastan', 'aleppo']),
  minZoom: 4,
  maxZoom: 13,
};

describe('parseHash', () => {
  it('reads the OSM-style map, the date, the place and the units', () => {
    const { view, ignored } = parseHash('#map=8.5/34.9/36.72&date=2024-12-06&place=rastan&units=mi', ctx);
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      map: { zoom: 8.5, lat: 34.9, lon: 36.72 },
      date: '2024-12-06',
      place: 'rastan',
      units: 'mi',
    });
  });

  it('reads the ruler as lon,lat pairs', () => {
    const { view } = parseHash('ruler=36.7,34.9;36.71,34.73', ctx);
    expect(view.ruler).toEqual([
      { lon: 36.7, lat: 34.9 },
      { lon: 36.71, lat: 34.73 },
    ]);
  });

  it('ignores an impossible date, keeps the rest, and says why', () => {
    const { view, ignored } = parseHash('#date=2024-02-30&place=homs', ctx);
    expect(view).toEqual({ place: 'homs' });
    expect(ignored).toEqual(['date="2024-02-30": not a date (YYYY-MM-DD)']);
  });

  it('ignores a date outside the record', () => {
    const { view, ignored } = parseHash('#date=2025-01-01', ctx);
    expect(view.date).toBeUndefined();
    expect(ignored[0]).toBe('date=2025-01-01: outside the record (2024-11-26 to 2024-12-12)');
  });

  it('ignores a bad zoom, an unknown place, bad units and unknown keys', () => {
    const { view, ignored } = parseHash('#map=40/34/36&place=atlantis&units=furlongs&foo=1', ctx);
    expect(view).toEqual({});
    expect(ignored).toEqual([
      'map="40/34/36": zoom must be between 4 and 13',
      'place="atlantis": no such place',
      'units="furlongs": expected km or mi',
      '"foo": unknown setting',
    ]);
  });

  it('rejects a map value that is not three numbers', () => {
    expect(parseHash('map=7/abc/36', ctx).ignored).toEqual([
      'map="7/abc/36": expected zoom/latitude/longitude',
    ]);
    expect(parseHash('map=7/34/36/1', ctx).view.map).toBeUndefined();
    expect(parseHash('map=7/95/36', ctx).ignored[0]).toContain('out of range');
  });

  it('survives a malformed percent escape', () => {
    expect(parseHash('#place=%E0%A4%A', ctx).ignored).toEqual(['place: not a readable value']);
  });
});

describe('formatHash', () => {
  it('writes the map with precision that follows the zoom', () => {
    // zoom 6: 2^6 = 64 → 2 decimals; zoom 8.5: 2^8.5 ≈ 362 → 3 decimals.
    expect(formatHash({ map: { zoom: 6, lat: 34.73261, lon: 38.5 } })).toBe('#map=6/34.73/38.50');
    expect(formatHash({ map: { zoom: 8.5, lat: 34.73261, lon: 36.71 } })).toBe('#map=8.5/34.733/36.710');
  });

  it('leaves out default units and an empty ruler', () => {
    expect(formatHash({ date: '2024-12-06', units: 'km', ruler: [] })).toBe('#date=2024-12-06');
    expect(formatHash({})).toBe('');
  });

  it('round-trips through parseHash', () => {
    const view = {
      map: { zoom: 9.25, lat: 34.927, lon: 36.733 },
      date: '2024-12-07',
      place: 'homs',
      units: 'mi' as const,
      ruler: [
        { lon: 36.733, lat: 34.927 },
        { lon: 36.716, lat: 34.727 },
      ],
    };
    const again = parseHash(formatHash(view), ctx);
    expect(again.ignored).toEqual([]);
    expect(again.view).toEqual(view);
  });
});
