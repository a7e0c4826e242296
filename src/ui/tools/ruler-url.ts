// The ruler in the URL hash: `ruler=lon,lat;lon,lat;…`, longitude first as in GeoJSON. Six decimals
// (about 0.1 m) are more than a click can mean and keep links short. Pure, so the map UI's URL code and
// the tests use the same parser; the parser itself is core's (core/measure/ruler.ts), shared with the CLI.
import { MAX_RULER_POINTS, parseRuler } from '../../core/measure/ruler';

export interface RulerPoint {
  lon: number;
  lat: number;
  /** The place name when the point was picked by name; absent for a clicked point. */
  label?: string;
}

export { MAX_RULER_POINTS };

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

/** Parses `lon,lat;lon,lat` with core's one ruler parser (the command line's `--ruler` uses it too). */
export function decodeRuler(text: string): DecodeResult {
  const r = parseRuler(text);
  return r.ok ? r : { ok: false, error: `ruler: ${r.error}` };
}
