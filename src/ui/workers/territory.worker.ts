// Estimated areas and front lines off the main thread: a Voronoi of every known place, dissolved and clipped,
// takes tens of milliseconds for the real record and far more for a large one, which playback can't spare.
import { estimateTerritory, type TerritoryPoint } from '../../core/territory';
import type { MultiPolygon, Polygon } from 'geojson';

export interface TerritoryRequest {
  id: number;
  points: TerritoryPoint[];
  clip: Polygon | MultiPolygon;
}

self.onmessage = (e: MessageEvent<TerritoryRequest>) => {
  const { id, points, clip } = e.data;
  try {
    self.postMessage({ id, territory: estimateTerritory(points, clip) });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
};
