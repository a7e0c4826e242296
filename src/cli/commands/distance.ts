// `frontline distance <from> [<to>]`: the WGS84 geodesic between two places (to defaults to the record's
// target), and to the target's outskirts where the record has an outline for it. Names go through the
// gazetteer, so any spelling works (Latin transliterations or Arabic).
import { GazetteerQueryError, type Gazetteer, type LookupResult } from '../../core/gazetteer';
import { distanceMetres, inverse, METHOD, metresToMiles } from '../../core/measure/geodesic';
import { distanceToOutline } from '../../core/measure/outskirts';
import type { Place } from '../../core/types';
import { type CliIO, type CommandContext, parseArgs, printJson, UsageError } from '../io';

export const help = `The WGS84 geodesic distance (Karney's method) between two places, in km, mi and metres, with the
initial azimuth; and, where the record has an outline of <to>, the distance to its outskirts (0 inside).
Names in any spelling; <to> defaults to the record's target. Quote names of several words, or give two and
the command splits them where both halves are known names.`;

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

function resolve(g: Gazetteer, name: string): LookupResult | null {
  try {
    return g.lookup(name);
  } catch (e) {
    if (e instanceof GazetteerQueryError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * Two names from the words given. Quoted names are two arguments; unquoted many-word names ("Deir Ez-Zour
 * Homs") are split where both halves are known names without fuzzy matching.
 */
function splitNames(g: Gazetteer, words: string[], target: string): [string, string] | null {
  if (words.length === 1) return [words[0]!, target];
  if (words.length === 2) return [words[0]!, words[1]!];
  for (let k = 1; k < words.length; k++) {
    const [a, b] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    const [ra, rb] = [resolve(g, a), resolve(g, b)];
    if (ra && rb && ra.how !== 'fuzzy' && rb.how !== 'fuzzy') return [a, b];
  }
  return null;
}

const describe = (p: Place) => ({ id: p.id, name: p.name, lat: p.lat, lon: p.lon });

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length === 0)
    throw new UsageError("usage: frontline distance <from> [<to>]  (to defaults to the record's target)");
  const record = await ctx.record();
  const g = record.gazetteer;
  // The target by its name: an id with hyphens is not a spelling the gazetteer need know.
  const target = record.placesById.get(record.info.target)!.name;
  const names = splitNames(g, positional, target);
  if (!names)
    throw new UsageError(`cannot tell two place names apart in "${positional.join(' ')}": quote them`);
  const hits: Place[] = [];
  for (const name of names) {
    const hit = resolve(g, name);
    if (!hit) {
      const list = g.suggest(name, 5).map((s) => `  ${s.place.name} (${s.place.id}; matched "${s.matched}")`);
      io.err(
        [
          `frontline distance: no place called "${name}"`,
          ...(list.length ? ['did you mean:', ...list] : []),
        ].join('\n'),
      );
      return 1;
    }
    hits.push(hit.place);
  }
  const [from, to] = hits as [Place, Place];
  const metres = distanceMetres([from.lon, from.lat], [to.lon, to.lat]);
  const { azimuthStart } = inverse([from.lon, from.lat], [to.lon, to.lat]);
  const result: Record<string, unknown> = {
    from: describe(from),
    to: describe(to),
    km: round(metres / 1000, 3),
    mi: round(metresToMiles(metres), 3),
    metres: round(metres, 3),
    azimuth: round(((azimuthStart % 360) + 360) % 360, 2),
    method: METHOD,
    measured: 'centre to centre',
  };
  const outline = record.outlines.features.find((f) => f.properties.place === to.id);
  if (outline) {
    const o = distanceToOutline([from.lon, from.lat], outline.geometry);
    result.outskirts = {
      km: round(o.metres / 1000, 3),
      mi: round(metresToMiles(o.metres), 3),
      inside: o.inside,
      measured: `from ${from.name}'s centre to the nearest point of ${to.name}'s outline (0 inside it)`,
      outline: outline.properties.method ?? record.info.geo.outlines,
    };
  }
  printJson(io, result);
  return 0;
}
