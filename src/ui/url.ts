// The view in the URL hash, in the convention of OpenStreetMap and OpenHistoricalMap:
// `#map=zoom/lat/lon&date=YYYY-MM-DD&place=id&units=mi&ruler=lon,lat;lon,lat`. Pure functions, so a shared link
// is parsed the same way in tests as in the app. A bad value is dropped with a reason; the rest still applies.
import { isISODate } from '../core/dates';
import type { ISODate } from '../core/types';
import { echo, echoName } from '../core/echo';
import { decodeRuler, encodeRuler, type RulerPoint } from './tools/ruler-url';

export interface HashView {
  map?: { zoom: number; lat: number; lon: number };
  date?: ISODate;
  place?: string;
  units?: 'km' | 'mi';
  ruler?: RulerPoint[];
  /** A second date to compare the shown one with. */
  compare?: ISODate;
  /** `#embed`: the map for an iframe (map, compact timeline, legend, credits; no side panel). */
  embed?: boolean;
}

export interface HashContext {
  minDate: ISODate;
  maxDate: ISODate;
  placeIds: ReadonlySet<string>;
  minZoom?: number;
  maxZoom?: number;
}

export interface ParsedHash {
  view: HashView;
  /** One line per value that was ignored, saying what and why. */
  ignored: string[];
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function num(s: string | undefined): number | null {
  return s !== undefined && NUMBER.test(s) ? Number(s) : null;
}

/** A printable, bounded echo of an untrusted value for the notice (core's echo: at most 60 characters). */
const quote = echo;

/** The notice lists this many ignored values, then how many more: a link may hold thousands of keys. */
export const MAX_IGNORED = 5;

export function parseHash(hash: string, ctx: HashContext): ParsedHash {
  const view: HashView = {};
  const ignored: string[] = [];
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { view, ignored };
  const minZoom = ctx.minZoom ?? 0;
  const maxZoom = ctx.maxZoom ?? 22;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1));
    } catch {
      ignored.push(`${echoName(key)}: not a readable value`);
      continue;
    }
    switch (key) {
      case 'map': {
        const [z, lat, lon, extra] = value.split('/');
        const zoom = num(z);
        const la = num(lat);
        const lo = num(lon);
        if (extra !== undefined || zoom === null || la === null || lo === null) {
          ignored.push(`map=${quote(value)}: expected zoom/latitude/longitude`);
        } else if (zoom < minZoom || zoom > maxZoom) {
          ignored.push(`map=${quote(value)}: zoom must be between ${minZoom} and ${maxZoom}`);
        } else if (la < -85 || la > 85 || lo < -180 || lo > 180) {
          ignored.push(`map=${quote(value)}: latitude or longitude out of range`);
        } else {
          view.map = { zoom, lat: la, lon: lo };
        }
        break;
      }
      case 'date':
        if (!isISODate(value)) ignored.push(`date=${quote(value)}: not a date (YYYY-MM-DD)`);
        else if (value < ctx.minDate || value > ctx.maxDate) {
          ignored.push(`date=${value}: outside the record (${ctx.minDate} to ${ctx.maxDate})`);
        } else view.date = value;
        break;
      case 'embed':
        if (value === '' || value === '1') view.embed = true;
        else ignored.push(`embed=${quote(value)}: "embed" takes no value`);
        break;
      case 'compare':
        if (!isISODate(value)) ignored.push(`compare=${quote(value)}: not a date (YYYY-MM-DD)`);
        else if (value < ctx.minDate || value > ctx.maxDate) {
          ignored.push(`compare=${value}: outside the record (${ctx.minDate} to ${ctx.maxDate})`);
        } else view.compare = value;
        break;
      case 'place':
        if (!ctx.placeIds.has(value)) ignored.push(`place=${quote(value)}: no such place`);
        else view.place = value;
        break;
      case 'units':
        if (value === 'km' || value === 'mi') view.units = value;
        else ignored.push(`units=${quote(value)}: expected km or mi`);
        break;
      case 'ruler': {
        const r = decodeRuler(value);
        if (r.ok) view.ruler = r.points;
        else ignored.push(r.error);
        break;
      }
      default:
        ignored.push(`${quote(key)}: unknown setting`);
    }
  }
  if (ignored.length > MAX_IGNORED) {
    const more = ignored.length - MAX_IGNORED;
    ignored.splice(MAX_IGNORED, more, `and ${more} more`);
  }
  return { view, ignored };
}

/** Zoom to 2 decimals; the centre to the precision that zoom can show (as openstreetmap.org does). */
function formatMap(m: { zoom: number; lat: number; lon: number }): string {
  const zoom = Math.round(m.zoom * 100) / 100;
  const digits = Math.max(0, Math.ceil(Math.log10(2 ** zoom)));
  return `${zoom}/${m.lat.toFixed(digits)}/${m.lon.toFixed(digits)}`;
}

/** The hash for a view; units are written only when not the default (km). */
export function formatHash(view: HashView): string {
  const parts: string[] = [];
  if (view.embed) parts.push('embed');
  if (view.map) parts.push(`map=${formatMap(view.map)}`);
  if (view.date) parts.push(`date=${view.date}`);
  if (view.place) parts.push(`place=${encodeURIComponent(view.place)}`);
  if (view.units === 'mi') parts.push('units=mi');
  if (view.ruler && view.ruler.length > 0) parts.push(`ruler=${encodeRuler(view.ruler)}`);
  if (view.compare) parts.push(`compare=${view.compare}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
