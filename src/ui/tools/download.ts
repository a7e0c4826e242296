// The downloads as plain values: the PNG's file name, what its header and legend say, and how big the picture
// is. The data files are export-file.ts's (loaded when one is asked for). The drawing itself (png.ts) and the
// click (DownloadMenu) stay thin.
import type { Faction, ISODate } from '../../core/types.ts';

export type DownloadKind = 'snapshot' | 'timeline' | 'events' | 'png';

/** `frontline-2024-12-06.geojson`: the date first, so a folder of exports sorts by day. */
export function fileName(kind: DownloadKind, date: ISODate): string {
  switch (kind) {
    case 'snapshot':
      return `frontline-${date}.geojson`;
    case 'timeline':
      return 'frontline-timeline.geojson';
    case 'events':
      return 'frontline-events.csv';
    case 'png':
      return `frontline-${date}.png`;
  }
}

export interface LegendEntry {
  label: string;
  color: string;
  /** How the swatch is drawn: a dot for a faction's places, a hatched dot for contested, a line for fronts. */
  shape: 'dot' | 'hatched' | 'area' | 'line';
  /** Lines: width in CSS pixels, dash pattern in line widths (MapLibre's line-dasharray), a casing colour. */
  width?: number;
  dash?: number[];
  casing?: string;
}

/** The legend drawn into the PNG: the factions that hold a place on the date, then the estimated layers. */
export function legendEntries(
  factions: readonly Faction[],
  present: ReadonlySet<string>,
  options: {
    contested: boolean;
    areas: boolean;
    frontLines: boolean;
    /** The distance line drawn, if any: "Nearest opposition-held place → Homs". */
    distance?: { label: string; color: string } | null;
    ruler?: boolean;
  },
): LegendEntry[] {
  const out: LegendEntry[] = factions
    .filter((f) => present.has(f.id))
    .map((f) => ({ label: f.name, color: f.color, shape: 'dot' as const }));
  if (options.contested) out.push({ label: 'Contested', color: '#555555', shape: 'hatched' });
  if (options.areas)
    out.push({ label: 'Estimated control area (in its holder’s colour)', color: '#999999', shape: 'area' });
  // The map's own line styles (map/style.ts, tools/DistanceLines, tools/RulerLayer).
  if (options.frontLines) {
    out.push({
      label: 'Estimated front line',
      color: '#2b2b2b',
      shape: 'line',
      width: 2,
      dash: [3, 2],
      casing: 'rgba(255,255,255,0.7)',
    });
  }
  if (options.distance) {
    out.push({ label: options.distance.label, color: options.distance.color, shape: 'line', width: 1.8 });
  }
  if (options.ruler) {
    out.push({
      label: 'Ruler',
      color: '#1b1b1b',
      shape: 'line',
      width: 2,
      dash: [3, 1.5],
      casing: '#ffffff',
    });
  }
  return out;
}

export interface PngLayout {
  width: number;
  height: number;
  /** Height of the title band above the map picture. */
  header: number;
  /** Height of the credits band below it (the date's sources, the map data). */
  footer: number;
  /** Scale for text and swatches: the picture's pixels per CSS pixel of the map. */
  scale: number;
}

/** The PNG is the map picture at its own resolution, a title band above and a credits band below. */
export function pngLayout(canvasWidth: number, canvasHeight: number, pixelRatio: number): PngLayout {
  const scale = pixelRatio > 0 ? pixelRatio : 1;
  const header = Math.round(48 * scale);
  const footer = Math.round(40 * scale);
  return { width: canvasWidth, height: canvasHeight + header + footer, header, footer, scale };
}
