// `frontline timeline <place>`: one place's control periods, [start, end) with end null while it holds.
import { nearestIds } from '../../core/record';
import { type CliIO, type CommandContext, UsageError, parseArgs, printJson } from '../io';

export const help = `One place's control periods, by its id or English name (timeline rastan, timeline "Deir Ezzor").
Each period runs from start up to, not including, end (null while it still holds at the record's end), with
status, faction, factions, bloc, event_id, confidence, precision, alt_date and note where the event has
them, and the sources with their quotes.`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 1)
    throw new UsageError("usage: timeline <place>  (a place id of the record's geo/places.jsonl)");
  const r = await ctx.record();
  const wanted = positional[0]!;
  const known = r.places.map((p) => p.id);
  // Accept the display name too ("Deir Ezzor"), which people type more often than the id.
  const byName = r.places.find((p) => p.name.toLowerCase() === wanted.toLowerCase());
  const place = known.includes(wanted)
    ? wanted
    : (byName?.id ?? wanted.toLowerCase().trim().replace(/\s+/g, '-'));
  if (!known.includes(place)) {
    const near = nearestIds(place, known);
    throw new UsageError(
      `unknown place "${wanted}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`,
    );
  }
  const periods = r.model.timeline(place).map((p) => {
    const e = r.model.event(p.eventId)!;
    return {
      start: p.start,
      end: p.end,
      status: p.status,
      faction: p.faction,
      factions: p.factions,
      bloc: p.bloc,
      event_id: p.eventId,
      confidence: e.confidence,
      precision: e.precision,
      ...(e.altDate ? { alt_date: e.altDate } : {}),
      ...(e.note ? { note: e.note } : {}),
      sources: e.citations.map((c) => ({ source: c.source, quote: c.quote })),
    };
  });
  printJson(io, {
    place,
    name: r.placesById.get(place)?.name ?? place,
    record: { start: r.info.start, end: r.info.end },
    periods,
  });
  return 0;
}
