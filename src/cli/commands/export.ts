// `frontline export`: the same exports as the app's Download menu, through the same core functions.
//   --date D [--ruler "lon,lat;lon,lat…"]   GeoJSON of that day's state (places, estimated areas, front lines)
//   --timeline                             GeoJSON of every control period (start_date, end_date exclusive)
//   --csv                                  CSV of the control events (RFC 4180, CRLF)
// With --out FILE the export goes to the file and a short JSON summary to stdout.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isISODate } from '../../core/dates';
import { eventsToCSV } from '../../core/export/csv';
import { snapshotToGeoJSON } from '../../core/export/snapshot-geojson';
import { timelineToGeoJSON } from '../../core/export/timeline-geojson';
import type { LonLat } from '../../core/measure/geodesic';
import { snapshotAt } from '../../core/record';
import type { ControlPeriod } from '../../core/types';
import { type CliIO, type CommandContext, parseArgs, UsageError } from '../io';

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

export async function run(args: string[], io: CliIO, context: CommandContext): Promise<number> {
  const { values, flags, positional } = parseArgs(args, {
    values: ['date', 'out', 'ruler'],
    flags: ['timeline', 'csv'],
  });
  const modes = [values.date !== undefined, flags.has('timeline'), flags.has('csv')].filter(Boolean).length;
  if (modes !== 1 || positional.length)
    throw new UsageError(
      'usage: frontline export (--date YYYY-MM-DD [--ruler "lon,lat;lon,lat"] | --timeline | --csv) [--out FILE]',
    );
  const rec = await context.record();
  const places = rec.places;
  const ctx = { factions: rec.factions, sources: rec.sources, record: rec.info, events: rec.events };

  if (values.date !== undefined) {
    const date = values.date;
    if (!isISODate(date)) throw new UsageError(`--date: not a date (YYYY-MM-DD): ${date}`);
    if (date < rec.info.start || date > rec.info.end)
      throw new UsageError(`--date ${date} is outside the record (${rec.info.start} to ${rec.info.end})`);
    const snapshot = snapshotAt(rec, date);
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
    places: rec.placesById,
    factions: rec.factions,
  });
  emit(io, csv, values.out, { rows: rec.events.length });
  return 0;
}
