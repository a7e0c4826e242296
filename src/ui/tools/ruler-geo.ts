// What the ruler draws: each leg as a densified geodesic, a label at the geodesic midpoint of every leg,
// the clicked points, and the total at the last point. Pure: the component only hands this to a source.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { distanceMetres, geodesicPath, pathLength, type LonLat } from '../../core/measure/geodesic.ts';
import type { RulerPoint } from './ruler-url.ts';
import { formatDistance, type Units } from './units.ts';

export interface RulerFeatureProps {
  kind: 'leg' | 'leg-label' | 'vertex' | 'total';
  /** Leg or vertex index, from 0. */
  index: number;
  /** Text drawn on the map ('' for legs and unnamed vertices). */
  label: string;
  /** Leg length, or total length, in metres (0 for vertices). */
  metres: number;
}

export interface RulerMeasure {
  legs: number[];
  total: number;
}

export function measureRuler(points: readonly RulerPoint[]): RulerMeasure {
  return pathLength(points.map((p): LonLat => [p.lon, p.lat]));
}

/** Segments at most this long on screen stay visually on the geodesic at any zoom we allow. */
function densifyStep(metres: number): number {
  // At most 128 segments a leg: enough for a smooth curve, few enough for a 1000 km leg.
  return Math.max(250, metres / 128);
}

/**
 * The geodesic midpoint of a leg. geodesicPath spaces its points evenly, so a step a little over half the
 * length yields exactly [from, middle, to].
 */
export function legMidpoint(from: LonLat, to: LonLat): LonLat {
  const metres = distanceMetres(from, to);
  if (!(metres > 0)) return from;
  const path = geodesicPath(from, to, (metres / 2) * 1.001);
  return path[1] ?? from;
}

type RulerFeature = Feature<LineString | Point, RulerFeatureProps>;

export function rulerGeoJSON(
  points: readonly RulerPoint[],
  units: Units,
): FeatureCollection<LineString | Point, RulerFeatureProps> {
  const features: RulerFeature[] = [];
  const coords = points.map((p): LonLat => [p.lon, p.lat]);
  const { legs, total } = measureRuler(points);
  legs.forEach((metres, i) => {
    const from = coords[i]!;
    const to = coords[i + 1]!;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: geodesicPath(from, to, densifyStep(metres)).map((c) => [...c]),
      },
      properties: { kind: 'leg', index: i, label: '', metres },
    });
    // With one leg the total says it all; a second label on the same line would only crowd it.
    if (legs.length > 1) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...legMidpoint(from, to)] },
        properties: { kind: 'leg-label', index: i, label: formatDistance(metres, units), metres },
      });
    }
  });
  points.forEach((p, i) => {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { kind: 'vertex', index: i, label: p.label ?? '', metres: 0 },
    });
  });
  const last = coords[coords.length - 1];
  if (legs.length > 0 && last) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...last] },
      properties: {
        kind: 'total',
        index: legs.length,
        label: legs.length > 1 ? `Total ${formatDistance(total, units)}` : formatDistance(total, units),
        metres: total,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
