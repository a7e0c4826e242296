// The one loader: openRecord(read) reads a record's geo/ and data/ files through `read` and builds the single
// Record value that the app, the worker, every CLI command and the tests use. `read(path)` returns the text of
// a file relative to the record's root ('data/events.jsonl', 'geo/places.jsonl', …); the CLI passes a reader
// over the file system, the app one over its bundled assets. Every problem of every file is collected and
// thrown as one DataError naming file, line and field, so an analyst sees them all at once.
import { echo } from '../echo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { z } from '../load/zod';
import { ControlModel } from '../control';
import { Gazetteer } from '../gazetteer/gazetteer';
import { similarity } from '../gazetteer/fuzzy';
import { broadPlaces } from '../gazetteer/geonames';
import {
  checkEvents,
  checkManifest,
  parseEvents,
  parseFactions,
  parseRecordInfo,
  parseSourceKinds,
  parseSources,
} from '../load/data';
import { parseGeoNamesTsv, parsePlaces } from '../load/geo';
import { jsonValueLines, lineOfPath } from '../load/json-lines';
import { TextDecodeError } from '../load/text';
import { PlaceIndex } from '../measure/nearest';
import {
  DataError,
  issuesFull,
  type BlocId,
  type ControlEvent,
  type DataIssue,
  type Faction,
  type ISODate,
  type Place,
  type RecordManifest,
  type Source,
  type SourceKind,
} from '../types';

/** Reads one file of the record, by its path relative to the record's root. */
export type ReadFile = (path: string) => string | Promise<string>;
export type ReadFileSync = (path: string) => string;

/** The files every record has, relative to its root; record.json names the rest (`geo`). */
export const RECORD_FILES = {
  record: 'data/record.json',
  factions: 'data/factions.jsonl',
  sources: 'data/sources.jsonl',
  events: 'data/events.jsonl',
  places: 'geo/places.jsonl',
} as const;

/**
 * The record's list of source kinds (which can carry an event alone). Optional: a record without it accepts any
 * kind; with it, every source's `kind` must be one of its ids.
 */
export const SOURCE_KINDS_FILE = 'data/source-kinds.jsonl';

export type Outline = Polygon | MultiPolygon;

export interface OutlineProperties {
  place: string;
  method?: string;
}

/** A record, read and checked: what every view of it (map, panels, exports, CLI) is computed from. */
export interface FrontlineRecord {
  /** data/record.json. */
  info: RecordManifest;
  factions: readonly Faction[];
  /** The blocs the factions belong to, in the order they first appear in data/factions.jsonl. */
  blocs: readonly BlocId[];
  sources: readonly Source[];
  /** data/source-kinds.jsonl (empty when the record has none). */
  sourceKinds: readonly SourceKind[];
  /**
   * Every control event in the record's one order: by date, then by file order. "All events" means this
   * list everywhere (the event log, the CSV of the app and of the CLI).
   */
  events: readonly ControlEvent[];
  /** The curated places (geo/places.jsonl), in file order: the places the record can name. */
  places: readonly Place[];
  /** Curated places and the broad extract, for names. */
  gazetteer: Gazetteer;
  model: ControlModel;
  /** The outline estimated areas are clipped to. */
  clip: Outline;
  /** Approximate city outlines, `properties.place` naming the place (empty when the record has none). */
  outlines: FeatureCollection<Outline, OutlineProperties>;
  placesById: ReadonlyMap<string, Place>;
  factionsById: ReadonlyMap<string, Faction>;
  sourcesById: ReadonlyMap<string, Source>;
  eventsById: ReadonlyMap<string, ControlEvent>;
  outlineByPlace: ReadonlyMap<string, Outline>;
  /** Spatial index of the curated places, for "nearest place of each side". */
  placeIndex: PlaceIndex;
  /** snapshotAt's cache, by date and target: a worker asks for the same day again as the user scrubs. */
  readonly snapshots: Map<string, unknown>;
}

/** The sides distances are given for: the advancing bloc first, the others in factions order, then contested. */
export function sidesOf(record: Pick<FrontlineRecord, 'info' | 'blocs'>): string[] {
  const { advancingBloc } = record.info;
  return [advancingBloc, ...record.blocs.filter((b) => b !== advancingBloc), 'contested'];
}

/** The ids most like `id`, best first: for "did you mean" messages. */
export function nearestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  return [...known]
    .map((k) => ({ k, s: similarity(id, k) + (k.startsWith(id) || id.startsWith(k) ? 0.3 : 0) }))
    .filter((x) => x.s >= 0.4)
    .sort((a, b) => b.s - a.s || a.k.localeCompare(b.k))
    .slice(0, limit)
    .map((x) => x.k);
}

/** What a failed read leaves: the message, reported against the file. */
class Unreadable {
  constructor(readonly message: string) {}
}
type Text = string | Unreadable;

function unreadable(e: unknown): Unreadable {
  // Not text (invalid UTF-8, binary, too large): the decoder's reason, which gives the offset and line.
  if (e instanceof TextDecodeError) return new Unreadable(e.reason);
  const err = e as { code?: unknown; message?: unknown } | null;
  return new Unreadable(
    err?.code === 'ENOENT' ? 'file not found' : `cannot read: ${String(err?.message ?? e)}`,
  );
}

/** The paths record.json names, read leniently (the full check comes later and reports what is wrong). */
function geoPaths(recordText: Text): string[] {
  if (typeof recordText !== 'string') return [];
  try {
    const geo = (JSON.parse(recordText) as { geo?: Record<string, unknown> } | null)?.geo;
    return ['outline', 'extract', 'outlines'].flatMap((k) =>
      typeof geo?.[k] === 'string' ? [geo[k] as string] : [],
    );
  } catch {
    return [];
  }
}

/** Reads and checks a record; `read` may answer synchronously or with a promise. */
export async function openRecord(read: ReadFile): Promise<FrontlineRecord> {
  const get = async (path: string): Promise<[string, Text]> => {
    try {
      return [path, await read(path)];
    } catch (e) {
      return [path, unreadable(e)];
    }
  };
  const record = await get(RECORD_FILES.record);
  const rest = [...Object.values(RECORD_FILES).slice(1), SOURCE_KINDS_FILE, ...geoPaths(record[1])];
  return buildRecord(new Map([record, ...(await Promise.all(rest.map(get)))]));
}

/** openRecord for a reader that answers at once (bundled assets, readFileSync): no promise, no await. */
export function openRecordSync(read: ReadFileSync): FrontlineRecord {
  const get = (path: string): [string, Text] => {
    try {
      return [path, read(path)];
    } catch (e) {
      return [path, unreadable(e)];
    }
  };
  const record = get(RECORD_FILES.record);
  const rest = [...Object.values(RECORD_FILES).slice(1), SOURCE_KINDS_FILE, ...geoPaths(record[1])];
  return buildRecord(new Map([record, ...rest.map(get)]));
}

const position = z.array(z.number()).min(2).max(3);
const polygon = z.array(z.array(position).min(4, 'a ring needs at least 4 positions'));
const outlineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
]);
const outlineFile = z.union([
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ geometry: outlineGeometry })).min(1),
  }),
  z.object({ type: z.literal('Feature'), geometry: outlineGeometry }),
  outlineGeometry,
]);
const outlinesFile = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.looseObject({ place: z.string().min(1), method: z.string().optional() }),
      geometry: outlineGeometry,
    }),
  ),
});

/** JSON text checked against `schema`; problems name the file, the line of the bad value and its path. */
function parseJsonFile<T>(text: string, file: string, schema: z.ZodType<T>, issues: DataIssue[]): T | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    issues.push({ file, line: 1, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
    return null;
  }
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const lines = jsonValueLines(text);
  for (const iss of res.error.issues)
    issues.push({
      file,
      line: lineOfPath(lines, iss.path),
      field: iss.path.join('.') || '(object)',
      message: iss.message,
    });
  return null;
}

function buildRecord(texts: ReadonlyMap<string, Text>): FrontlineRecord {
  const issues: DataIssue[] = [];
  const text = (path: string): string | null => {
    const t = texts.get(path);
    if (typeof t === 'string') return t;
    issues.push({ file: path, line: 0, field: '(file)', message: t?.message ?? 'not read' });
    return null;
  };
  const recordText = text(RECORD_FILES.record);
  const info = recordText === null ? null : parseRecordInfo(recordText, RECORD_FILES.record, issues);
  const placesText = text(RECORD_FILES.places);
  const places = placesText === null ? [] : parsePlaces(placesText, RECORD_FILES.places, issues);
  const factionsText = text(RECORD_FILES.factions);
  const factions = factionsText === null ? [] : parseFactions(factionsText, RECORD_FILES.factions, issues);
  const sourcesText = text(RECORD_FILES.sources);
  const kindsText = texts.get(SOURCE_KINDS_FILE);
  // Absent is fine (see SOURCE_KINDS_FILE); present but unreadable is reported like any other file.
  const kindsMissing = kindsText instanceof Unreadable && kindsText.message === 'file not found';
  const sourceKinds =
    kindsText === undefined || kindsMissing
      ? undefined
      : (() => {
          const t = text(SOURCE_KINDS_FILE);
          return t === null ? [] : parseSourceKinds(t, SOURCE_KINDS_FILE, issues);
        })();
  const sources =
    sourcesText === null ? [] : parseSources(sourcesText, RECORD_FILES.sources, issues, sourceKinds);
  const eventsText = text(RECORD_FILES.events);
  const parsed = eventsText === null ? [] : parseEvents(eventsText, RECORD_FILES.events, issues);
  // A record with no events would draw an empty map and answer "unknown" for every place, as if that were
  // what the sources say: an empty file (or one of comments only) is an error, not a record.
  if (eventsText !== null && parsed.length === 0 && !issues.some((i) => i.file === RECORD_FILES.events))
    issues.push({
      file: RECORD_FILES.events,
      line: 1,
      field: '(file)',
      message: 'no events: the file is empty or holds only comments (a record needs at least one event)',
    });
  // Past the limit, cross-file checks would only add to a report already too long to read.
  if (issuesFull(issues)) throw new DataError(issues);

  const placeIds = new Set(places.map((p) => p.id));
  const suggest = (id: string) => nearestIds(id, placeIds);
  // Ids are checked against a file only when it was read cleanly: otherwise every event would repeat that
  // file's own problem ("unknown place", "unknown faction") and bury it.
  const clean = (file: string, t: string | null) => t !== null && !issues.some((i) => i.file === file);
  const placesClean = clean(RECORD_FILES.places, placesText);
  const factionsClean = clean(RECORD_FILES.factions, factionsText);
  const sourcesClean = clean(RECORD_FILES.sources, sourcesText);
  issues.push(
    ...checkEvents(parsed, {
      record: info,
      factions: factionsClean ? factions : null,
      sources: sourcesClean ? sources : null,
      ...(placesClean ? { placeIds, suggest } : {}),
    }),
  );
  const blocs = [...new Set(factions.map((f) => f.bloc))];
  if (info && recordText !== null && placesClean && factionsClean && sourcesClean) {
    issues.push(
      ...checkManifest(info, recordText, RECORD_FILES.record, {
        placeIds,
        sourceIds: new Set(sources.map((s) => s.id)),
        blocs: new Set(blocs),
        suggest,
      }),
    );
  }

  let clip: Outline | null = null;
  let outlines: FeatureCollection<Outline, OutlineProperties> = { type: 'FeatureCollection', features: [] };
  let broad: Place[] = [];
  if (info) {
    const outlineText = text(info.geo.outline);
    const o = outlineText === null ? null : parseJsonFile(outlineText, info.geo.outline, outlineFile, issues);
    if (o)
      clip = o.type === 'FeatureCollection' ? o.features[0]!.geometry : o.type === 'Feature' ? o.geometry : o;
    if (info.geo.outlines) {
      const file = info.geo.outlines;
      const t = text(file);
      const fc = t === null ? null : parseJsonFile(t, file, outlinesFile, issues);
      if (fc && t !== null) {
        const lines = jsonValueLines(t);
        fc.features.forEach((f, i) => {
          if (placesClean && !placeIds.has(f.properties.place))
            issues.push({
              file,
              line: lineOfPath(lines, ['features', i, 'properties', 'place']),
              field: `features.${i}.properties.place`,
              message: `unknown place ${echo(f.properties.place)}`,
            });
        });
        outlines = fc as unknown as FeatureCollection<Outline, OutlineProperties>;
      }
    }
    if (info.geo.extract) {
      const t = text(info.geo.extract);
      if (t !== null) broad = broadPlaces(parseGeoNamesTsv(t, info.geo.extract, issues), places);
    }
  }
  if (issues.length || !info || !clip) throw new DataError(issues);

  const events = orderEvents(parsed);
  const model = new ControlModel(events, factions, info, { places: places.map((p) => p.id) });
  return {
    info,
    factions,
    blocs,
    sources,
    sourceKinds: sourceKinds ?? [],
    events,
    places,
    gazetteer: new Gazetteer(places, broad),
    model,
    clip,
    outlines,
    placesById: new Map(places.map((p) => [p.id, p])),
    factionsById: new Map(factions.map((f) => [f.id, f])),
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    outlineByPlace: new Map(
      outlines.features.map((f: Feature<Outline, OutlineProperties>) => [f.properties.place, f.geometry]),
    ),
    placeIndex: new PlaceIndex(places),
    snapshots: new Map(),
  };
}

/** The record's one order of events: by date, then by their order in the file (a stable sort). */
export function orderEvents(events: readonly ControlEvent[]): ControlEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every day of the record that has an event after its first day: the timeline's change marks. */
export function changeDates(record: FrontlineRecord): ISODate[] {
  return record.model.changeDates().filter((d) => d > record.info.start);
}
