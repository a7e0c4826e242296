// Parses and validates the files of data/ (record.json, factions.jsonl, sources.jsonl, events.jsonl) for
// core/record's openRecord. Pure: every function takes file text and a file name, so the same code runs in Node, the browser and a
// worker. Problems are collected, not thrown one by one, so an analyst sees every bad row at once; each
// names its file, line and field.
import { echo } from '../echo';
import { z } from './zod';
import { isISODate, toDayNumber } from '../dates';
import { jsonValueLines, lineOfPath, splitLines } from './json-lines';
import {
  issuesFull,
  type ControlEvent,
  type DataIssue,
  type Faction,
  type RecordManifest,
  type Source,
  type SourceKind,
} from '../types';

export interface LoadOptions {
  /** Known place ids; when given, events naming another place are rejected. */
  placeIds?: ReadonlySet<string>;
  /** Nearest known ids for an unknown place, for the error message (e.g. the gazetteer's suggestions). */
  suggest?: (id: string) => string[];
}

// The pattern is for the JSON Schema (which cannot say "a real calendar day"); the refinement rejects 2024-02-30.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'not a date (YYYY-MM-DD)', abort: true })
  .refine(isISODate, { message: 'not a date (YYYY-MM-DD)' });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a lowercase slug (a-z, 0-9, -)');
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const bbox = z
  .tuple([longitude, latitude, longitude, latitude])
  .refine(([w, s, e, n]) => w < e && s < n, {
    message: 'not [west, south, east, north] with west < east, south < north',
  })
  .describe('[west, south, east, north] in degrees');
const relativePath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, 'a path relative to the record root, without ".."');
const labelAnchor = z.enum(['left', 'right', 'top', 'bottom']);

export const claimSchema = z.strictObject({
  id: slug,
  source: z.string().min(1).describe('an id of data/sources.jsonl'),
  quote: z.string().trim().min(1, 'empty quote: copy the words of the source'),
  target: slug.describe('the place id the distance is to'),
  places: z.array(slug).min(1).describe('the place ids the distance is presumably counted from'),
  reference: z.enum(['outskirts', 'city']),
  minKm: z.number().nonnegative(),
  maxKm: z.number().nonnegative(),
  nominalKm: z.number().nonnegative(),
  reading: z.string().min(1),
});

/** data/record.json. Cross-file checks (place ids, sources, dates in range) are in `checkManifest`. */
export const recordSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  description: z.string(),
  start: isoDate.describe('first day of the record: the state before the events'),
  end: isoDate.describe('last day of the record'),
  licence: z.string().min(1).describe("the record's own licence, an SPDX id (CC-BY-4.0)"),
  quotesRights: z
    .string()
    .min(1)
    .optional()
    .describe(
      "whose the quoted words are, if not the record's: exports and the app say it beside the licence",
    ),
  utcOffset: z
    .string()
    .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, 'not a UTC offset (+03:00)')
    .describe(
      "the fixed offset from UTC of the record's calendar days (+03:00 for Syria): a day starts at 00:00 there, and exports' timestamps carry it",
    ),
  header: z.string().min(1).describe("the line under the app's name in the page header"),
  attribution: z.string().min(1).describe("credit for the record's geo files"),
  defaultDate: isoDate.describe('the day the app opens on without a date in its link'),
  view: z.strictObject({
    center: z.tuple([longitude, latitude]).describe('[lon, lat]'),
    zoom: z.number().min(0).max(22),
    bounds: bbox.describe('what the map fits on first open'),
    countryLabels: z
      .strictObject({ names: z.array(z.string().min(1)), box: bbox })
      .optional()
      .describe("neighbouring countries to label, as the basemap's countries layer names them"),
  }),
  target: slug.describe('the place id distances are measured to by default'),
  advancingBloc: slug.describe('the bloc whose advance the chart and the popups follow'),
  blocNames: z
    .record(slug, z.string().min(1))
    .optional()
    .describe('display names of blocs; a bloc without one is named after its faction, if it has only one'),
  advanceAxis: z.array(slug).describe('place ids along the advance, in order'),
  claims: z.array(claimSchema),
  milestones: z.array(z.strictObject({ date: isoDate, label: z.string().min(1), place: slug })),
  labelHints: z.strictObject({
    always: z.array(slug).describe('places always labelled, drawn a size up'),
    anchors: z.record(slug, labelAnchor).describe('the side of its dot a label sits on, by place id'),
    defaultAnchor: labelAnchor,
  }),
  geo: z.strictObject({
    outline: relativePath.describe('GeoJSON outline the estimated areas are clipped to'),
    extract: relativePath.optional().describe('broad GeoNames extract (TSV)'),
    outlines: relativePath.optional().describe('approximate city outlines (GeoJSON)'),
  }),
}) satisfies z.ZodType<RecordManifest>;

export const factionSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  bloc: slug,
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'not a #rrggbb colour'),
  description: z.string(),
  // What reports call the faction ("HTS", "regime forces", "Kurdish fighters"): `frontline propose` reads
  // who took a place from these, so the words are the record's data, not code.
  aliases: z.array(z.string().trim().min(1, 'empty alias')).optional(),
});

const sourceKindSchema = z.strictObject({
  id: slug,
  sufficient: z.boolean(),
  description: z.string().min(1),
});

export const sourceSchema = z.strictObject({
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

export const citationSchema = z.strictObject({
  source: z.string().min(1, 'empty source id'),
  quote: z.string().trim().min(1, 'empty quote: cite the words the event rests on'),
  translation: z.string().trim().min(1, 'empty translation').optional(),
  // The quote's own language where it differs from its page's (an English post embedded in a Greek report).
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'not an ISO 639 language code (en, ar, pt …)')
    .optional(),
});

export const eventSchema = z.strictObject({
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

/**
 * JSON lines: one object per line; blank lines and `#` comments are skipped but still counted. LF, CRLF and bare
 * CR all end a line. Reading stops once `issues` is full (MAX_ISSUES).
 */
export function readJsonLines(text: string, fileName: string, issues: DataIssue[]): Row[] {
  const rows: Row[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length && !issuesFull(issues); i++) {
    const s = lines[i]!.trim();
    if (s === '' || s.startsWith('#')) continue;
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
  }
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
    if (issuesFull(issues)) break;
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
        message: `duplicate id ${echo(r.value.id)} (first on line ${first})`,
      });
    } else seen.set(r.value.id, r.line);
  }
}

/** data/record.json: one JSON object (comments not allowed: it is plain JSON). */
export function parseRecordInfo(
  text: string,
  fileName: string,
  issues: DataIssue[] = [],
): RecordManifest | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    issues.push({
      file: fileName,
      line: 1,
      field: '(file)',
      message: `not valid JSON: ${(e as Error).message}`,
    });
    return null;
  }
  const res = recordSchema.safeParse(value);
  if (!res.success) {
    const lines = jsonValueLines(text);
    for (const iss of res.error.issues) {
      issues.push({
        file: fileName,
        line: lineOfPath(lines, iss.path),
        field: iss.path.join('.') || '(object)',
        message: iss.message,
      });
    }
    return null;
  }
  const record = res.data;
  const own = checkManifestSelf(record, text, fileName);
  issues.push(...own);
  return own.length ? null : record;
}

/** Checks of record.json against itself: the date range, and the days it names inside it. */
function checkManifestSelf(r: RecordManifest, text: string, file: string): DataIssue[] {
  const out: DataIssue[] = [];
  const lines = jsonValueLines(text);
  const at = (path: PropertyKey[], message: string) =>
    out.push({ file, line: lineOfPath(lines, path), field: path.join('.'), message });
  if (r.start > r.end) at(['end'], `end ${r.end} is before start ${r.start}`);
  const inRange = (d: string) => d >= r.start && d <= r.end;
  if (!inRange(r.defaultDate))
    at(['defaultDate'], `${r.defaultDate} is outside the record's range ${r.start} – ${r.end}`);
  r.milestones.forEach((m, i) => {
    if (!inRange(m.date))
      at(['milestones', i, 'date'], `${m.date} is outside the record's range ${r.start} – ${r.end}`);
  });
  r.claims.forEach((c, i) => {
    if (c.minKm > c.maxKm) at(['claims', i, 'maxKm'], `maxKm ${c.maxKm} is below minKm ${c.minKm}`);
  });
  const [w, s, e, n] = r.view.bounds;
  const [lon, lat] = r.view.center;
  if (lon < w || lon > e || lat < s || lat > n) at(['view', 'center'], 'the centre lies outside view.bounds');
  return out;
}

export interface ManifestContext {
  placeIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  blocs: ReadonlySet<string>;
  suggest?: (id: string) => string[];
}

/** Checks of record.json against the other files: every place id, source id and bloc it names must exist. */
export function checkManifest(
  r: RecordManifest,
  text: string,
  file: string,
  ctx: ManifestContext,
): DataIssue[] {
  const out: DataIssue[] = [];
  const lines = jsonValueLines(text);
  const at = (path: PropertyKey[], message: string) =>
    out.push({ file, line: lineOfPath(lines, path), field: path.join('.'), message });
  const place = (id: string, path: PropertyKey[]) => {
    if (ctx.placeIds.has(id)) return;
    const near = ctx.suggest?.(id) ?? [];
    at(
      path,
      `unknown place ${echo(id)}${near.length ? `; did you mean ${near.map((n) => echo(n)).join(', ')}?` : ''}`,
    );
  };
  place(r.target, ['target']);
  r.advanceAxis.forEach((id, i) => place(id, ['advanceAxis', i]));
  r.milestones.forEach((m, i) => place(m.place, ['milestones', i, 'place']));
  r.labelHints.always.forEach((id, i) => place(id, ['labelHints', 'always', i]));
  for (const id of Object.keys(r.labelHints.anchors)) place(id, ['labelHints', 'anchors', id]);
  r.claims.forEach((c, i) => {
    place(c.target, ['claims', i, 'target']);
    c.places.forEach((id, j) => place(id, ['claims', i, 'places', j]));
    if (!ctx.sourceIds.has(c.source))
      at(['claims', i, 'source'], `unknown source ${echo(c.source)}: add it to the sources file`);
  });
  for (const b of Object.keys(r.blocNames ?? {}))
    if (!ctx.blocs.has(b))
      at(['blocNames', b], `no faction has bloc ${echo(b)} (blocs: ${[...ctx.blocs].join(', ')})`);
  if (!ctx.blocs.has(r.advancingBloc))
    at(
      ['advancingBloc'],
      `no faction has bloc ${echo(r.advancingBloc)} (blocs: ${[...ctx.blocs].join(', ')})`,
    );
  return out;
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
          message: `unknown source kind ${echo(r.value.kind)} (known: ${[...known].join(', ')})`,
        });
    }
  }
  return rows.map((r) => r.value);
}

/** Shape checks only; cross-file checks (places, factions, sources, range) are `checkEvents`. */
export function parseEvents(text: string, fileName: string, issues: DataIssue[] = []): ControlEvent[] {
  const rows = parseRows(readJsonLines(text, fileName, issues), eventSchema, fileName, issues);
  checkDuplicateIds(rows, fileName, issues);
  return rows.map((r) => ({
    ...(r.value as Omit<ControlEvent, 'origin'>),
    origin: { file: fileName, line: r.line },
  }));
}

interface CheckContext extends LoadOptions {
  record: Pick<RecordManifest, 'start' | 'end'> | null;
  /** null when the factions file has problems of its own: events are then not checked against it. */
  factions: readonly Faction[] | null;
  /** null when the sources file has problems of its own. */
  sources: readonly Source[] | null;
}

/** Cross-file checks of parsed events; returns the issues (empty when the events are consistent). */
export function checkEvents(events: ControlEvent[], ctx: CheckContext): DataIssue[] {
  const issues: DataIssue[] = [];
  const factionIds = ctx.factions && new Set(ctx.factions.map((f) => f.id));
  const sourceById = ctx.sources && new Map(ctx.sources.map((s) => [s.id, s]));
  const byPlaceDay = new Map<string, ControlEvent>();
  const at = (e: ControlEvent, field: string, message: string) =>
    issues.push({ file: e.origin?.file ?? '(events)', line: e.origin?.line ?? 0, field, message });

  for (const e of events) {
    if (issuesFull(issues)) break;
    if (ctx.placeIds && !ctx.placeIds.has(e.place)) {
      const near = ctx.suggest?.(e.place) ?? [];
      at(
        e,
        'place',
        `unknown place ${echo(e.place)}${near.length ? `; did you mean ${near.map((n) => echo(n)).join(', ')}?` : ''}`,
      );
    }
    e.factions.forEach((f, i) => {
      if (factionIds && !factionIds.has(f))
        at(e, `factions.${i}`, `unknown faction ${echo(f)} (known: ${[...factionIds].join(', ')})`);
    });
    if (new Set(e.factions).size !== e.factions.length) at(e, 'factions', 'a faction is listed twice');
    if (e.status === 'controlled' && e.factions.length !== 1) {
      at(e, 'factions', `a controlled place has exactly one faction, not ${e.factions.length}`);
    }
    if (e.status === 'contested' && e.factions.length < 2) {
      at(e, 'factions', `a contested place has two or more factions, not ${e.factions.length}`);
    }
    e.citations.forEach((c, i) => {
      const s = sourceById?.get(c.source);
      if (sourceById && !s)
        at(e, `citations.${i}.source`, `unknown source ${echo(c.source)}: add it to the sources file`);
      else if (s && (c.language ?? s.language) !== 'en' && c.translation === undefined)
        at(
          e,
          `citations.${i}.translation`,
          `${echo(c.source)} is in ${c.language ?? s.language}: keep the quote in the original and give an English translation`,
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
          ? `${echo(e.place)} already has an event on ${e.date} (line ${prior.origin?.line}): merge the two`
          : `contradicts line ${prior.origin?.line}: ${echo(e.place)} cannot be both ${describe(prior)} and ${describe(e)} on ${e.date}`,
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
