// The plain-value decisions of the PNG download: where the legend goes (the corner the front leaves free), how
// long the scale bar is, and which outlets the picture credits. Pure, tested in Node; map/png.ts draws.
import type { ControlEvent, ISODate, PlaceState, Source } from '../../core/types.ts';

export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
export const CORNERS: readonly Corner[] = ['bottom-left', 'top-left', 'bottom-right', 'top-right'];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The legend's box in a corner of a `width` × `height` picture, `margin` from its edges. */
export function cornerBox(
  corner: Corner,
  size: { width: number; height: number },
  width: number,
  height: number,
  margin: number,
): Box {
  const x = corner.endsWith('left') ? margin : width - size.width - margin;
  const y = corner.startsWith('top') ? margin : height - size.height - margin;
  return { x, y, width: size.width, height: size.height };
}

/**
 * The corner whose legend box covers the fewest points of the action (front-line vertices, places that changed
 * that day); ties go to the first of CORNERS. Points are in picture pixels.
 */
export function clearCorner(
  points: ReadonlyArray<readonly [number, number]>,
  size: { width: number; height: number },
  width: number,
  height: number,
  margin: number,
  corners: readonly Corner[] = CORNERS,
): Corner {
  let best = corners[0]!;
  let fewest = Infinity;
  for (const c of corners) {
    const b = cornerBox(c, size, width, height, margin);
    // A little room around the box too: a front line grazing the legend's edge reads as hidden by it.
    const pad = 8;
    let n = 0;
    for (const [x, y] of points) {
      if (x >= b.x - pad && x <= b.x + b.width + pad && y >= b.y - pad && y <= b.y + b.height + pad) n++;
    }
    if (n < fewest) {
      fewest = n;
      best = c;
    }
  }
  return best;
}

const NICE = [1, 2, 5];

/**
 * A scale bar no longer than `maxPx`: the longest round length (1, 2 or 5 × a power of ten) in `unit` that fits,
 * given how many metres one picture pixel spans.
 */
export function scaleBar(
  metresPerPx: number,
  maxPx: number,
  unit: 'km' | 'mi',
): { px: number; label: string } {
  const unitM = unit === 'km' ? 1000 : 1609.344;
  const maxUnits = (metresPerPx * maxPx) / unitM;
  let best = 0;
  for (let e = -3; e <= 5; e++) {
    for (const n of NICE) {
      const v = n * 10 ** e;
      if (v <= maxUnits && v > best) best = v;
    }
  }
  if (best === 0) best = maxUnits;
  const label = `${Number(best.toPrecision(3))} ${unit}`;
  return { px: (best * unitM) / metresPerPx, label };
}

/**
 * The outlets behind the picture: the sources cited by the event that set each place's state on the date, most
 * cited first (then by name), as "Outlet" strings.
 */
export function creditedOutlets(
  states: Iterable<PlaceState>,
  eventsById: ReadonlyMap<string, ControlEvent>,
  sourcesById: ReadonlyMap<string, Source>,
): string[] {
  const count = new Map<string, number>();
  for (const s of states) {
    const e = s.eventId ? eventsById.get(s.eventId) : undefined;
    if (!e) continue;
    const outlets = new Set(e.citations.map((c) => sourcesById.get(c.source)?.outlet ?? c.source));
    for (const o of outlets) count.set(o, (count.get(o) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
}

/** "Sources: A, B, C and 12 more" within `max` names. */
export function sourcesLine(outlets: readonly string[], date: ISODate, max = 6): string {
  if (outlets.length === 0) return `No source cited for ${date}`;
  const shown = outlets.slice(0, max).join(', ');
  const more = outlets.length - max;
  return `Sources for ${date}: ${shown}${more > 0 ? ` and ${more} more (all in the GeoJSON and CSV downloads)` : ''}`;
}
