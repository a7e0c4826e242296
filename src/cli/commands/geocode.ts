// `frontline geocode <name>`: the place a name means, as JSON; unknown names exit 1 with suggestions.
import { GazetteerQueryError } from '../../core/gazetteer';
import { type CliIO, type CommandContext, parseArgs, printJson, UsageError } from '../io';

export const help = `Finds the place a name means, in any spelling (Latin transliterations or Arabic), through the
record's gazetteer. Prints the place (id, name, name_ar, lat, lon, geonames_id, kind, governorate, curated,
coord_source) and how it matched (matched, how: exact, normalised or fuzzy, score). An unknown name exits 1
with suggestions on standard error. Words without quotes are one name: geocode Deir Ez-Zour.`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional } = parseArgs(args, {});
  // Names have spaces ("Deir Ez-Zour"): unquoted words are one name.
  const name = positional.join(' ');
  if (!name.trim()) throw new UsageError('usage: frontline geocode <name>');
  const g = (await ctx.record()).gazetteer;
  let hit;
  try {
    hit = g.lookup(name);
  } catch (e) {
    if (e instanceof GazetteerQueryError) throw new UsageError(e.message);
    throw e;
  }
  if (!hit) {
    const sugg = g.suggest(name, 5);
    const list = sugg.map(
      (s) => `  ${s.place.name} (${s.place.id}; matched "${s.matched}", score ${s.score})`,
    );
    io.err(
      [
        `frontline geocode: no place called "${name.trim()}"`,
        ...(list.length ? ['did you mean:', ...list] : []),
      ].join('\n'),
    );
    return 1;
  }
  const p = hit.place;
  printJson(io, {
    id: p.id,
    name: p.name,
    name_ar: p.nameAr,
    lat: p.lat,
    lon: p.lon,
    geonames_id: p.geonamesId,
    kind: p.kind,
    governorate: p.governorate,
    curated: p.curated,
    coord_source: p.coordSource,
    matched: hit.matched,
    how: hit.how,
    score: hit.score,
  });
  return 0;
}
