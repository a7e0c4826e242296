// `frontline export`: the same files as the app's Download menu, through the same core function
// (core/export/files.ts's exportData) from the same snapshot value (core/record's snapshotAt).
import { isISODate } from '../../core/dates';
import {
  exportData,
  ExportRequestError,
  EXPORT_FORMATS,
  EXTENSION,
  FORMATS_OF,
  formatOfFileName,
  LAYER_KINDS,
  type ExportedFile,
  type ExportFormat,
  type ExportKind,
  type ExportSubject,
  type LayerKind,
} from '../../core/export/files';
import type { LonLat } from '../../core/measure/geodesic';
import { parseRuler } from '../../core/measure/ruler';
import { nearestIds, snapshotAt } from '../../core/record';
import {
  checkWritable,
  type CliIO,
  type CommandContext,
  type OutputFile,
  parseArgs,
  UsageError,
  writeOutputs,
} from '../io';

export const help = `Exports the record as GIS files: the same files as the app's Download menu.

  --date YYYY-MM-DD     the state of every place on that day, with the estimated areas and front lines
    --target PLACE      the place distances are measured to (default: the record's target)
    --ruler "lon,lat;lon,lat…"   a measured path, one line feature per leg
    --layer places|areas|lines   one geometry kind only (a Shapefile or FlatGeobuf holds one)
  --timeline            every control period of every place: start_date, end_date (exclusive),
                        start_time, end_time (ISO date-time in the record's zone) and start_ms, end_ms
  --csv                 the control events, one row each, with outlets, URLs and quotes
    --bom               begin the CSV with a UTF-8 byte order mark (for spreadsheets)

  --out FILE            write to FILE; its extension picks the format: .geojson or .json, .fgb
                        (FlatGeobuf), .kml, .csv. With --csv, FILE.csvt (the column types GDAL reads)
                        is written beside it. "-" (or no --out) is standard output.
  --format F            ${EXPORT_FORMATS.filter((f) => f !== 'csvt').join(', ')}: when --out has another extension or is "-";
                        refused when it contradicts --out's extension
  --force               overwrite an existing file (it is kept otherwise)

With --out FILE a JSON summary (file, bytes, format, features) goes to standard output.`;

/**
 * `36.73,34.93;36.72,34.73` → points (lon, lat), read by core's one ruler parser, the same as the app's
 * `#ruler=` link value; at least two points.
 */
export function parseRulerOption(text: string): LonLat[] {
  const r = parseRuler(text, { minPoints: 2 });
  if (!r.ok) throw new UsageError(`--ruler: ${r.error}`);
  return r.points.map((p) => [p.lon, p.lat] as const);
}

const USAGE =
  'usage: frontline export (--date YYYY-MM-DD [--target PLACE] [--ruler "lon,lat;lon,lat"] [--layer places|areas|lines] | --timeline | --csv [--bom]) [--out FILE|-] [--format F] [--force]';

/** The format from `--format` and `--out`'s extension: they must agree; the kind's default when neither says. */
export function chooseFormat(
  kind: ExportKind,
  out: string | undefined,
  format: string | undefined,
): ExportFormat {
  if (format !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format: no format "${format}"; choose ${FORMATS_OF[kind].join(', ')}`);
  const byName = out && out !== '-' ? formatOfFileName(out) : null;
  if (format !== undefined && byName && byName !== format)
    throw new UsageError(
      `--format ${format} contradicts --out ${out} (a ${EXTENSION[byName]} file is ${byName}): ` +
        `drop one, or name the file ${EXTENSION[format as ExportFormat]}`,
    );
  const chosen = (format as ExportFormat | undefined) ?? byName;
  if (!chosen && out && out !== '-')
    throw new UsageError(
      `--out ${out}: cannot tell the format from its extension; name it ` +
        `${FORMATS_OF[kind].map((f) => EXTENSION[f]).join(', ')} or add --format`,
    );
  const f = chosen ?? FORMATS_OF[kind][0]!;
  if (!FORMATS_OF[kind].includes(f) || f === 'csvt')
    throw new UsageError(
      `the ${kind === 'events' ? 'CSV of events' : kind} comes as ` +
        `${FORMATS_OF[kind].filter((x) => x !== 'csvt').join(', ')}, not ${f}`,
    );
  return f;
}

function featureCount(file: ExportedFile): Record<string, number> {
  if (file.format === 'geojson')
    return { features: (JSON.parse(file.data as string) as { features: unknown[] }).features.length };
  if (file.format === 'kml') return { features: (file.data as string).split('<Placemark').length - 1 };
  return {};
}

export async function run(args: string[], io: CliIO, context: CommandContext): Promise<number> {
  const { values, flags, positional } = parseArgs(args, {
    values: ['date', 'out', 'ruler', 'target', 'layer', 'format'],
    flags: ['timeline', 'csv', 'bom', 'force'],
  });
  const modes = [values.date !== undefined, flags.has('timeline'), flags.has('csv')].filter(Boolean).length;
  if (modes !== 1 || positional.length) throw new UsageError(USAGE);
  const kind: ExportKind =
    values.date !== undefined ? 'snapshot' : flags.has('timeline') ? 'timeline' : 'events';
  if (flags.has('bom') && kind !== 'events') throw new UsageError('--bom is for the CSV (--csv) only');
  // A ruler, a target or a layer belongs to a day's export: with --timeline or --csv they would be dropped unsaid.
  for (const option of ['ruler', 'target', 'layer'] as const)
    if (values[option] !== undefined && kind !== 'snapshot')
      throw new UsageError(`--${option} goes with --date only: --timeline and --csv have no ${option}`);
  const layer = values.layer as LayerKind | undefined;
  if (layer !== undefined && !LAYER_KINDS.includes(layer))
    throw new UsageError(`--layer: no layer "${layer}"; choose ${LAYER_KINDS.join(', ')}`);
  // A path that cannot be written is said first: that is true whatever the format.
  if (values.out !== undefined && values.out !== '-') checkWritable(values.out);
  const format = chooseFormat(kind, values.out, values.format);
  const rec = await context.record();

  let subject: ExportSubject;
  const summary: Record<string, unknown> = {};
  if (kind === 'snapshot') {
    const date = values.date!;
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
    const ruler = values.ruler !== undefined ? parseRulerOption(values.ruler) : undefined;
    subject = { kind, snapshot: snapshotAt(rec, date, { target }), ...(ruler ? { ruler } : {}) };
    summary.date = date;
    if (layer) summary.layer = layer;
  } else subject = { kind };

  let file: ExportedFile;
  try {
    file = exportData(rec, subject, {
      format,
      ...(layer ? { layer } : {}),
      ...(flags.has('bom') ? { bom: true } : {}),
    });
  } catch (e) {
    if (e instanceof ExportRequestError || e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
  const out = values.out ?? '-';
  const files: OutputFile[] = [{ path: out, data: file.data }];
  // GDAL reads a CSV's column types from the .csvt of the same name beside it.
  if (format === 'csv' && out !== '-')
    files.push({
      path: out.replace(/(\.csv)?$/i, '.csvt'),
      data: exportData(rec, subject, { format: 'csvt' }).data,
    });
  const written = writeOutputs(io, files, flags.has('force'));
  if (out !== '-') {
    io.out(
      JSON.stringify(
        {
          ...written[0],
          format,
          ...(written[1] ? { column_types: written[1].file } : {}),
          ...summary,
          ...(kind === 'events' ? { rows: rec.events.length } : featureCount(file)),
        },
        null,
        2,
      ),
    );
  }
  return 0;
}
