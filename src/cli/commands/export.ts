// `frontline export`: the same exports as the app's Download menu, through the same core functions.
//   --date D [--ruler "lon,lat;lon,lat…"]   GeoJSON of that day's state (places, estimated areas, front lines)
//   --timeline                             GeoJSON of every control period (start_date, end_date exclusive)
//   --csv                                  CSV of the control events (RFC 4180, CRLF)
// With --out FILE the export goes to the file and a short JSON summary to stdout.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { isISODate } from '../../core/dates';
import { eventsToCSV } from '../../core/export/csv';
import { snapshotToGeoJSON } from '../../core/export/snapshot-geojson';
import { timelineToGeoJSON } from '../../core/export/timeline-geojson';
import type { LonLat } from '../../core/measure/geodesic';
import { buildSnapshot } from '../../core/snapshot';
import { estimateTerritory } from '../../core/territory';
import type { ControlPeriod } from '../../core/types';
import { type CliIO, parseArgs, readRepoText, UsageError } from '../io';
import { loadRepoRecord } from '../load-data';
import { loadGazetteer } from '../load-geo';

export const SYRIA_FILE = 'geo/basemap/syria.geojson';

/** Syria's outline, the clip of the estimated areas (the same file the app clips to). */
export function loadSyria(): Polygon | MultiPolygon {
  const fc = JSON.parse(readRepoText(SYRIA_FILE)) as
    FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;
  const g = fc.type === 'FeatureCollection' ? fc.features[0]?.geometry : fc.geometry;
  if (!g) throw new Error(`${SYRIA_FILE} has no outline`);
  return g;
}

/** `36.73,34.93;36.72,34.73` → points (lon, lat), as the app's ruler URL parameter writes them. */
export function parseRuler(text: string): LonLat[] {
  const pts = text.split(';').map((pair) => {
    const [lon, lat] = pair.split(',').map(Number) as [number, number];
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
      throw new UsageError(`--ruler: "${pair}" is not lon,lat`);
    return [lon, lat] as const;
  });
  if (pts.length < 2) throw new UsageError('--ruler needs at least two points: "lon,lat;lon,lat"');
  return pts;
}

function emit(io: CliIO, text: string, out: string | undefined, summary: Record<string, unknown>): void {
  if (!out) {
    io.out(text);
    return;
  }
  const file = resolve(process.cwd(), out);
  writeFileSync(file, text.endsWith('\n') ? text : text + '\n', 'utf8');
  io.out(JSON.stringify({ file, bytes: Buffer.byteLength(text, 'utf8'), ...summary }, null, 2));
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, flags, positional } = parseArgs(args, {
    values: ['date', 'out', 'ruler'],
    flags: ['timeline', 'csv'],
  });
  const modes = [values.date !== undefined, flags.has('timeline'), flags.has('csv')].filter(Boolean).length;
  if (modes !== 1 || positional.length)
    throw new UsageError(
      'usage: frontline export (--date YYYY-MM-DD [--ruler "lon,lat;lon,lat"] | --timeline | --csv) [--out FILE]',
    );
  const rec = loadRepoRecord();
  const g = loadGazetteer();
  const places = g.curated();
  const ctx = { factions: rec.factions, sources: rec.sources, record: rec.record, events: rec.events };

  if (values.date !== undefined) {
    const date = values.date;
    if (!isISODate(date)) throw new UsageError(`--date: not a date (YYYY-MM-DD): ${date}`);
    if (date < rec.record.start || date > rec.record.end)
      throw new UsageError(`--date ${date} is outside the record (${rec.record.start} to ${rec.record.end})`);
    const snapshot = buildSnapshot(date, places, rec.model, loadSyria(), estimateTerritory);
    const ruler = values.ruler !== undefined ? parseRuler(values.ruler) : undefined;
    const fc = snapshotToGeoJSON(snapshot, { ...ctx, ...(ruler ? { ruler } : {}) });
    emit(io, JSON.stringify(fc), values.out, { date, features: fc.features.length });
    return 0;
  }
  if (flags.has('timeline')) {
    const periods: ControlPeriod[] = places.flatMap((p) => rec.model.timeline(p.id));
    const fc = timelineToGeoJSON(periods, new Map(places.map((p) => [p.id, p])), ctx);
    emit(io, JSON.stringify(fc), values.out, { features: fc.features.length });
    return 0;
  }
  const csv = eventsToCSV(rec.events, {
    places: new Map(g.all().map((p) => [p.id, p])),
    factions: rec.factions,
  });
  emit(io, csv, values.out, { rows: rec.events.length });
  return 0;
}
