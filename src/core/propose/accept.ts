// Accepted proposals as the lines an analyst adds to the record: one source line for the report, a new event
// line for each new change, and for a change the record already has, that event's line again with the
// report's quote added to its citations (to replace its old line, which the download names). `applyAccepted`
// writes them into a copy of the record's files, so the one loader (openRecord) checks them before download.
import type { ControlEvent, ControlStatus, FactionId, ISODate, Source } from '../types';
import type { Proposal } from './propose';
import type { Relation } from './relation';

export interface ReportMeta {
  outlet: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: ISODate;
  url: string | null;
  /** An id of data/source-kinds.jsonl. */
  kind: string;
  language: string;
}

/** A proposal the analyst accepted, as edited. */
export interface Accepted {
  proposal: Proposal;
  relation: Relation | null;
  date: ISODate;
  status: ControlStatus;
  factions: FactionId[];
}

export interface AcceptRecord {
  sourcesById: ReadonlyMap<string, unknown>;
  eventsById: ReadonlyMap<string, ControlEvent>;
}

export interface AcceptedLines {
  source: Source;
  /** New events: lines to append to data/events.jsonl. */
  added: ControlEvent[];
  /** Events the record has, with the report's quote added: each replaces the line it was read from. */
  updated: Array<{ event: ControlEvent; line: number }>;
  /** data/sources.jsonl lines to append. */
  sourcesText: string;
  /** data/events.jsonl lines: the new ones to append, then each updated one after a comment naming its line. */
  eventsText: string;
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'report'
  );
}

/** A source id the record does not have yet: outlet and date, numbered when taken. */
export function sourceIdFor(record: AcceptRecord, meta: ReportMeta, place?: string): string {
  const base = [slug(meta.outlet), place, meta.date].filter(Boolean).join('-');
  let id = base;
  for (let n = 2; record.sourcesById.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Keys in the order the record's files write them, so the lines diff cleanly. */
function eventJson(e: ControlEvent): string {
  const { origin: _origin, ...rest } = e;
  void _origin;
  const ordered: Record<string, unknown> = {};
  for (const k of [
    'id',
    'date',
    'place',
    'status',
    'factions',
    'citations',
    'confidence',
    'precision',
    'altDate',
    'note',
  ])
    if ((rest as Record<string, unknown>)[k] !== undefined) ordered[k] = (rest as Record<string, unknown>)[k];
  return JSON.stringify(ordered);
}

export function acceptedLines(
  record: AcceptRecord,
  meta: ReportMeta,
  accepted: readonly Accepted[],
): AcceptedLines {
  const source: Source = {
    id: sourceIdFor(record, meta, accepted.length === 1 ? accepted[0]!.proposal.place : undefined),
    outlet: meta.outlet,
    title: meta.title,
    date: meta.date,
    url: meta.url,
    kind: meta.kind,
    language: meta.language,
    note: 'added from a report through "Add a report" (frontline propose)',
  };
  const added: ControlEvent[] = [];
  const updated: AcceptedLines['updated'] = [];
  for (const a of accepted) {
    const p = a.proposal;
    const citation = { source: source.id, quote: p.quote };
    const existing = a.relation?.event ? record.eventsById.get(a.relation.event) : undefined;
    // Same change the record has: its event gains the quote (unless it already cites the report).
    if (
      existing &&
      (a.relation?.kind === 'adds_source' || a.relation?.kind === 'confirms') &&
      a.date === p.date
    ) {
      const had = updated.find((u) => u.event.id === existing.id);
      const base = had?.event ?? existing;
      const next = { ...base, citations: [...base.citations, citation] };
      if (had) had.event = next;
      else updated.push({ event: next, line: existing.origin?.line ?? 0 });
      continue;
    }
    const undated = /^no time word|some day before publication/.test(p.date_reason) && a.date === p.date;
    added.push({
      id: `${a.date}-${p.place}`,
      date: a.date,
      place: p.place,
      status: a.status,
      factions: a.factions,
      citations: [citation],
      confidence: p.confidence,
      precision: undated ? 'approximate' : 'day',
      note: `proposed from the report: ${p.date_reason}; cue “${p.cue}”${a.date !== p.date ? `; date edited to ${a.date}` : ''}`,
    });
  }
  const sourcesText = JSON.stringify(source) + '\n';
  const eventsText =
    added.map((e) => eventJson(e) + '\n').join('') +
    updated
      .map(
        (u) =>
          `# replaces data/events.jsonl line ${u.line} (${u.event.id}): the report's quote added\n${eventJson(u.event)}\n`,
      )
      .join('');
  return { source, added, updated, sourcesText, eventsText };
}

/** The record's files with the lines applied: the source and new events appended, updated events replaced. */
export function applyAccepted(
  files: Readonly<Record<string, string>>,
  lines: AcceptedLines,
): Record<string, string> {
  const withNewline = (t: string) => (t === '' || t.endsWith('\n') ? t : t + '\n');
  const events = (files['data/events.jsonl'] ?? '').split('\n');
  for (const u of lines.updated) if (u.line > 0) events[u.line - 1] = eventJson(u.event);
  return {
    ...files,
    'data/sources.jsonl': withNewline(files['data/sources.jsonl'] ?? '') + lines.sourcesText,
    'data/events.jsonl':
      withNewline(events.join('\n')) + lines.added.map((e) => eventJson(e) + '\n').join(''),
  };
}

/** Text split into plain runs and place names, for highlighting (the UI escapes both: they are text). */
export function highlightSegments(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number; place: string }>,
): Array<{ text: string; place: string | null; start: number }> {
  const out: Array<{ text: string; place: string | null; start: number }> = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), place: null, start: at });
    out.push({ text: text.slice(m.start, m.end), place: m.place, start: m.start });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), place: null, start: at });
  return out;
}
