// The data downloads: each file's name, type and contents, written by core/export's exportData from the
// snapshot, exactly as `frontline export` writes it. A module of its own so that the export code (FlatGeobuf,
// KML, CSV writers) loads when a file is asked for, not with the map.
import {
  exportData,
  type ExportedFile,
  type ExportFormat,
  type ExportRecord,
  type LayerKind,
} from '../../core/export/files.ts';
import type { LonLat } from '../../core/measure/geodesic.ts';
import type { ISODate, Snapshot } from '../../core/types.ts';

/** A data download: the snapshot on screen (with the ruler, if any), or the whole record's timeline or events. */
export type ExportRequest = (
  | { kind: 'snapshot'; snapshot: Snapshot; ruler?: readonly LonLat[]; layer?: LayerKind }
  | { kind: 'timeline' | 'events'; date: ISODate }
) & { format?: ExportFormat; bom?: boolean };

/**
 * One data download of the menu: the same function (core/export's exportData) and, for the date, the same
 * snapshot value as `frontline export`, so the bytes agree (but for the generation time).
 */
export function exportFile(record: ExportRecord, request: ExportRequest, generated?: string): ExportedFile {
  const options = {
    ...(generated ? { generated } : {}),
    ...(request.format ? { format: request.format } : {}),
    ...(request.bom ? { bom: true } : {}),
  };
  if (request.kind === 'snapshot') {
    const { snapshot, ruler, layer } = request;
    return exportData(
      record,
      { kind: 'snapshot', snapshot, ...(ruler ? { ruler } : {}) },
      { ...options, ...(layer ? { layer } : {}) },
    );
  }
  return exportData(record, { kind: request.kind }, options);
}
