export {
  snapshotToGeoJSON,
  rulerFeatures,
  AREA_LABEL,
  FRONT_LABEL,
  type SnapshotExportOptions,
} from './snapshot-geojson';
export { timelineToGeoJSON } from './timeline-geojson';
export { eventsToCSV, parseCSV, CSV_COLUMNS } from './csv';
export { normalizeFeatureCollection, normalizeGeometry, round6 } from './normalize';
export { validateRfc7946, type Rfc7946Problem } from './validate';
export { type ExportContext } from './context';
export {
  snapshotFile,
  timelineFile,
  eventsFile,
  type ExportKind,
  type ExportRecord,
  type FileOptions,
} from './files';
