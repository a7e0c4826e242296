import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gazetteer, broadPlaces } from '../../src/core/gazetteer';
import { parseGeoNamesTsv, parsePlaces } from '../../src/core/load/geo';

// `mentions` grows spans only while they can still become a name (a prefix set of the keys); the reference
// `mentionsByScan` folds every span of up to six words. They must give the same answers on any text.
const root = resolve(import.meta.dirname, '../..');
const curated = parsePlaces(readFileSync(resolve(root, 'geo/places.jsonl'), 'utf8'), 'geo/places.jsonl');
const rows = parseGeoNamesTsv(
  readFileSync(resolve(root, 'geo/geonames-sy.tsv'), 'utf8'),
  'geo/geonames-sy.tsv',
);
const g = new Gazetteer(curated, broadPlaces(rows, curated));

describe('mentions: the fast path gives the reference answers', () => {
  it('on the five seed articles', () => {
    const dir = resolve(root, 'data/seeds');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(resolve(dir, f), 'utf8');
      expect(g.mentions(text), f).toEqual(g.mentionsByScan(text));
    }
  });

  it("on every quote of the record's events", () => {
    const lines = readFileSync(resolve(root, 'data/events.jsonl'), 'utf8').split('\n');
    let quotes = 0;
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      for (const c of (JSON.parse(line) as { citations: Array<{ quote: string }> }).citations) {
        expect(g.mentions(c.quote), c.quote).toEqual(g.mentionsByScan(c.quote));
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(100);
  });

  it('on random texts made of place names, articles, ordinary words and separators (property)', () => {
    const names = g.all().flatMap((p) => [p.name, ...p.aliases.map((a) => a.text)]);
    const filler = [
      'the',
      'rebels',
      'took',
      'Al',
      'al',
      'el',
      'ez',
      'Ras',
      'Tal',
      'Deir',
      'Kafr',
      'Syrian',
      'Khane',
      'Abo',
      'near',
      'and',
    ];
    const token = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...filler));
    const sep = fc.constantFrom(' ', '-', ', ', '. ', ' – ', '\u00a0', "'s ", ' (', ') ');
    const text = fc
      .array(fc.tuple(token, sep), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([t, s]) => t + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(g.mentions(t)).toEqual(g.mentionsByScan(t));
      }),
      { numRuns: 3000 },
    );
  });
});
