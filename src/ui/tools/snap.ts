// A click near a place's dot measures from the place itself, not from wherever the pixel fell: a ruler from
// Rastan to Homs then reads the gazetteer's distance (22.19 km) instead of one a few hundred metres off.
import type { Place } from '../../core/types.ts';

export interface ScreenPoint {
  x: number;
  y: number;
}

export function snapToPlace(
  click: ScreenPoint,
  places: readonly Place[],
  project: (lonLat: [number, number]) => ScreenPoint,
  radiusPx = 10,
): Place | null {
  let best: Place | null = null;
  let bestD = radiusPx;
  for (const p of places) {
    const s = project([p.lon, p.lat]);
    const d = Math.hypot(s.x - click.x, s.y - click.y);
    if (d <= bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}
