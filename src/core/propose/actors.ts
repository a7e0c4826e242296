// Who a sentence says did it: the record's factions by their names and aliases (data/factions.jsonl), found
// in the text as whole words. An all-capitals alias (HTS, SDF, IS) matches only as written, so that "is" is
// never Islamic State; the others match in any case. Where two aliases overlap the longer one wins
// ("Turkish-backed Syrian National Army" over "Syrian National Army").
import type { Faction } from '../types';

export interface ActorMatch {
  start: number;
  end: number;
  faction: string;
  text: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface ActorFinder {
  find(text: string): ActorMatch[];
}

const cache = new WeakMap<readonly Faction[], ActorFinder>();

export function actorFinder(factions: readonly Faction[]): ActorFinder {
  const hit = cache.get(factions);
  if (hit) return hit;
  const bySensitive = new Map<string, string>();
  const byFolded = new Map<string, string>();
  for (const f of factions) {
    for (const a of [f.name, ...(f.aliases ?? [])]) {
      const acronym = /^[\p{Lu}\p{N}-]+$/u.test(a);
      (acronym ? bySensitive : byFolded).set(acronym ? a : a.toLowerCase().replace(/’/g, "'"), f.id);
    }
  }
  const alt = (keys: Iterable<string>) =>
    [...keys]
      .sort((a, b) => b.length - a.length)
      .map((k) => escape(k).replace(/'/g, "['’]").replace(/\s+/g, '\\s+'))
      .join('|');
  const wrap = (src: string, flags: string) =>
    src ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${src})(?![\\p{L}\\p{N}])`, flags) : null;
  const sensitive = wrap(alt(bySensitive.keys()), 'gu');
  const folded = wrap(alt(byFolded.keys()), 'giu');
  const finder: ActorFinder = {
    find(text) {
      const found: ActorMatch[] = [];
      for (const [re, map, fold] of [
        [sensitive, bySensitive, false],
        [folded, byFolded, true],
      ] as const) {
        if (!re) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const key = fold ? m[0].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ') : m[0];
          const faction = map.get(key);
          if (faction) found.push({ start: m.index, end: m.index + m[0].length, faction, text: m[0] });
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: ActorMatch[] = [];
      for (const f of found) {
        const last = out[out.length - 1];
        if (last && f.start < last.end) continue;
        out.push(f);
      }
      return out;
    },
  };
  cache.set(factions, finder);
  return finder;
}
