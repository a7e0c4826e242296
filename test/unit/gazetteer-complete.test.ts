// The tools' place search is the core gazetteer's (lookup, complete, placeAt): the cases of the UI's old
// second gazetteer (src/ui/tools/place-search.ts), on the real record's gazetteer.
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/core/gazetteer';
import type { Place } from '../../src/core/types';
import { recordAt } from '../fixtures/records/open';

const g = recordAt().gazetteer;
const ids = (ps: Place[]) => ps.map((p) => p.id);

describe('Gazetteer.lookup for the ruler', () => {
  it('reads any spelling: case, diacritics, transliterations, Arabic', () => {
    expect(g.lookup('Tallbīsah')?.place.id).toBe('talbiseh');
    expect(g.lookup('tallbisah')?.place.id).toBe('talbiseh');
    expect(g.lookup('HOMS')?.place.id).toBe('homs');
    expect(g.lookup('حمص')?.place.id).toBe('homs');
    expect(g.lookup('Rustan')?.place.id).toBe('rastan');
    expect(g.lookup('  Al-Rastan ')?.place.id).toBe('rastan');
  });

  it('answers null for no such place', () => {
    expect(g.lookup('Atlantis Springs')).toBeNull();
  });
});

describe('Gazetteer.complete (suggestions while typing)', () => {
  it('suggests by the start of any spelling, curated places first, then the bigger', () => {
    // Hama (curated) before the broad extract's al-Hamidiyah and al-Hamra ("al-" folded away).
    expect(ids(g.complete('ham')).slice(0, 3)).toEqual(['hama', 'hama-airport', 'al-hamidiyah']);
    expect(ids(g.complete('tallbis'))[0]).toBe('talbiseh');
    expect(ids(g.complete('Ar Rast'))[0]).toBe('rastan');
    expect(ids(g.complete('حم')).slice(0, 2)).toEqual(['homs', 'hama']);
    expect(g.complete('Talb', 3)).toHaveLength(3);
  });

  it('fills the list with the nearest names when few start so (a typo)', () => {
    expect(ids(g.complete('Talbesa'))).toContain('talbiseh');
  });

  it('has nothing for empty or letterless text, and never throws', () => {
    expect(g.complete('')).toEqual([]);
    expect(g.complete('  ')).toEqual([]);
    expect(g.complete('???')).toEqual([]);
  });
});

describe('Gazetteer.placeAt', () => {
  const rastan = g.get('rastan')!;

  it('names a point that stands on a place, to six decimals', () => {
    expect(g.placeAt(rastan.lon, rastan.lat)?.id).toBe('rastan');
    expect(g.placeAt(rastan.lon + 4e-7, rastan.lat - 4e-7)?.id).toBe('rastan');
    expect(g.placeAt(rastan.lon + 1e-5, rastan.lat)).toBeNull();
  });

  it('prefers the curated place where a broad one shares the point', () => {
    const twin: Place = { ...rastan, id: 'twin', curated: false, geonamesId: 1 };
    const small = new Gazetteer([rastan], [twin]);
    expect(small.placeAt(rastan.lon, rastan.lat)?.id).toBe('rastan');
  });
});
