// The ruler in the URL hash: `ruler=lon,lat;lon,lat;…`, longitude first as in GeoJSON. Six decimals
// (about 0.1 m) are more than a click can mean and keep links short. Pure, so the map UI's URL code and
// the tests use the same parser.

export interface RulerPoint {
  lon: number;
  lat: number;
  /** The place name when the point was picked by name; absent for a clicked point. */
  label?: string;
}

/** More points than anyone measures by hand; caps what a hostile link can make us compute. */
export const MAX_RULER_POINTS = 100;

function trimNumber(n: number): string {
  // toFixed then strip zeros: 36.7 stays "36.7", not "36.700000"; -0 becomes "0".
  const s = n.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** `lon,lat;lon,lat`. Labels are not kept: a link reproduces the line, not the names typed. */
export function encodeRuler(points: readonly RulerPoint[]): string {
  return points.map((p) => `${trimNumber(p.lon)},${trimNumber(p.lat)}`).join(';');
}

export type DecodeResult = { ok: true; points: RulerPoint[] } | { ok: false; error: string };

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Parses `lon,lat;lon,lat`. Any bad pair rejects the whole value, with a message naming it. */
export function decodeRuler(text: string): DecodeResult {
  const value = text.trim();
  if (value === '') return { ok: true, points: [] };
  const pairs = value.split(';');
  if (pairs.length > MAX_RULER_POINTS) {
    return { ok: false, error: `ruler: ${pairs.length} points, at most ${MAX_RULER_POINTS}` };
  }
  const points: RulerPoint[] = [];
  for (const [i, pair] of pairs.entries()) {
    const parts = pair.split(',');
    if (parts.length !== 2 || !NUMBER.test(parts[0]!.trim()) || !NUMBER.test(parts[1]!.trim())) {
      return { ok: false, error: `ruler: point ${i + 1} "${pair}" is not lon,lat` };
    }
    const lon = Number(parts[0]);
    const lat = Number(parts[1]);
    if (lon < -180 || lon > 180) {
      return { ok: false, error: `ruler: point ${i + 1} longitude ${lon} is outside −180…180` };
    }
    if (lat < -90 || lat > 90) {
      return { ok: false, error: `ruler: point ${i + 1} latitude ${lat} is outside −90…90` };
    }
    points.push({ lon, lat });
  }
  return { ok: true, points };
}
