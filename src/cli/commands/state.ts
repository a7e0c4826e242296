// `frontline state --date YYYY-MM-DD`: every place's faction, bloc, status and since-date, with sources.
import { isISODate } from '../../core/dates';
import { type CliIO, type CommandContext, UsageError, parseArgs, printJson } from '../io';

export const help = `Every place's state on a day of the record: place, name, faction, factions, bloc, status
(controlled, contested or unknown), since (the day it began), confidence, and the sources with their quotes.
  --date YYYY-MM-DD   the day (required; inside the record's span)`;

export interface StateRow {
  place: string;
  name: string;
  faction: string | null;
  factions: string[];
  bloc: string | null;
  status: string;
  since: string | null;
  confidence: string | null;
  sources: Array<{ source: string; quote: string }>;
}

export function checkDate(date: string | undefined, start: string, end: string): string {
  if (date === undefined) throw new UsageError('--date YYYY-MM-DD is required');
  if (!isISODate(date)) throw new UsageError(`not a date: "${date}" (expected YYYY-MM-DD, e.g. ${start})`);
  if (date < start || date > end)
    throw new UsageError(`${date} is outside the record: it covers ${start} to ${end}`);
  return date;
}

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { values, positional } = parseArgs(args, { values: ['date'] });
  if (positional.length)
    throw new UsageError(`unexpected argument "${positional[0]}"; usage: state --date YYYY-MM-DD`);
  const r = await ctx.record();
  const date = checkDate(values.date, r.info.start, r.info.end);
  const rows: StateRow[] = [];
  for (const [place, s] of r.model.stateAt(date)) {
    const e = s.eventId ? r.model.event(s.eventId) : undefined;
    rows.push({
      place,
      name: r.placesById.get(place)?.name ?? place,
      faction: s.faction,
      factions: s.factions,
      bloc: s.bloc,
      status: s.status,
      since: s.since,
      confidence: e?.confidence ?? null,
      sources: e?.citations.map((c) => ({ source: c.source, quote: c.quote })) ?? [],
    });
  }
  printJson(io, rows);
  return 0;
}
