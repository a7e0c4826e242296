// `frontline propose <file|-> --published YYYY-MM-DD [--source <id>]`: the changes a news report describes,
// as proposed events (JSON array), each with its quote, day, side, cue and how it stands to the record.
import { isISODate } from '../../core/dates';
import { propose, relate } from '../../core/propose';
import { type CliIO, type CommandContext, parseArgs, printJson, readTextArgument, UsageError } from '../io';

const USAGE = 'propose <file|-> --published YYYY-MM-DD [--source <id>]';

export const help = `The changes a news report describes, as a JSON array of proposed events, one per place and claimed
change: { place, name_matched, status, factions, bloc, date, date_reason, quote, start, end, place_start,
place_end, confidence, cue, claim?, why?, relation }. quote is the sentence naming the place, verbatim, with its
offsets; date comes from the sentence's time words read against --published (with no time word, the
publication date and confidence "low"); relation says whether the record already has the event
(confirms, adds_source), conflicts with it, or is new. A place named only as a target, a distance, a
hypothesis or a history is kept with claim: false and why.
<file> is a UTF-8 (or UTF-16 with a byte order mark) text file; "-" reads standard input.
  --published YYYY-MM-DD   the report's publication date (required unless --source names a dated source)
  --source <id>            the report's id in data/sources.jsonl: an event citing it is "confirms"`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional, values } = parseArgs(args, { values: ['published', 'source'] });
  if (positional.length !== 1) throw new UsageError(`usage: frontline ${USAGE}`);
  const record = await ctx.record();
  const source = values.source;
  let published = values.published;
  // A source the record knows carries its own publication date.
  if (published === undefined && source !== undefined)
    published = record.sourcesById.get(source)?.date ?? undefined;
  if (published === undefined)
    throw new UsageError(
      `--published YYYY-MM-DD is required (the report's publication date); usage: frontline ${USAGE}`,
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
