// `frontline export`: the same files as the app's Download menu, through the same core functions
// (core/export/files.ts) from the same snapshot value (core/record's snapshotAt).
//   --date D [--target PLACE] [--ruler "lon,lat;lon,lat…"]   GeoJSON of that day's state
//   --timeline                             GeoJSON of every control period (start_date, end_date exclusive)
//   --csv                                  CSV of the control events (RFC 4180, CRLF), in date order
// With --out FILE the export goes to the file and a short JSON summary to stdout.
import { isISODate } from '../../core/dates';
import { eventsFile, snapshotFile, timelineFile } from '../../core/export/files';
import type { LonLat } from '../../core/measure/geodesic';
import { parseRuler } from '../../core/measure/ruler';
import { nearestIds, snapshotAt } from '../../core/record';
import { type CliIO, type CommandContext, parseArgs, UsageError, writeOutputFile } from '../io';

/**
 * `36.73,34.93;36.72,34.73` → points (lon, lat), read by core's one ruler parser, the same as the app's
 * `#ruler=` link value; at least two points.
 */
export function parseRulerOption(text: string): LonLat[] {
  const r = parseRuler(text, { minPoints: 2 });
  if (!r.ok) throw new UsageError(`--ruler: ${r.error}`);
  return r.points.map((p) => [p.lon, p.lat] as const);
}

function emit(io: CliIO, text: string, out: string | undefined, summary: Record<string, unknown>): void {
  if (!out) {
    io.out(text);
    return;
  }
  const file = writeOutputFile(out, text);
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
  // A ruler or a target belongs to a day's GeoJSON: with --timeline or --csv they would be dropped unsaid.
  for (const option of ['ruler', 'target'] as const)
    if (values[option] !== undefined && values.date === undefined)
      throw new UsageError(`--${option} goes with --date only: --timeline and --csv have no ${option}`);
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
    const ruler = values.ruler !== undefined ? parseRulerOption(values.ruler) : undefined;
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
