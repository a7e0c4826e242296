// Reads and validates the control record (data/record.json, factions.jsonl, sources.jsonl, events.jsonl).
// Pure: every function takes file text and a file name, so the same code runs in Node, the browser and a
// worker. Problems are collected, not thrown one by one, so an analyst sees every bad row at once; each
// names its file, line and field.
import { z } from './zod';
import { isISODate, toDayNumber } from '../dates';
import {
  BLOC_IDS,
  DataError,
  FACTION_IDS,
  type ControlEvent,
  type DataIssue,
  type Faction,
  type RecordInfo,
  type Source,
  type SourceKind,
} from '../types';

export interface TextFile {
  text: string;
  fileName: string;
}

export interface RecordFiles {
  record: TextFile;
  factions: TextFile;
  sources: TextFile;
  events: TextFile;
  /** data/source-kinds.jsonl; when given, every source's `kind` must be one of its ids. */
  sourceKinds?: TextFile;
}

export interface LoadedRecord {
  record: RecordInfo;
  factions: Faction[];
  sources: Source[];
  events: ControlEvent[];
  /** The kinds of data/source-kinds.jsonl; empty when the file was not given. */
  sourceKinds: SourceKind[];
}

export interface LoadOptions {
  /** Known place ids; when given, events naming another place are rejected. */
  placeIds?: ReadonlySet<string>;
  /** Nearest known ids for an unknown place, for the error message (e.g. the gazetteer's suggestions). */
  suggest?: (id: string) => string[];
}

const isoDate = z.string().refine(isISODate, { message: 'not a date (YYYY-MM-DD)' });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a lowercase slug (a-z, 0-9, -)');

const recordSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  start: isoDate,
  end: isoDate,
  licence: z.string().min(1),
  description: z.string(),
});

const factionSchema = z.strictObject({
  id: z.enum(FACTION_IDS),
  name: z.string().min(1),
  bloc: z.enum(BLOC_IDS),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'not a #rrggbb colour'),
  description: z.string(),
});

const sourceKindSchema = z.strictObject({
  id: slug,
  sufficient: z.boolean(),
  description: z.string().min(1),
});

const sourceSchema = z.strictObject({
  id: z.string().min(1),
  outlet: z.string().min(1),
  title: z.string().min(1),
  // null when the page shows no publication date (a wiki's revision): such a source never dates an event.
  date: isoDate.nullable(),
  // Only http and https: a link the app shows must not be javascript: or data:.
  url: z.url({ protocol: /^https?$/, message: 'not an http or https URL' }).nullable(),
  kind: slug,
  language: z.string().regex(/^[a-z]{2,3}$/, 'not an ISO 639 language code (en, ar, pt …)'),
  partisan: z.string().min(1).optional(),
  wire: z.string().min(1).optional(),
  note: z.string().optional(),
});

const citationSchema = z.strictObject({
  source: z.string().min(1, 'empty source id'),
  quote: z.string().trim().min(1, 'empty quote: cite the words the event rests on'),
  translation: z.string().trim().min(1, 'empty translation').optional(),
  // The quote's own language where it differs from its page's (an English post embedded in a Greek report).
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'not an ISO 639 language code (en, ar, pt …)')
    .optional(),
});

const eventSchema = z.strictObject({
  id: z.string().min(1),
  date: isoDate,
  place: z.string().min(1),
  status: z.enum(['controlled', 'contested']),
  // Faction ids are checked against factions.jsonl afterwards, for a message that lists the known ones.
  factions: z.array(z.string()),
  citations: z.array(citationSchema).min(1, 'an event needs at least one source'),
  confidence: z.enum(['high', 'medium', 'low']),
  precision: z.enum(['day', 'approximate']),
  altDate: isoDate.optional(),
  note: z.string().optional(),
});

interface Row {
  line: number;
  value: unknown;
}

/** JSON lines: one object per line; blank lines and `#` comments are skipped but still counted. */
export function readJsonLines(text: string, fileName: string, issues: DataIssue[]): Row[] {
  const rows: Row[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    try {
      rows.push({ line: i + 1, value: JSON.parse(s) });
    } catch (e) {
      issues.push({
        file: fileName,
        line: i + 1,
        field: '(line)',
        message: `not valid JSON: ${(e as Error).message}`,
      });
    }
  });
  return rows;
}

function pushZodIssues(error: z.ZodError, file: string, line: number, issues: DataIssue[]): void {
  for (const iss of error.issues) {
    const field = iss.path.length ? iss.path.join('.') : '(object)';
    issues.push({ file, line, field, message: iss.message });
  }
}

function parseRows<T>(
  rows: Row[],
  schema: z.ZodType<T>,
  file: string,
  issues: DataIssue[],
): Array<{ line: number; value: T }> {
  const out: Array<{ line: number; value: T }> = [];
  for (const r of rows) {
    const res = schema.safeParse(r.value);
    if (res.success) out.push({ line: r.line, value: res.data });
    else pushZodIssues(res.error, file, r.line, issues);
  }
  return out;
}

function checkDuplicateIds(
  rows: Array<{ line: number; value: { id: string } }>,
  file: string,
  issues: DataIssue[],
): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(r.value.id);
    if (first !== undefined) {
      issues.push({
        file,
        line: r.line,
        field: 'id',
        message: `duplicate id "${r.value.id}" (first on line ${first})`,
      });
    } else seen.set(r.value.id, r.line);
  }
}

function throwIfAny(issues: DataIssue[]): void {
  if (issues.length) throw new DataError(issues);
}

/** data/record.json: one JSON object (comments not allowed: it is plain JSON). */
export function parseRecordInfo(text: string, fileName: string, issues: DataIssue[] = []): RecordInfo | null {
  const own: DataIssue[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    own.push({
      file: fileName,
      line: 1,
      field: '(file)',
      message: `not valid JSON: ${(e as Error).message}`,
    });
  }
  let record: RecordInfo | null = null;
  if (!own.length) {
    const res = recordSchema.safeParse(value);
    if (res.success) {
      record = res.data;
      if (record.start > record.end) {
        own.push({
          file: fileName,
          line: lineOfKey(text, 'end'),
          field: 'end',
          message: `end ${record.end} is before start ${record.start}`,
        });
      }
    } else {
      for (const iss of res.error.issues) {
        const key = String(iss.path[0] ?? '');
        own.push({
          file: fileName,
          line: key ? lineOfKey(text, key) : 1,
          field: iss.path.join('.') || '(object)',
          message: iss.message,
        });
      }
    }
  }
  issues.push(...own);
  return own.length ? null : record;
}

/** The line where `"key":` first appears, so record.json errors point at the right line. */
function lineOfKey(text: string, key: string): number {
  const i = text.indexOf(`"${key}"`);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

export function parseFactions(text: string, fileName: string, issues: DataIssue[] = []): Faction[] {
  const rows = parseRows(readJsonLines(text, fileName, issues), factionSchema, fileName, issues);
  checkDuplicateIds(rows, fileName, issues);
  return rows.map((r) => r.value);
}

export function parseSourceKinds(text: string, fileName: string, issues: DataIssue[] = []): SourceKind[] {
  const rows = parseRows(readJsonLines(text, fileName, issues), sourceKindSchema, fileName, issues);
  checkDuplicateIds(rows, fileName, issues);
  return rows.map((r) => r.value);
}

/**
 * data/sources.jsonl. With `kinds`, a source of an unknown kind is an issue on its line (the list of kinds is
 * data, so a record can add its own).
 */
export function parseSources(
  text: string,
  fileName: string,
  issues: DataIssue[] = [],
  kinds?: readonly SourceKind[],
): Source[] {
  const rows = parseRows(readJsonLines(text, fileName, issues), sourceSchema, fileName, issues);
  checkDuplicateIds(rows, fileName, issues);
  if (kinds) {
    const known = new Set(kinds.map((k) => k.id));
    for (const r of rows) {
      if (!known.has(r.value.kind))
        issues.push({
          file: fileName,
          line: r.line,
          field: 'kind',
          message: `unknown source kind "${r.value.kind}" (known: ${[...known].join(', ')})`,
        });
    }
  }
  return rows.map((r) => r.value);
}

/** Shape checks only; cross-file checks (places, factions, sources, range) happen in `loadRecord`. */
export function parseEvents(text: string, fileName: string, issues: DataIssue[] = []): ControlEvent[] {
  const rows = parseRows(readJsonLines(text, fileName, issues), eventSchema, fileName, issues);
  checkDuplicateIds(rows, fileName, issues);
  return rows.map((r) => ({
    ...(r.value as Omit<ControlEvent, 'origin'>),
    origin: { file: fileName, line: r.line },
  }));
}

/** Reads the four files, checks each against the others, and throws one DataError listing every problem. */
export function loadRecord(files: RecordFiles, options: LoadOptions = {}): LoadedRecord {
  const issues: DataIssue[] = [];
  const record = parseRecordInfo(files.record.text, files.record.fileName, issues);
  const factions = parseFactions(files.factions.text, files.factions.fileName, issues);
  const sourceKinds = files.sourceKinds
    ? parseSourceKinds(files.sourceKinds.text, files.sourceKinds.fileName, issues)
    : undefined;
  const sources = parseSources(files.sources.text, files.sources.fileName, issues, sourceKinds);
  const events = parseEvents(files.events.text, files.events.fileName, issues);
  issues.push(...checkEvents(events, { record, factions, sources, ...options }));
  throwIfAny(issues);
  return { record: record!, factions, sources, events, sourceKinds: sourceKinds ?? [] };
}

interface CheckContext extends LoadOptions {
  record: RecordInfo | null;
  factions: Faction[];
  sources: Source[];
}

/** Cross-file checks of parsed events; returns the issues (empty when the events are consistent). */
export function checkEvents(events: ControlEvent[], ctx: CheckContext): DataIssue[] {
  const issues: DataIssue[] = [];
  const factionIds = new Set(ctx.factions.map((f) => f.id as string));
  const sourceById = new Map(ctx.sources.map((s) => [s.id, s]));
  const byPlaceDay = new Map<string, ControlEvent>();
  const at = (e: ControlEvent, field: string, message: string) =>
    issues.push({ file: e.origin?.file ?? '(events)', line: e.origin?.line ?? 0, field, message });

  for (const e of events) {
    if (ctx.placeIds && !ctx.placeIds.has(e.place)) {
      const near = ctx.suggest?.(e.place) ?? [];
      at(
        e,
        'place',
        `unknown place "${e.place}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ''}`,
      );
    }
    e.factions.forEach((f, i) => {
      if (!factionIds.has(f))
        at(e, `factions.${i}`, `unknown faction "${f}" (known: ${[...factionIds].join(', ')})`);
    });
    if (new Set(e.factions).size !== e.factions.length) at(e, 'factions', 'a faction is listed twice');
    if (e.status === 'controlled' && e.factions.length !== 1) {
      at(e, 'factions', `a controlled place has exactly one faction, not ${e.factions.length}`);
    }
    if (e.status === 'contested' && e.factions.length < 2) {
      at(e, 'factions', `a contested place has two or more factions, not ${e.factions.length}`);
    }
    e.citations.forEach((c, i) => {
      const s = sourceById.get(c.source);
      if (!s) at(e, `citations.${i}.source`, `unknown source "${c.source}": add it to the sources file`);
      else if ((c.language ?? s.language) !== 'en' && c.translation === undefined)
        at(
          e,
          `citations.${i}.translation`,
          `"${c.source}" is in ${c.language ?? s.language}: keep the quote in the original and give an English translation`,
        );
    });
    if (ctx.record && (e.date < ctx.record.start || e.date > ctx.record.end)) {
      at(e, 'date', `${e.date} is outside the record's range ${ctx.record.start} – ${ctx.record.end}`);
    }
    if (e.altDate !== undefined && e.altDate === e.date) at(e, 'altDate', 'altDate repeats date');

    const key = `${e.place}\u0000${toDayNumber(e.date)}`;
    const prior = byPlaceDay.get(key);
    if (prior) {
      const same = prior.status === e.status && sameSet(prior.factions, e.factions);
      at(
        e,
        'date',
        same
          ? `"${e.place}" already has an event on ${e.date} (line ${prior.origin?.line}): merge the two`
          : `contradicts line ${prior.origin?.line}: "${e.place}" cannot be both ${describe(prior)} and ${describe(e)} on ${e.date}`,
      );
    } else byPlaceDay.set(key, e);
  }
  return issues;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function describe(e: ControlEvent): string {
  return e.status === 'controlled' ? `held by ${e.factions[0]}` : `contested by ${e.factions.join(' and ')}`;
}
