// `frontline propose <file|-> --published YYYY-MM-DD [--source <id>]`: the changes a news report describes,
// as proposed events (JSON array), each with its quote, day, side, cue and how it stands to the record.
import { isISODate } from '../../core/dates';
import { propose, relate } from '../../core/propose';
import { type CliIO, type CommandContext, parseArgs, printJson, readTextArgument, UsageError } from '../io';

export const usage = 'propose <file|-> --published YYYY-MM-DD [--source <id>]';
export const summary =
  'the changes a news report describes, as proposed events: place, side, day (with why), quote, cue, and whether the record already has them';

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional, values } = parseArgs(args, { values: ['published', 'source'] });
  if (positional.length !== 1) throw new UsageError(`usage: frontline ${usage}`);
  const record = await ctx.record();
  const source = values.source;
  let published = values.published;
  // A source the record knows carries its own publication date.
  if (published === undefined && source !== undefined)
    published = record.sourcesById.get(source)?.date ?? undefined;
  if (published === undefined)
    throw new UsageError(
      `--published YYYY-MM-DD is required (the report's publication date); usage: frontline ${usage}`,
    );
  if (!isISODate(published))
    throw new UsageError(`--published: not a date: "${published}" (expected YYYY-MM-DD)`);
  const text = await readTextArgument(positional[0]!, io);
  const proposals = propose(record, text, { published }).map((p) => {
    const relation = relate(record, p, source);
    return relation ? { ...p, relation } : p;
  });
  printJson(io, proposals);
  return 0;
}
