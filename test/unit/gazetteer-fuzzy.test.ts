import { describe, expect, it } from 'vitest';
import { editDistance, similarity, TrigramIndex, trigrams } from '../../src/core/gazetteer/fuzzy';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['hums', 'hams', 1],
    ['talbisa', 'talbsia', 1],
    ['ca', 'abc', 3],
    ['rastan', 'rustan', 1],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('similarity', () => {
  it('is 1 − distance / longer length', () => {
    expect(similarity('rastan', 'rustan')).toBeCloseTo(5 / 6, 10);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});

describe('TrigramIndex', () => {
  it('pads keys so short keys have trigrams', () => {
    expect(trigrams('ab').sort()).toEqual(['^ab', 'ab$'].sort());
  });
  it('returns the ids sharing most trigrams first', () => {
    const ix = new TrigramIndex();
    ix.add(0, 'hums');
    ix.add(1, 'hama');
    ix.add(2, 'dimashq');
    expect(ix.candidates('humz')[0]).toBe(0);
    expect(ix.candidates('humz')).not.toContain(2);
  });
});
