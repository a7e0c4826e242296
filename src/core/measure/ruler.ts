// The one reader of a ruler, `lon,lat;lon,lat;…` (longitude first, as in GeoJSON): the app's `#ruler=` link
// value and the command line's `--ruler` both go through it, so a value one accepts the other accepts too.
// Strict on purpose: `,;,` is not 0,0;0,0, a third number is not ignored, and 1e3 is not a longitude.
import { echo } from '../echo';

export interface RulerPointValue {
  lon: number;
  lat: number;
}

/** More points than anyone measures by hand; caps what a hostile link can make us compute. */
export const MAX_RULER_POINTS = 100;

export type RulerParse = { ok: true; points: RulerPointValue[] } | { ok: false; error: string };

/** A plain decimal: digits, an optional fraction, an optional minus sign. No exponent, no `+`, no empty. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Parses `lon,lat;lon,lat`. Any bad pair rejects the whole value, with a message naming it (the bad text echoed
 * in at most 60 characters). An empty value is no points; `minPoints` says how many the caller needs.
 */
export function parseRuler(text: string, options: { minPoints?: number } = {}): RulerParse {
  const value = text.trim();
  const min = options.minPoints ?? 0;
  if (value === '') {
    return min > 0
      ? { ok: false, error: `needs at least ${min} points: "lon,lat;lon,lat"` }
      : { ok: true, points: [] };
  }
  // Counted before splitting: a link of a million `;` must not allocate a million strings first.
  let count = 1;
  for (let i = 0; i < value.length; i++)
    if (value.charCodeAt(i) === 59 /* ; */ && ++count > MAX_RULER_POINTS) break;
  if (count > MAX_RULER_POINTS) return { ok: false, error: `more than ${MAX_RULER_POINTS} points` };
  const points: RulerPointValue[] = [];
  for (const [i, pair] of value.split(';').entries()) {
    const parts = pair.split(',');
    if (parts.length !== 2 || !NUMBER.test(parts[0]!.trim()) || !NUMBER.test(parts[1]!.trim())) {
      return { ok: false, error: `point ${i + 1} ${echo(pair)} is not lon,lat` };
    }
    const lon = Number(parts[0]);
    const lat = Number(parts[1]);
    if (lon < -180 || lon > 180)
      return { ok: false, error: `point ${i + 1} longitude ${lon} is outside −180…180` };
    if (lat < -90 || lat > 90)
      return { ok: false, error: `point ${i + 1} latitude ${lat} is outside −90…90` };
    points.push({ lon, lat });
  }
  if (points.length < min) return { ok: false, error: `needs at least ${min} points: "lon,lat;lon,lat"` };
  return { ok: true, points };
}
