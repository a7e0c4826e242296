// `frontline export`: the same files as the app's Download menu, through the same core functions
// (core/export/files.ts) from the same snapshot value (core/record's snapshotAt).
//   --date D [--target PLACE] [--ruler "lon,lat;lon,lat…"]   GeoJSON of that day's state
//   --timeline                             GeoJSON of every control period (start_date, end_date exclusive)
//   --csv                                  CSV of the control events (RFC 4180, CRLF), in date order
// With --out FILE the export goes to the file and a short JSON summary to stdout.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isISODate } from '../../core/dates';
import { eventsFile, snapshotFile, timelineFile } from '../../core/export/files';
import type { LonLat } from '../../core/measure/geodesic';
import { nearestIds, snapshotAt } from '../../core/record';
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
  writeFileSync(file, text, 'utf8');
  io.out(JSON.stringify({ file, bytes: Buffer.byteLength(text, 'utf8'), ...summary }, null, 2));
}

export async function run(args: string[], io: CliIO, context: CommandContext): Promise<number> {
  const { values, flags, positional } = parseArgs(args, {
    values: ['date', 'out', 'ruler', 'target'],
    flags: ['timeline', 'csv'],
  });
  const modes = [values.date !== undefined, flags.has('timeline'), flags.has('csv')].filter(Boolean).length;
  if (modes !== 1 || positional.length)
    throw new UsageError(
      'usage: frontline export (--date YYYY-MM-DD [--target PLACE] [--ruler "lon,lat;lon,lat"] | --timeline | --csv) [--out FILE]',
    );
  const rec = await context.record();

  if (values.date !== undefined) {
    const date = values.date;
    if (!isISODate(date)) throw new UsageError(`--date: not a date (YYYY-MM-DD): ${date}`);
    if (date < rec.info.start || date > rec.info.end)
      throw new UsageError(`--date ${date} is outside the record (${rec.info.start} to ${rec.info.end})`);
    const target = values.target ?? rec.info.target;
    if (!rec.placesById.has(target)) {
      const near = nearestIds(target, rec.placesById.keys());
      throw new UsageError(
        `--target: unknown place "${target}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`,
      );
    }
    const snapshot = snapshotAt(rec, date, { target });
    const ruler = values.ruler !== undefined ? parseRuler(values.ruler) : undefined;
    const text = snapshotFile(snapshot, rec, ruler ? { ruler } : {});
    emit(io, text, values.out, {
      date,
      features: (JSON.parse(text) as { features: unknown[] }).features.length,
    });
    return 0;
  }
  if (flags.has('timeline')) {
    const text = timelineFile(rec);
    emit(io, text, values.out, { features: (JSON.parse(text) as { features: unknown[] }).features.length });
    return 0;
  }
  emit(io, eventsFile(rec), values.out, { rows: rec.events.length });
  return 0;
}
