// `frontline compare --from D1 --to D2`: what changed between two dates — the places that changed hands (old
// and new side, with the events and sources between) and each side's estimated areas gained and lost — as the
// app's compare view shows it, from the same core functions (core/compare over two snapshotAt values) and
// written by the same exporter (core/export/files.ts) as the app's download.
//   --format geojson (default) | json     GeoJSON FeatureCollection, or a plain JSON table of the changes
//   --out FILE                             write the file and print a short JSON summary
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareSnapshots } from '../../core/compare';
import { comparisonFile } from '../../core/export/files';
import { snapshotAt } from '../../core/record';
import { type CliIO, type CommandContext, parseArgs, UsageError } from '../io';
import { checkDate } from './state';

export const USAGE =
  'usage: frontline compare --from YYYY-MM-DD --to YYYY-MM-DD [--format geojson|json] [--out FILE]';

/** What `frontline compare --help` prints under the usage line (src/cli/main.ts). */
export const help = `The places that changed hands between two dates (old and new side, with the events and sources
between) and each side's estimated areas gained and lost, as the app's compare view shows them.
  --from YYYY-MM-DD, --to YYYY-MM-DD   the two days (inside the record's span; --from not after --to)
  --format geojson|json                a GeoJSON FeatureCollection (default), or a plain JSON table
  --out FILE                           write the file and print a short JSON summary`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  if (args.includes('--help')) {
    io.out(
      `${USAGE}\n  the places that changed hands between two dates and each side's estimated areas gained and lost`,
    );
    return 0;
  }
  const { values, positional } = parseArgs(args, { values: ['from', 'to', 'out', 'format'] });
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"; ${USAGE}`);
  if (values.from === undefined || values.to === undefined)
    throw new UsageError(`--from and --to are required; ${USAGE}`);
  const format = values.format ?? (values.out?.endsWith('.json') ? 'json' : 'geojson');
  if (format !== 'geojson' && format !== 'json')
    throw new UsageError(`--format: expected geojson or json, not "${format}"`);
  const r = await ctx.record();
  const from = checkDate(values.from, r.info.start, r.info.end);
  const to = checkDate(values.to, r.info.start, r.info.end);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const c = compareSnapshots(snapshotAt(r, from), snapshotAt(r, to), r.model);
  const text =
    format === 'geojson'
      ? comparisonFile(c, r)
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
  const file = resolve(process.cwd(), values.out);
  writeFileSync(file, text, 'utf8');
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
