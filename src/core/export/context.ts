// What every export needs besides the geometry: the record's factions, sources and events (for each place's
// citations), and the metadata written at the top of each file.
import type { ControlEvent, Faction, ISODate, RecordInfo, Source } from '../types';
import { licenceStatement } from './rights';

export interface ExportContext {
  factions: readonly Faction[];
  sources: readonly Source[];
  /** The record's info; `attribution` credits its geo files (record.json). */
  record: RecordInfo & { attribution: string };
  /** The control events, so that each state or period carries the sources and quotes it rests on. */
  events: readonly ControlEvent[];
  /** ISO timestamp of the export; defaults to now. Fixed in tests so that exports are reproducible. */
  generated?: string;
}

export interface Citations {
  /** Source ids, semicolon-joined. */
  sources: string;
  /** The quotes as a JSON string [{source, quote}]: GIS tools want flat properties, and this keeps them exact. */
  quotes: string;
}

export function citationsOf(events: ReadonlyMap<string, ControlEvent>, eventId: string | null): Citations {
  const ev = eventId ? events.get(eventId) : undefined;
  const cs = ev?.citations ?? [];
  return {
    sources: cs.map((c) => c.source).join(';'),
    quotes: JSON.stringify(cs.map((c) => ({ source: c.source, quote: c.quote }))),
  };
}

/**
 * The instant a record's calendar day begins, in the record's own offset: `2024-12-06T00:00:00+03:00`, the
 * ISO date-time with zone that kepler.gl plays and KML's <TimeSpan> takes.
 */
export function dayStart(date: ISODate, utcOffset: string): string {
  return `${date}T00:00:00${utcOffset}`;
}

/** The same instant in milliseconds since 1970 UTC (kepler.gl also plays an epoch field). */
export function dayStartMs(date: ISODate, utcOffset: string): number {
  return Date.parse(dayStart(date, utcOffset));
}

/**
 * The top-level `name` and `description` of a file. GDAL reads both into the layer (the name becomes the
 * layer's name, so it is the file's own short name, safe as a Shapefile or table name; the description its
 * DESCRIPTION metadata, which QGIS shows), where foreign members are dropped: so what a reader must know (what
 * the file is, which day-boundaries, the licence) is said in `description`.
 */
export function nameAndDescription(
  ctx: ExportContext,
  name: string,
  what: string,
): { name: string; description: string } {
  return { name, description: `${what} ${licenceStatement(ctx.record)}` };
}

/** The foreign members (RFC 7946 §6.1) every export carries at its top level. */
export function metadata(ctx: ExportContext): Record<string, unknown> {
  return {
    generated: ctx.generated ?? new Date().toISOString(),
    record: {
      id: ctx.record.id,
      title: ctx.record.title,
      start: ctx.record.start,
      end: ctx.record.end,
      utc_offset: ctx.record.utcOffset,
    },
    licence: ctx.record.licence,
    licence_statement: licenceStatement(ctx.record),
    attribution: ctx.record.attribution,
    sources: ctx.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      title: s.title,
      date: s.date,
      url: s.url,
    })),
    factions: ctx.factions.map((f) => ({ id: f.id, name: f.name, bloc: f.bloc, color: f.color })),
  };
}
