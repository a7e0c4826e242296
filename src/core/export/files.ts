// The files of an export: what the app's Download menu saves and `frontline export` writes, from the same
// snapshot value and the same record, so the two are the same bytes (apart from the generation time). One
// function, `exportData`, makes every file of every format; the CLI and the menu only choose.
import type { FeatureCollection } from 'geojson';
import type { LonLat } from '../measure/geodesic';
import type { Snapshot } from '../types';
import type { Comparison } from '../compare';
import { comparisonToGeoJSON } from './compare-geojson';
import { exportContext as context, type ExportRecord } from './record-context';
import { csvtText, eventsToCSV, UTF8_BOM } from './csv';
import { featureCollectionToFgb } from './fgb';
import { featureCollectionToKml } from './kml';
import { EXTENSION, FORMATS_OF, MIME_TYPE, type ExportFormat, type ExportKind } from './formats';
import { LAYER_KINDS, selectLayer, type LayerKind } from './layers';
import { snapshotToGeoJSON } from './snapshot-geojson';
import { timelineToGeoJSON } from './timeline-geojson';

export type { ExportRecord } from './record-context';

export interface FileOptions {
  /** ISO timestamp written into the file; now by default. */
  generated?: string;
  /** The ruler's points, if the user measured something (the snapshot only). */
  ruler?: readonly LonLat[];
}

export {
  EXPORT_FORMATS,
  EXTENSION,
  FORMATS_OF,
  formatOfFileName,
  MIME_TYPE,
  type ExportFormat,
  type ExportKind,
} from './formats';

/** What to export: one date's snapshot (as the map shows it), or the record's timeline or events. */
export type ExportSubject =
  | { kind: 'snapshot'; snapshot: Snapshot; ruler?: readonly LonLat[] }
  | { kind: 'timeline' }
  | { kind: 'events' }
  | { kind: 'compare'; comparison: Comparison };

export interface ExportOptions {
  format?: ExportFormat;
  /** One geometry kind of the snapshot; a FlatGeobuf of a snapshot needs one. */
  layer?: LayerKind;
  /** CSV only: begin with the UTF-8 byte order mark (for spreadsheets). */
  bom?: boolean;
  generated?: string;
}

export interface ExportedFile {
  /** The name the app saves it under: `frontline-2024-12-06-places.geojson`. */
  name: string;
  type: string;
  format: ExportFormat;
  /** Text for the text formats, bytes for FlatGeobuf. */
  data: string | Uint8Array;
}

/** A request the exports cannot make; the message says what would work. */
export class ExportRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRequestError';
  }
}

function snapshotCollection(
  snapshot: Snapshot,
  record: ExportRecord,
  options: FileOptions,
): FeatureCollection {
  const ruler = options.ruler && options.ruler.length >= 2 ? { ruler: options.ruler } : {};
  return snapshotToGeoJSON(snapshot, { ...context(record, options.generated), ...ruler });
}

function timelineCollection(record: ExportRecord, generated: string | undefined): FeatureCollection {
  const periods = record.places.flatMap((p) => record.model.timeline(p.id));
  return timelineToGeoJSON(periods, record.placesById, context(record, generated));
}

/** GeoJSON of one date: the snapshot's places, estimated areas, front lines, distances, and the ruler. */
export function snapshotFile(snapshot: Snapshot, record: ExportRecord, options: FileOptions = {}): string {
  return JSON.stringify(snapshotCollection(snapshot, record, options)) + '\n';
}

/** GeoJSON of every control period of every curated place, with start_date and end_date. */
export function timelineFile(record: ExportRecord, options: FileOptions = {}): string {
  return JSON.stringify(timelineCollection(record, options.generated)) + '\n';
}

/** CSV of every event, in the record's one order (date, then file order). */
export function eventsFile(record: ExportRecord, options: { bom?: boolean } = {}): string {
  const csv = eventsToCSV(record.events, {
    places: record.placesById,
    factions: record.factions,
    sources: record.sources,
  });
  return options.bom ? UTF8_BOM + csv : csv;
}

/** GeoJSON of two dates compared: the places that changed hands and each side's areas gained and lost. */
export function comparisonFile(
  comparison: Comparison,
  record: ExportRecord,
  options: FileOptions = {},
): string {
  return exportedText(
    exportData(
      record,
      { kind: 'compare', comparison },
      options.generated ? { generated: options.generated } : {},
    ),
  );
}

function baseName(subject: ExportSubject, layer: LayerKind | undefined): string {
  const stem =
    subject.kind === 'snapshot'
      ? `frontline-${subject.snapshot.date}`
      : subject.kind === 'compare'
        ? `frontline-compare-${subject.comparison.from}-${subject.comparison.to}`
        : `frontline-${subject.kind}`;
  return layer ? `${stem}-${layer}` : stem;
}

/** The file name of an export, for the app's downloads: the date first, so a folder of them sorts by day. */
export function exportFileName(subject: ExportSubject, format: ExportFormat, layer?: LayerKind): string {
  return baseName(subject, layer) + EXTENSION[format];
}

/** Checks that `format` and `layer` suit the subject; a clear reason otherwise. */
export function checkRequest(kind: ExportKind, format: ExportFormat, layer: LayerKind | undefined): void {
  if (!FORMATS_OF[kind].includes(format))
    throw new ExportRequestError(`the ${kind} export comes as ${FORMATS_OF[kind].join(', ')}, not ${format}`);
  if (layer !== undefined && !LAYER_KINDS.includes(layer))
    throw new ExportRequestError(`no layer "${String(layer)}": choose ${LAYER_KINDS.join(', ')}`);
  if (layer !== undefined && kind !== 'snapshot')
    throw new ExportRequestError(`layers are the snapshot's (places, areas, lines); the ${kind} has one`);
  if (kind === 'snapshot' && format === 'fgb' && layer === undefined)
    throw new ExportRequestError(
      `a FlatGeobuf file holds one geometry kind: choose a layer (${LAYER_KINDS.join(', ')})`,
    );
}

/** The KML document's name, which Google Earth's Places panel shows: the record's title and what this is. */
function kmlTitle(record: ExportRecord, subject: ExportSubject, layer: LayerKind | undefined): string {
  const what =
    subject.kind === 'snapshot'
      ? subject.snapshot.date
      : subject.kind === 'compare'
        ? `changes from ${subject.comparison.from} to ${subject.comparison.to}`
        : 'control periods';
  return `${record.info.title} — ${what}${layer ? ` (${layer})` : ''}`;
}

/** Any export, in any of its formats: the one function behind `frontline export` and the Download menu. */
export function exportData(
  record: ExportRecord,
  subject: ExportSubject,
  options: ExportOptions = {},
): ExportedFile {
  const format = options.format ?? FORMATS_OF[subject.kind][0]!;
  checkRequest(subject.kind, format, options.layer);
  const file = (data: string | Uint8Array): ExportedFile => ({
    name: exportFileName(subject, format, options.layer),
    type: MIME_TYPE[format],
    format,
    data,
  });
  if (subject.kind === 'events')
    return file(format === 'csvt' ? csvtText() : eventsFile(record, { bom: options.bom ?? false }));
  let fc =
    subject.kind === 'snapshot'
      ? snapshotCollection(subject.snapshot, record, {
          ...(options.generated ? { generated: options.generated } : {}),
          ...(subject.ruler ? { ruler: subject.ruler } : {}),
        })
      : subject.kind === 'compare'
        ? comparisonToGeoJSON(subject.comparison, context(record, options.generated))
        : timelineCollection(record, options.generated);
  if (options.layer) fc = selectLayer(fc, options.layer);
  const top = fc as FeatureCollection & { name?: string; description?: string };
  switch (format) {
    case 'geojson':
      return file(JSON.stringify(fc) + '\n');
    case 'kml':
      return file(
        featureCollectionToKml(fc, {
          name: kmlTitle(record, subject, options.layer),
          ...(top.description ? { description: top.description } : {}),
          folders: subject.kind === 'snapshot',
        }),
      );
    default:
      return file(
        featureCollectionToFgb(fc, {
          ...(top.name ? { title: top.name } : {}),
          ...(top.description ? { description: top.description } : {}),
        }),
      );
  }
}

/** The text of a text export (GeoJSON, KML, CSV), which is most of them; FlatGeobuf is bytes. */
export function exportedText(file: ExportedFile): string {
  if (typeof file.data !== 'string') throw new TypeError(`${file.name} is binary`);
  return file.data;
}

export type { LayerKind } from './layers';
export { LAYER_KINDS } from './layers';
