import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/types.ts';
import { findPlace, fold, placeAt, placeOf, suggestPlaces } from '../../src/ui/tools/place-search.ts';
import { snapToPlace } from '../../src/ui/tools/snap.ts';

function place(id: string, name: string, lon: number, lat: number, extra: Partial<Place> = {}): Place {
  return {
    id,
    name,
    nameAr: '',
    aliases: [],
    geonamesId: null,
    lat,
    lon,
    kind: 'city',
    governorate: 'Homs',
    population: null,
    coordSource: 'test',
    curated: true,
    ...extra,
  };
}

const HOMS = place('homs', 'Homs', 36.72339, 34.72682, { nameAr: 'حمص', population: 775_404 });
const RASTAN = place('rastan', 'Rastan', 36.73241, 34.92667, {
  aliases: [{ text: 'Ar Rastan', source: 'geonames' }],
});
const HAMA = place('hama', 'Hama', 36.75783, 35.13179, { population: 696_863 });
const HAMRA = place('hamra', 'Hamrat', 36.8, 35.2, { curated: false, population: 2000 });
const PLACES = [HOMS, RASTAN, HAMA, HAMRA];

describe('place search for the tools', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(fold('Tallbīsah')).toBe('tallbisah');
    expect(fold('  Al-Rastan ')).toBe('al rastan');
  });

  it('reads a place out of the shapes a gazetteer may answer with', () => {
    expect(placeOf(HOMS)).toBe(HOMS);
    expect(placeOf({ place: HOMS, matched: 'homs' })).toBe(HOMS);
    expect(placeOf([{ place: RASTAN }])).toBe(RASTAN);
    expect(placeOf(null)).toBeNull();
    expect(placeOf({ id: 'x' })).toBeNull();
  });

  it('asks the gazetteer first, then falls back to exact names', () => {
    const gaz = { lookup: (n: string) => (n === 'Rustan' ? { place: RASTAN } : null) };
    expect(findPlace('Rustan', PLACES, gaz)).toBe(RASTAN);
    expect(findPlace('HOMS', PLACES, gaz)).toBe(HOMS);
    expect(findPlace('حمص', PLACES, null)).toBe(HOMS);
    expect(findPlace('nowhere', PLACES, gaz)).toBeNull();
    expect(findPlace('  ', PLACES, gaz)).toBeNull();
    const throwing = {
      lookup: () => {
        throw new Error('unknown');
      },
    };
    expect(findPlace('Hama', PLACES, throwing)).toBe(HAMA);
  });

  it('suggests by prefix of any name, curated places first', () => {
    expect(suggestPlaces('ham', PLACES).map((p) => p.id)).toEqual(['hama', 'hamra']);
    expect(suggestPlaces('ar ra', PLACES).map((p) => p.id)).toEqual(['rastan']);
    expect(suggestPlaces('حم', PLACES).map((p) => p.id)).toEqual(['homs']);
    expect(suggestPlaces('', PLACES)).toEqual([]);
  });

  it('snaps a click to the nearest place within the radius only', () => {
    // A flat projection: 100 px per degree, y down.
    const project = ([lon, lat]: [number, number]) => ({ x: lon * 100, y: -lat * 100 });
    expect(snapToPlace({ x: 3673, y: -3492 }, PLACES, project)?.id).toBe('rastan');
    expect(snapToPlace({ x: 3690, y: -3492 }, PLACES, project)).toBeNull();
    expect(snapToPlace({ x: 3690, y: -3492 }, PLACES, project, 20)?.id).toBe('rastan');
  });
});

describe('place at a point', () => {
  it('names a point that stands on a place, to six decimals', () => {
    expect(placeAt(36.73241, 34.92667, PLACES)?.id).toBe('rastan');
    expect(placeAt(36.7324104, 34.9266696, PLACES)?.id).toBe('rastan');
    expect(placeAt(36.73242, 34.92667, PLACES)).toBeNull();
  });
});
