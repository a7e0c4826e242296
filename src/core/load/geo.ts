// Readers of geo/places.jsonl and geo/geonames-sy.tsv. Pure: they take the text and the file name (the CLI
// reads files, the UI imports them with `?raw`) and throw a DataError naming file, line and field.
import { echo } from '../echo';
import { z } from './zod';
import { DataError, issuesFull, PLACE_KINDS, type DataIssue, type Place } from '../types';
import { splitLines } from './json-lines';
import type { GeoNamesRow } from '../gazetteer/geonames';

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const placeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug'),
  name: z.string().min(1),
  nameAr: z.string().regex(/^[\u0600-\u06FF\s]*$/, 'must be Arabic script or empty'),
  aliases: z.array(z.strictObject({ text: z.string().min(1), source: z.string().min(1) })).min(1),
  geonamesId: z.number().int().positive().nullable(),
  lat: latitude,
  lon: longitude,
  kind: z.enum(PLACE_KINDS),
  governorate: z.string().min(1),
  population: z.number().int().nonnegative().nullable(),
  coordSource: z.string().min(1),
  curated: z.boolean(),
});

function issuePath(path: PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '[') || '(row)'
  );
}

/**
 * Curated places, one JSON object a line; `#` lines and blank lines are skipped (line numbers count them).
 * With `issues`, problems are added to it and the good rows returned; without, any problem throws a DataError.
 */
export function parsePlaces(text: string, file: string, collect?: DataIssue[]): Place[] {
  const issues: DataIssue[] = collect ?? [];
  const places: Place[] = [];
  const seen = new Map<string, number>();
  // LF, CRLF and bare CR end a line; reading stops once `issues` is full (MAX_ISSUES).
  const lines = splitLines(text);
  for (let i = 0; i < lines.length && !issuesFull(issues); i++) {
    const line = i + 1;
    const s = lines[i]!.trim();
    if (s === '' || s.startsWith('#')) continue;
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      issues.push({ file, line, field: '(json)', message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const r = placeSchema.safeParse(value);
    if (!r.success) {
      for (const iss of r.error.issues)
        issues.push({ file, line, field: issuePath(iss.path), message: iss.message });
      continue;
    }
    const p = r.data;
    const prev = seen.get(p.id);
    if (prev !== undefined) {
      issues.push({ file, line, field: 'id', message: `duplicate id ${echo(p.id)} (first on line ${prev})` });
      continue;
    }
    if (p.geonamesId === null && p.coordSource.startsWith('geonames:')) {
      issues.push({
        file,
        line,
        field: 'coordSource',
        message: 'a point without a GeoNames id must say where it comes from',
      });
      continue;
    }
    seen.set(p.id, line);
    places.push(p);
  }
  if (!collect && issues.length) throw new DataError(issues);
  return places;
}

export const GEONAMES_COLUMNS = [
  'geonameid',
  'name',
  'asciiname',
  'alternatenames',
  'latitude',
  'longitude',
  'feature_code',
  'admin1',
  'governorate',
  'population',
] as const;

function num(v: string, kind: 'int' | 'float'): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return kind === 'int' && !Number.isInteger(n) ? null : n;
}

/** The broad extract: tab-separated, a header line naming GEONAMES_COLUMNS, then one GeoNames row a line. */
export function parseGeoNamesTsv(text: string, file: string, collect?: DataIssue[]): GeoNamesRow[] {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').replace(/\r$/, '').split('\t');
  const missing = GEONAMES_COLUMNS.filter((c, i) => header[i] !== c);
  const issues: DataIssue[] = collect ?? [];
  if (missing.length) {
    issues.push({
      file,
      line: 1,
      field: '(header)',
      message: `expected columns ${GEONAMES_COLUMNS.join(', ')}`,
    });
    if (!collect) throw new DataError(issues);
    return [];
  }
  const rows: GeoNamesRow[] = [];
  for (let i = 1; i < lines.length && !issuesFull(issues); i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const line = i + 1;
    const c = raw.split('\t');
    if (c.length !== GEONAMES_COLUMNS.length) {
      issues.push({
        file,
        line,
        field: '(row)',
        message: `${c.length} columns, expected ${GEONAMES_COLUMNS.length}`,
      });
      continue;
    }
    const [id, name, ascii, alt, lat, lon, fcode, admin1, gov, pop] = c as [string, ...string[]];
    const bad = (field: string, message: string) => issues.push({ file, line, field, message });
    const geonameid = num(id, 'int');
    const la = num(lat!, 'float');
    const lo = num(lon!, 'float');
    const population = num(pop!, 'int');
    const before = issues.length;
    if (geonameid === null || geonameid <= 0)
      bad('geonameid', `${echo(String(id))} is not a positive integer`);
    if (!name) bad('name', 'empty');
    if (la === null || la < -90 || la > 90) bad('latitude', `${echo(String(lat))} is not a latitude`);
    if (lo === null || lo < -180 || lo > 180) bad('longitude', `${echo(String(lon))} is not a longitude`);
    if (!/^[A-Z]{1,5}\d?$/.test(fcode!))
      bad('feature_code', `${echo(String(fcode))} is not a GeoNames feature code`);
    if (!gov) bad('governorate', 'empty');
    if (population === null || population < 0)
      bad('population', `${echo(String(pop))} is not a non-negative integer`);
    if (issues.length > before) continue;
    rows.push({
      geonameid: geonameid!,
      name: name!,
      asciiname: ascii!,
      alternatenames: alt ? alt.split(',').filter(Boolean) : [],
      lat: la!,
      lon: lo!,
      featureCode: fcode!,
      admin1: admin1!,
      governorate: gov!,
      population: population!,
    });
  }
  if (!collect && issues.length) throw new DataError(issues);
  return rows;
}
