import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZY_THRESHOLD, Gazetteer, broadPlaces, normaliseName } from '../../src/core/gazetteer';
import { similarity } from '../../src/core/gazetteer/fuzzy';
import { parseGeoNamesTsv, parsePlaces } from '../../src/core/load/geo';
import type { Place } from '../../src/core/types';

// lookup's fuzzy step skips keys by length and shared trigrams before a bounded edit distance. Its answer must
// be the one of scoring every key: similarity plus 0.05 for a shared first letter, capped at 1, best score
// first, then the curated and bigger place (the gazetteer's rank), then the place id.
const root = resolve(import.meta.dirname, '../..');
const curated = parsePlaces(readFileSync(resolve(root, 'geo/places.jsonl'), 'utf8'), 'geo/places.jsonl');
const rows = parseGeoNamesTsv(
  readFileSync(resolve(root, 'geo/geonames-sy.tsv'), 'utf8'),
  'geo/geonames-sy.tsv',
);
const g = new Gazetteer(curated, broadPlaces(rows, curated));

const rank = (p: Place) => (p.curated ? 1e12 : 0) + (p.population ?? 0);
const keys = new Map<string, Place[]>();
for (const p of g.all()) {
  for (const t of new Set([p.name, p.nameAr, ...p.aliases.map((a) => a.text)])) {
    const k = t ? normaliseName(t) : '';
    if (!k) continue;
    const list = keys.get(k) ?? [];
    list.push(p);
    keys.set(k, list);
  }
}

function fuzzyByScan(query: string): { place: string; score: number } | null {
  const q = normaliseName(query);
  let best: { place: Place; raw: number } | null = null;
  for (const [k, places] of keys) {
    const raw = Math.min(1, similarity(q, k) + (q[0] === k[0] ? 0.05 : 0));
    const top = [...places].sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? -1 : 1))[0]!;
    const wins =
      !best ||
      raw > best.raw ||
      (raw === best.raw &&
        (rank(top) > rank(best.place) || (rank(top) === rank(best.place) && top.id < best.place.id)));
    if (wins) best = { place: top, raw };
  }
  if (!best) return null;
  const score = Math.round(best.raw * 1000) / 1000;
  return score >= FUZZY_THRESHOLD ? { place: best.place.id, score } : null;
}

describe('lookup: the fast fuzzy step gives the answer of scoring every key', () => {
  const names = g
    .all()
    .flatMap((p) => [p.name, ...p.aliases.map((a) => a.text)])
    .filter((n) => n.length >= 4);
  const typo = fc
    .tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom('drop', 'swap', 'double', 'replace'))
    .map(([n, at, how]) => {
      const i = 1 + (at % (n.length - 2));
      if (how === 'drop') return n.slice(0, i) + n.slice(i + 1);
      if (how === 'swap') return n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
      if (how === 'double') return n.slice(0, i) + n[i] + n.slice(i);
      return n.slice(0, i) + 'q' + n.slice(i + 1);
    });

  it('on typos of every kind (property)', () => {
    fc.assert(
      fc.property(typo, (q) => {
        const r = g.lookup(q);
        if (!r || r.how === 'fuzzy') {
          const want = fuzzyByScan(q);
          expect(r ? { place: r.place.id, score: r.score } : null).toEqual(want);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('on strings that are nowhere near a name', () => {
    for (const q of ['Zq123x', 'Xylophone', 'Qqqqqq', 'Bbbbbbbbbbbbbb']) {
      expect(g.lookup(q)).toBeNull();
      expect(fuzzyByScan(q)).toBeNull();
    }
  });
});
