// The files of an export, as text: what the app's Download menu saves and `frontline export` writes, from the
// same snapshot value and the same record, so the two are the same bytes (apart from the generation time).
import type { LonLat } from '../measure/geodesic';
import type { FrontlineRecord } from '../record/open';
import type { Snapshot } from '../types';
import type { Comparison } from '../compare';
import { comparisonToGeoJSON } from './compare-geojson';
import type { ExportContext } from './context';
import { eventsToCSV } from './csv';
import { snapshotToGeoJSON } from './snapshot-geojson';
import { timelineToGeoJSON } from './timeline-geojson';

/** What the exports read of a record. */
export type ExportRecord = Pick<
  FrontlineRecord,
  'info' | 'factions' | 'sources' | 'events' | 'places' | 'placesById' | 'model'
>;

export interface FileOptions {
  /** ISO timestamp written into the file; now by default. */
  generated?: string;
  /** The ruler's points, if the user measured something (the snapshot only). */
  ruler?: readonly LonLat[];
}

export type ExportKind = 'snapshot' | 'timeline' | 'events';

function context(record: ExportRecord, generated: string | undefined): ExportContext {
  return {
    factions: record.factions,
    sources: record.sources,
    record: record.info,
    events: record.events,
    ...(generated ? { generated } : {}),
  };
}

/** GeoJSON of one date: the snapshot's places, estimated areas, front lines, distances, and the ruler. */
export function snapshotFile(snapshot: Snapshot, record: ExportRecord, options: FileOptions = {}): string {
  const ruler = options.ruler && options.ruler.length >= 2 ? { ruler: options.ruler } : {};
  return (
    JSON.stringify(snapshotToGeoJSON(snapshot, { ...context(record, options.generated), ...ruler })) + '\n'
  );
}

/** GeoJSON of every control period of every curated place, with start_date and end_date. */
export function timelineFile(record: ExportRecord, options: FileOptions = {}): string {
  const periods = record.places.flatMap((p) => record.model.timeline(p.id));
  return (
    JSON.stringify(timelineToGeoJSON(periods, record.placesById, context(record, options.generated))) + '\n'
  );
}

/** CSV of every event, in the record's one order (date, then file order). */
export function eventsFile(record: ExportRecord): string {
  return eventsToCSV(record.events, { places: record.placesById, factions: record.factions });
}

/** GeoJSON of two dates compared: the places that changed hands and each side's areas gained and lost. */
export function comparisonFile(
  comparison: Comparison,
  record: ExportRecord,
  options: FileOptions = {},
): string {
  return JSON.stringify(comparisonToGeoJSON(comparison, context(record, options.generated))) + '\n';
}
