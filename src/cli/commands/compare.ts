// `frontline compare --from D1 --to D2`: what changed between two dates — the places that changed hands (old
// and new side, with the events and sources between) and each side's estimated areas gained and lost — as the
// app's compare view shows it, from the same core functions (core/compare over two snapshotAt values) and
// written by the same exporter (core/export/files.ts) as the app's download.
//   --format geojson (default) | kml | json   GeoJSON or KML (one function: core/export/files.ts exportData), or a
//                                            plain JSON table of the changes
//   --out FILE                             write the file and print a short JSON summary
import { compareSnapshots } from '../../core/compare';
import { exportData, exportedText } from '../../core/export/files';
import { snapshotAt } from '../../core/record';
import { type CliIO, type CommandContext, parseArgs, UsageError, writeOutputs } from '../io';
import { checkDate } from './state';

export const USAGE =
  'usage: frontline compare --from YYYY-MM-DD --to YYYY-MM-DD [--format geojson|kml|json] [--out FILE]';

export const help = `What changed between two dates, as the app's compare view shows it.

  --from YYYY-MM-DD     the earlier date
  --to YYYY-MM-DD       the later date
  --format geojson|kml|json   GeoJSON (default: a point per place that changed hands, with its side on either date,
                        the events between and their sources; a polygon per side's estimated ground gained
                        and lost) or a plain JSON table of the same
  --out FILE            write the file and print a short JSON summary (- is standard output)`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { values, positional } = parseArgs(args, { values: ['from', 'to', 'out', 'format'] });
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"; ${USAGE}`);
  if (values.from === undefined || values.to === undefined)
    throw new UsageError(`--from and --to are required; ${USAGE}`);
  const format =
    values.format ??
    (values.out?.endsWith('.json') ? 'json' : values.out?.toLowerCase().endsWith('.kml') ? 'kml' : 'geojson');
  if (format !== 'geojson' && format !== 'json' && format !== 'kml')
    throw new UsageError(`--format: expected geojson, kml or json, not "${format}"`);
  const r = await ctx.record();
  const from = checkDate(values.from, r.info.start, r.info.end);
  const to = checkDate(values.to, r.info.start, r.info.end);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const c = compareSnapshots(snapshotAt(r, from), snapshotAt(r, to), r.model);
  const text =
    format !== 'json'
      ? exportedText(exportData(r, { kind: 'compare', comparison: c }, { format }))
      : JSON.stringify(
          {
            from,
            to,
            places: c.places.map((p) => ({
              place: p.place,
              name: p.name,
              from: p.from,
              to: p.to,
              events: p.events.map((e) => ({
                id: e.id,
                date: e.date,
                sources: e.citations.map((x) => ({ source: x.source, quote: x.quote })),
              })),
            })),
            areas: c.areas.map((a) => ({ side: a.side, change: a.change, km2: a.km2 })),
          },
          null,
          2,
        ) + '\n';
  if (!values.out || values.out === '-') {
    io.out(text);
    return 0;
  }
  // Through the shared writer: a missing folder or an unwritable file is one line and exit 1, not a stack
  // trace. It overwrites, as compare always has (it takes no --force).
  const { file } = writeOutputs(io, [{ path: values.out, data: text }], true)[0]!;
  io.out(
    JSON.stringify(
      {
        file,
        bytes: Buffer.byteLength(text, 'utf8'),
        from,
        to,
        places: c.places.length,
        areas: c.areas.length,
      },
      null,
      2,
    ),
  );
  return 0;
}
