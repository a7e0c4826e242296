import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/core/types.ts';
import { snapToPlace } from '../../src/ui/tools/snap.ts';

const place = (id: string, lon: number, lat: number): Place => ({
  id,
  name: id,
  nameAr: '',
  aliases: [],
  geonamesId: null,
  lat,
  lon,
  kind: 'city',
  governorate: '',
  population: null,
  coordSource: 'test',
  curated: true,
});
// GeoNames points (cities500.txt).
const PLACES = [place('homs', 36.72339, 34.72682), place('rastan', 36.73241, 34.92667)];

describe('snapToPlace', () => {
  it('snaps a click to the nearest place within the radius only', () => {
    // A flat projection: 100 px per degree, y down.
    const project = ([lon, lat]: [number, number]) => ({ x: lon * 100, y: -lat * 100 });
    expect(snapToPlace({ x: 3673, y: -3492 }, PLACES, project)?.id).toBe('rastan');
    expect(snapToPlace({ x: 3690, y: -3492 }, PLACES, project)).toBeNull();
    expect(snapToPlace({ x: 3690, y: -3492 }, PLACES, project, 20)?.id).toBe('rastan');
  });
});
