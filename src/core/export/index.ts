export {
  snapshotToGeoJSON,
  rulerFeatures,
  AREA_LABEL,
  FRONT_LABEL,
  type SnapshotExportOptions,
} from './snapshot-geojson';
export { timelineToGeoJSON } from './timeline-geojson';
export { eventsToCSV, parseCSV, CSV_COLUMNS, CSV_TYPES, csvtText } from './csv';
export { featureCollectionToFgb } from './fgb';
export { featureCollectionToKml } from './kml';
export { LAYER_KINDS, selectLayer, type LayerKind } from './layers';
export { licenceStatement } from './rights';
export { normalizeFeatureCollection, normalizeGeometry, round6 } from './normalize';
export { validateRfc7946, type Rfc7946Problem } from './validate';
export { type ExportContext } from './context';
export {
  exportData,
  exportFileName,
  formatOfFileName,
  EXPORT_FORMATS,
  FORMATS_OF,
  type ExportFormat,
  type ExportSubject,
  type ExportedFile,
  snapshotFile,
  timelineFile,
  eventsFile,
  type ExportKind,
  type ExportRecord,
  type FileOptions,
} from './files';
