// The compare export as a file: GeoJSON of two dates compared. Apart from files.ts (which re-exports it for the
// CLI) so that the app's compare view loads this writer alone, not FlatGeobuf and KML with it.
import type { Comparison } from '../compare';
import { comparisonToGeoJSON } from './compare-geojson';
import { exportContext, type ExportRecord } from './record-context';

/** GeoJSON of two dates compared: the places that changed hands and each side's areas gained and lost. */
export function comparisonFile(
  comparison: Comparison,
  record: ExportRecord,
  options: { generated?: string } = {},
): string {
  return JSON.stringify(comparisonToGeoJSON(comparison, exportContext(record, options.generated))) + '\n';
}
