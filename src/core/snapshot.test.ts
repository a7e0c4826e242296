import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildSnapshot, type EstimateTerritory, type TerritoryPointLike } from './snapshot';
import type { Place, PlaceState } from './types';

const place = (id: string, lon: number, lat: number): Place => ({
  id,
  name: id,
  nameAr: '',
  aliases: [],
  geonamesId: null,
  lat,
  lon,
  kind: 'town',
  governorate: '',
  population: null,
  coordSource: 'test',
  curated: true,
});
const PLACES = [place('a', 36, 35), place('b', 37, 35), place('c', 38, 35)];
const CLIP: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [35, 34],
      [39, 34],
      [39, 36],
      [35, 36],
      [35, 34],
    ],
  ],
};
const held = (id: string): PlaceState => ({
  place: id,
  status: 'controlled',
  faction: 'hts',
  factions: ['hts'],
  bloc: 'opposition',
  since: '2024-12-01',
  eventId: `e-${id}`,
});

describe('buildSnapshot', () => {
  it('pairs every place with its state on the date (unknown when the model has none) and asks for territory', () => {
    const asked: Array<{ points: TerritoryPointLike[]; clip: Polygon }> = [];
    const estimate: EstimateTerritory = (points, clip) => {
      asked.push({ points, clip: clip as Polygon });
      return {
        areas: { type: 'FeatureCollection', features: [] },
        frontLines: { type: 'FeatureCollection', features: [] },
      };
    };
    const dates: string[] = [];
    const model = {
      stateAt: (d: string) => {
        dates.push(d);
        return new Map([['b', held('b')]]);
      },
    };
    const s = buildSnapshot('2024-12-06', PLACES, model, CLIP, estimate);
    expect(dates).toEqual(['2024-12-06']);
    expect(s.date).toBe('2024-12-06');
    expect(s.places.map((e) => [e.place.id, e.state.status, e.state.bloc])).toEqual([
      ['a', 'unknown', null],
      ['b', 'controlled', 'opposition'],
      ['c', 'unknown', null],
    ]);
    expect(s.places[0]!.state.place).toBe('a');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.clip).toBe(CLIP);
    expect(asked[0]!.points[1]).toEqual({
      id: 'b',
      lon: 37,
      lat: 35,
      bloc: 'opposition',
      faction: 'hts',
      status: 'controlled',
    });
    expect('contested' in s).toBe(false);
  });

  it('keeps the contested cells when the estimator gives them', () => {
    const contested = { type: 'FeatureCollection' as const, features: [] };
    const s = buildSnapshot('2024-12-06', PLACES, { stateAt: () => new Map() }, CLIP, () => ({
      areas: { type: 'FeatureCollection', features: [] },
      frontLines: { type: 'FeatureCollection', features: [] },
      contested,
    }));
    expect(s.contested).toBe(contested);
  });
});
