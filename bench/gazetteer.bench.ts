// Gazetteer speed: lookups per second over the real broad extract and over a 10× synthetic one, each
// against a naive linear scan (every alias compared with the query: exact, folded, then edit distance)
// measured in the same run; and mentions over the five seed articles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Gazetteer, broadPlaces, exactKey, normaliseName } from '../src/core/gazetteer';
import { similarity } from '../src/core/gazetteer/fuzzy';
import { parseGeoNamesTsv, parsePlaces } from '../src/core/load/geo';
import type { Place } from '../src/core/types';
import { goal as reportGoal } from './summary';

const root = resolve(import.meta.dirname, '..');
const curated = parsePlaces(readFileSync(resolve(root, 'geo/places.jsonl'), 'utf8'), 'geo/places.jsonl');
const rows = parseGeoNamesTsv(
  readFileSync(resolve(root, 'geo/geonames-sy.tsv'), 'utf8'),
  'geo/geonames-sy.tsv',
);
const broad = broadPlaces(rows, curated);

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same queries. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['tal', 'kafr', 'ayn', 'bir', 'deir', 'khan', 'qasr', 'jisr', 'umm', 'abu'];

/** Nine perturbed copies of every broad place: new names, same shape of data, 10× the extract. */
function synthetic(places: Place[], times: number): Place[] {
  const out: Place[] = [...places];
  const r = rng(7);
  for (let k = 1; k < times; k++) {
    for (const p of places) {
      const prefix = SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
      const name = `${prefix[0]!.toUpperCase()}${prefix.slice(1)} ${p.name} ${k}`;
      out.push({
        ...p,
        id: `${p.id}-syn${k}`,
        name,
        geonamesId: null,
        aliases: p.aliases.map((a) => ({ text: `${prefix} ${a.text} ${k}`, source: 'synthetic' })),
      });
    }
  }
  return out;
}

/** The baseline: no index, every alias of every place compared with the query. */
class NaiveGazetteer {
  private readonly entries: Array<{ place: Place; alias: string; exact: string; key: string }> = [];
  constructor(places: Place[]) {
    for (const p of places) {
      for (const a of new Set([p.name, p.nameAr, ...p.aliases.map((x) => x.text)])) {
        if (a) this.entries.push({ place: p, alias: a, exact: exactKey(a), key: normaliseName(a) });
      }
    }
  }
  lookup(name: string): Place | null {
    const ek = exactKey(name);
    const key = normaliseName(name);
    for (const e of this.entries) if (e.exact === ek) return e.place;
    for (const e of this.entries) if (e.key === key) return e.place;
    let best: Place | null = null;
    let bestScore = 0.75;
    for (const e of this.entries) {
      const s = similarity(key, e.key);
      if (s > bestScore) [best, bestScore] = [e.place, s];
    }
    return best;
  }
}

function timeIt(label: string, minMs: number, f: () => number): number {
  f(); // warm-up
  let ops = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    ops += f();
    t = performance.now();
  }
  const perSec = (ops * 1000) / (t - t0);
  console.log(`  ${label.padEnd(44)} ${Math.round(perSec).toLocaleString('en').padStart(12)} /s`);
  return perSec;
}

type QueryKind = 'exact' | 'alias' | 'respelt' | 'typo' | 'unknown';

/** Queries of one kind, as users type them: a stored spelling, another spelling, a typo, or nothing. */
function queriesOf(places: Place[], kind: QueryKind, n: number): string[] {
  const r = rng({ exact: 1, alias: 2, respelt: 5, typo: 3, unknown: 4 }[kind]);
  const out: string[] = [];
  while (out.length < n) {
    const p = places[Math.floor(r() * places.length)]!;
    const a = p.aliases[Math.floor(r() * p.aliases.length)]?.text ?? p.name;
    if (kind === 'exact') out.push(p.name);
    else if (kind === 'alias') out.push(a);
    else if (kind === 'respelt') out.push(a.toUpperCase().replace(/ /g, '-'));
    else if (kind === 'typo') {
      if (a.length < 6) continue;
      const j = 1 + Math.floor(r() * (a.length - 2));
      out.push(a.slice(0, j) + a.slice(j + 1)); // one letter dropped
    } else out.push(`Zq${Math.floor(r() * 1e6)}x`);
  }
  return out;
}

const GOALS: Record<QueryKind, number> = {
  exact: 1_000_000,
  alias: 1_000_000,
  respelt: 0,
  typo: 50_000,
  unknown: 50_000,
};

function benchLookups(label: string, broadSet: Place[]): void {
  const t0 = performance.now();
  const g = new Gazetteer(curated, broadSet);
  const buildMs = performance.now() - t0;
  const naive = new NaiveGazetteer([...curated, ...broadSet]);
  console.log(`${label}: ${g.all().length} places; index built in ${buildMs.toFixed(1)} ms`);
  for (const kind of ['exact', 'alias', 'respelt', 'typo', 'unknown'] as const) {
    const qs = queriesOf(g.all(), kind, 2000);
    // Same answer as the naive scan: the same place, or both nothing. (Fuzzy ties may pick another place
    // of the same spelling; those are counted apart.)
    let same = 0;
    for (const q of qs) if ((g.lookup(q)?.place.id ?? null) === (naive.lookup(q)?.id ?? null)) same++;
    const fast = timeIt(`${kind} lookups, indexed`, 600, () => {
      for (const q of qs) g.lookup(q);
      return qs.length;
    });
    const sample = qs.slice(0, kind === 'typo' || kind === 'unknown' ? 100 : 2000);
    const slow = timeIt(`${kind} lookups, naive scan (baseline)`, 400, () => {
      for (const q of sample) naive.lookup(q);
      return sample.length;
    });
    const goal = GOALS[kind];
    if (goal)
      reportGoal({
        name: `gazetteer ${kind} lookups, ${label}`,
        value: fast,
        unit: '/s',
        baseline: slow,
        limit: goal,
        higherIsBetter: true,
      });
    console.log(
      `  ×${(fast / slow).toFixed(1)} the baseline; same place as naive for ${same}/${qs.length}; ` +
        (goal ? `goal ≥ ${goal.toLocaleString('en')}/s: ${fast >= goal ? 'met' : 'NOT met'}` : 'no goal set'),
    );
  }
}

benchLookups('broad extract', broad);
benchLookups('10× synthetic extract', synthetic(broad, 10));

const seedsDir = resolve(root, 'data/seeds');
const seeds = [
  '000_243acee9b8c246ee.txt',
  '001_053ee8e81c476245.txt',
  '002_75aada83a2f3fb30.txt',
  '003_e917bff2ec9e9792.txt',
  '004_c6c7203b69ad82c5.txt',
].map((f) => readFileSync(resolve(seedsDir, f), 'utf8'));
const g = new Gazetteer(curated, broad);
const chars = seeds.reduce((n, s) => n + s.length, 0);
const found = seeds.reduce((n, s) => n + g.mentions(s).length, 0);
console.log(`mentions: five seeds, ${chars} characters, ${found} mentions`);
const passes = timeIt('passes over all five seeds (prefix set)', 800, () => {
  for (const s of seeds) g.mentions(s);
  return 1;
});
const scanPasses = timeIt('passes, every span folded (baseline)', 800, () => {
  for (const s of seeds) g.mentionsByScan(s);
  return 1;
});
reportGoal({
  name: 'mentions, one pass over the five seeds',
  value: 1000 / passes,
  unit: 'ms',
  baseline: 1000 / scanPasses,
  limit: 2,
});
const same = seeds.every((s) => JSON.stringify(g.mentions(s)) === JSON.stringify(g.mentionsByScan(s)));
console.log(
  `  ${(1000 / passes).toFixed(2)} ms a pass against ${(1000 / scanPasses).toFixed(2)} ms (×${(passes / scanPasses).toFixed(1)}), ` +
    `${Math.round((passes * chars) / 1000).toLocaleString('en')} k characters/s; same answers: ${same}; goal ≤ 2 ms a pass`,
);
