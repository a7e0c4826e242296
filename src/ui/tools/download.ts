// The downloads as plain values: each file's name, type and text (written by core/export's functions from
// the snapshot, exactly as `frontline export` writes it), what the PNG's header and legend say, and how big
// the picture is. The drawing itself (png.ts) and the click (DownloadMenu) stay thin.
import { eventsFile, snapshotFile, timelineFile, type ExportRecord } from '../../core/export/files.ts';
import type { LonLat } from '../../core/measure/geodesic.ts';
import type { Faction, ISODate, Snapshot } from '../../core/types.ts';

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

export const MIME: Record<DownloadKind, string> = {
  snapshot: 'application/geo+json',
  timeline: 'application/geo+json',
  events: 'text/csv;charset=utf-8',
  png: 'image/png',
};

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

/** A data download: the snapshot on screen (with the ruler, if any), or the whole record's timeline or events. */
export type ExportRequest =
  | { kind: 'snapshot'; snapshot: Snapshot; ruler?: readonly LonLat[] }
  | { kind: 'timeline' | 'events'; date: ISODate };

/**
 * One data download of the menu: the same functions and, for the date, the same snapshot value as
 * `frontline export --date`, `--timeline` and `--csv`, so the bytes agree (but for the generation time).
 */
export function exportFile(record: ExportRecord, request: ExportRequest, generated?: string): DownloadFile {
  const options = generated ? { generated } : {};
  if (request.kind === 'snapshot') {
    const { snapshot, ruler } = request;
    return {
      name: fileName('snapshot', snapshot.date),
      type: MIME.snapshot,
      text: snapshotFile(snapshot, record, { ...options, ...(ruler ? { ruler } : {}) }),
    };
  }
  const text = request.kind === 'timeline' ? timelineFile(record, options) : eventsFile(record);
  return { name: fileName(request.kind, request.date), type: MIME[request.kind], text };
}

export interface LegendEntry {
  label: string;
  color: string;
  /** How the swatch is drawn: a dot for a faction's places, a hatched dot for contested, a line for fronts. */
  shape: 'dot' | 'hatched' | 'area' | 'line';
}

/** The legend drawn into the PNG: the factions that hold a place on the date, then the estimated layers. */
export function legendEntries(
  factions: readonly Faction[],
  present: ReadonlySet<string>,
  options: { contested: boolean; areas: boolean; frontLines: boolean },
): LegendEntry[] {
  const out: LegendEntry[] = factions
    .filter((f) => present.has(f.id))
    .map((f) => ({ label: f.name, color: f.color, shape: 'dot' as const }));
  if (options.contested) out.push({ label: 'Contested', color: '#555555', shape: 'hatched' });
  if (options.areas) out.push({ label: 'Estimated control area', color: '#999999', shape: 'area' });
  if (options.frontLines) out.push({ label: 'Estimated front line', color: '#2b2b2b', shape: 'line' });
  return out;
}

export interface PngLayout {
  width: number;
  height: number;
  /** Height of the title band above the map picture. */
  header: number;
  /** Scale for text and swatches: the map canvas's pixels per CSS pixel. */
  scale: number;
}

/** The PNG is the map picture at its own resolution with a title band on top; legend and credits sit on the map. */
export function pngLayout(canvasWidth: number, canvasHeight: number, pixelRatio: number): PngLayout {
  const scale = pixelRatio > 0 ? pixelRatio : 1;
  const header = Math.round(48 * scale);
  return { width: canvasWidth, height: canvasHeight + header, header, scale };
}
