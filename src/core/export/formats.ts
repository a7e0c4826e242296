// The export formats and what each is called: a module without the writers, so that the app's Download menu
// can name its items without loading the export code until a file is asked for.
export type ExportKind = 'snapshot' | 'timeline' | 'events' | 'compare';

/** The file formats, by the extension that names them (`--out x.fgb`). */
export const EXPORT_FORMATS = ['geojson', 'fgb', 'kml', 'csv', 'csvt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXTENSION: Record<ExportFormat, string> = {
  geojson: '.geojson',
  fgb: '.fgb',
  kml: '.kml',
  csv: '.csv',
  csvt: '.csvt',
};

export const MIME_TYPE: Record<ExportFormat, string> = {
  geojson: 'application/geo+json',
  fgb: 'application/flatgeobuf',
  kml: 'application/vnd.google-earth.kml+xml',
  csv: 'text/csv;charset=utf-8',
  csvt: 'text/plain;charset=utf-8',
};

/** The formats each kind of export comes in; the first is its default. */
export const FORMATS_OF: Record<ExportKind, readonly ExportFormat[]> = {
  snapshot: ['geojson', 'fgb', 'kml'],
  timeline: ['geojson', 'fgb', 'kml'],
  events: ['csv', 'csvt'],
  // Points and polygons together: no FlatGeobuf, which holds one geometry kind.
  compare: ['geojson', 'kml'],
};

/** The format a file name asks for by its extension (`.json` is GeoJSON too), or null. */
export function formatOfFileName(name: string): ExportFormat | null {
  const m = /\.([a-z]+)$/i.exec(name);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'json') return 'geojson';
  return (EXPORT_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as ExportFormat) : null;
}

export type { LayerKind } from './layers';
