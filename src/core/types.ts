// The shared vocabulary of Frontline. Every layer (core, ui, cli) speaks in these types;
// ids and terms follow ../shared/DESIGN.md ("Ids and terms that the rest of the project relies on").

/** A calendar day in Syria time (UTC+3), ISO `YYYY-MM-DD`. */
export type ISODate = string;

/**
 * A faction's id (`government`, `hts`, …): a lowercase slug defined by the record's data/factions.jsonl, not
 * by the code, so another record (or a new faction of this one) needs no code change.
 */
export type FactionId = string;

/** A bloc's id (`government`, `opposition`, …): whatever the factions of data/factions.jsonl name. */
export type BlocId = string;

export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'airport',
  'military-base',
  'bridge',
  'border-crossing',
  'neighbourhood',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One spelling of a place's name, and where it was seen (a seed file name, `geonames`, or a source id). */
export interface Alias {
  text: string;
  source: string;
}

export interface Place {
  /** Lowercase ASCII slug of the English name, words joined by hyphens (`[a-z0-9]+(-[a-z0-9]+)*`). */
  id: string;
  /** English display name. */
  name: string;
  /** Arabic name (wholly Arabic script), or '' when none is known. */
  nameAr: string;
  aliases: Alias[];
  /** GeoNames id, or null where GeoNames has no entry (then `coordSource` says where the point comes from). */
  geonamesId: number | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  governorate: string;
  population: number | null;
  /** `geonames:<id>` or a sentence of provenance. */
  coordSource: string;
  /** True for the hand-curated places of the record; false for the broad GeoNames extract. */
  curated: boolean;
}

export interface Faction {
  id: FactionId;
  name: string;
  bloc: BlocId;
  /** Map colour, `#rrggbb`. */
  color: string;
  description: string;
  /** What reports call it, for reading who took a place from a text (longest match wins). */
  aliases?: string[];
}

/** A kind of publication (data/source-kinds.jsonl): whether a report of this kind can carry an event alone. */
export interface SourceKind {
  /** Slug: `wire`, `newspaper`, `monitor`, `wiki`, `wiki-mirror`, … */
  id: string;
  /** False for wikis, mirrors, digests, content farms and machine rewrites: never the only source of anything. */
  sufficient: boolean;
  description: string;
}

export interface Source {
  /** For the seed articles: the file name, e.g. `000_243acee9b8c246ee.txt`. Otherwise a slug. */
  id: string;
  /** The real publisher, e.g. "Reuters (via Devdiscourse)" when a site republishes wire copy. */
  outlet: string;
  title: string;
  /** Publication date; null when the page shows none (a wiki's revision, an undated page). */
  date: ISODate | null;
  /** http or https only; null for the seed articles, which live in data/seeds. */
  url: string | null;
  /** An id of data/source-kinds.jsonl. */
  kind: string;
  /** Language of the page and its quotes: ISO 639-1 (`en`, `ar`, `pt`, `tr` …). */
  language: string;
  /** Whose side the outlet speaks for, when it does: "pro-government (Iranian state media)". */
  partisan?: string;
  /** The news agency whose copy this is, when the outlet carries one: sources with the same wire are not independent. */
  wire?: string;
  note?: string;
}

/** One source cited for an event, with the quote or the claim the event rests on. */
export interface Citation {
  source: string;
  /** Verbatim, in the source's language. */
  quote: string;
  /** English translation of the quote, when the quote is not in English. */
  translation?: string;
  /** The quote's language where it differs from its source's (an English post embedded in a Greek page). */
  language?: string;
}

export type Confidence = 'high' | 'medium' | 'low';
export type TimePrecision = 'day' | 'approximate';
export type ControlStatus = 'controlled' | 'contested';

export interface ControlEvent {
  /** Stable id: by convention the date and the place id, `YYYY-MM-DD-<place>`. */
  id: string;
  date: ISODate;
  place: string;
  status: ControlStatus;
  /** For `controlled`: exactly one faction. For `contested`: two or more. */
  factions: FactionId[];
  citations: Citation[];
  confidence: Confidence;
  precision: TimePrecision;
  /** Another date that other sources give, when they disagree. */
  altDate?: ISODate;
  note?: string;
  /** Where the event was read from: file and 1-based line, for messages. */
  origin?: { file: string; line: number };
}

/** A place's state on one date. */
export interface PlaceState {
  place: string;
  status: ControlStatus | 'unknown';
  /** The controlling faction; null when contested or unknown. */
  faction: FactionId | null;
  /** Every faction involved: one when controlled, two or more when contested, none when unknown. */
  factions: FactionId[];
  /** The controlling bloc; null when contested or unknown. */
  bloc: BlocId | null;
  /** Date of the event that set this state; null when unknown. */
  since: ISODate | null;
  /** Id of the event that set this state; null when unknown. */
  eventId: string | null;
}

/** A control period of one place: [start, end) — end exclusive, null while it still holds at the record's end. */
export interface ControlPeriod {
  place: string;
  status: ControlStatus;
  factions: FactionId[];
  faction: FactionId | null;
  bloc: BlocId | null;
  start: ISODate;
  end: ISODate | null;
  eventId: string;
}

/** A problem found while reading a data file: always names its file, line and field. */
export interface DataIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

/**
 * The loader stops reading once this many problems are found: a file of 500,000 bad lines says the same thing
 * after a thousand, and reading on would only cost time and memory (and flood whoever reads the report).
 */
export const MAX_ISSUES = 1000;
/** A report lists this many problems, then says how many more there are. */
export const SHOWN_ISSUES = 100;

/** Whether a list of problems has reached MAX_ISSUES, where the loader stops reading. */
export function issuesFull(issues: readonly DataIssue[]): boolean {
  return issues.length >= MAX_ISSUES;
}

/**
 * The report of `issues`: the first `shown`, formatted, then one line for the rest ("… and 900 more problems"),
 * saying when reading stopped at the limit. Both the command line and the app print this.
 */
export function issueReport(issues: readonly DataIssue[], shown = SHOWN_ISSUES): string[] {
  const lines = issues.slice(0, shown).map(formatIssue);
  const more = issues.length - lines.length;
  const stopped = issuesFull(issues)
    ? `; reading stopped after ${MAX_ISSUES} problems, so there may be more: fix these first`
    : '';
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}${stopped}`);
  else if (stopped) lines.push(`… ${stopped.slice(2)}`);
  return lines;
}

export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(issueReport(issues).join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}

export function formatIssue(i: DataIssue): string {
  return `${i.file}:${i.line}: field "${i.field}": ${i.message}`;
}

/** The record as a whole: its title, date range and licence (the first fields of data/record.json). */
export interface RecordInfo {
  id: string;
  title: string;
  /** First day of the record: the state before the offensive. */
  start: ISODate;
  /** Last day of the record. */
  end: ISODate;
  /** The record's own licence, an SPDX id (`CC-BY-4.0`). */
  licence: string;
  /** Whose the quoted words are when not the record's (they stay their publishers'); a generic line if absent. */
  quotesRights?: string;
  /** The fixed UTC offset of the record's calendar days (`+03:00`): exports' timestamps carry it. */
  utcOffset: string;
  description: string;
}

/** How a claim's distance is counted: to the edge of the city, or not said (centre or edge would do). */
export type ClaimReference = 'outskirts' | 'city';

/** A distance a source gives ("within five kilometers of Homs"), with its quote and how the words are read. */
export interface DistanceClaim {
  id: string;
  /** The source (an id of data/sources.jsonl) the claim is quoted from. */
  source: string;
  quote: string;
  target: string;
  /** The places the article names as just taken, from which the distance is presumably counted. */
  places: string[];
  reference: ClaimReference;
  minKm: number;
  maxKm: number;
  /** The figure as said ("five kilometers" → 5), for "where would that be" answers. */
  nominalKm: number;
  /** How the words were turned into the range. */
  reading: string;
}

/** A day the record marks on its timeline: "Aleppo falls". */
export interface Milestone {
  date: ISODate;
  label: string;
  place: string;
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Where the map opens. */
export interface RecordView {
  /** [lon, lat]. */
  center: [number, number];
  zoom: number;
  /** What the map fits on first open (a link's own view wins). */
  bounds: BBox;
  /** Neighbouring countries to label (names as the basemap's countries layer spells them), placed inside `box`. */
  countryLabels?: { names: string[]; box: BBox };
}

export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom';

/** Label placement for the places the record is about. */
export interface LabelHints {
  /** Places always labelled and drawn a size up. */
  always: string[];
  /** The side of its dot a label sits on, by place id, where the default would print over a neighbour. */
  anchors: Record<string, LabelAnchor>;
  defaultAnchor: LabelAnchor;
}

/** The record's geo files beyond the fixed ones (geo/places.jsonl), relative to the record's root. */
export interface RecordGeoFiles {
  /** The country or region outline that estimated areas are clipped to (a GeoJSON Polygon or MultiPolygon). */
  outline: string;
  /** A broad GeoNames extract (TSV) for names beyond the curated places; optional. */
  extract?: string;
  /** Approximate city outlines (GeoJSON, `properties.place` = place id), for "distance to the outskirts". */
  outlines?: string;
}

/** data/record.json: everything that makes this record this record. */
export interface RecordManifest extends RecordInfo {
  /** The line under the app's name in the page header. */
  header: string;
  /** Credit for the record's geo files (basemap, gazetteer). */
  attribution: string;
  /** The day the app opens on without a date in its link: one that shows something. */
  defaultDate: ISODate;
  view: RecordView;
  /** The place distances are measured to by default (the distance panel, the chart, `frontline distance`). */
  target: string;
  /** The bloc whose advance the chart and the popups follow. */
  advancingBloc: BlocId;
  /** Display names of blocs ("SDF"); a bloc without one is named after its faction, if it has only one. */
  blocNames?: Record<BlocId, string>;
  /** The places along the advance, in order: the popups give the speed between consecutive captures. */
  advanceAxis: string[];
  claims: DistanceClaim[];
  milestones: Milestone[];
  labelHints: LabelHints;
  geo: RecordGeoFiles;
}

/** Properties of an estimated control area (a polygon derived from place states, never surveyed). */
export interface AreaProperties {
  kind: 'area';
  bloc: BlocId;
  /** The faction, where one faction holds every place of the area; otherwise null. */
  faction: FactionId | null;
  estimated: true;
}

/** Properties of an estimated front line: where areas of two different blocs meet. */
export interface FrontLineProperties {
  kind: 'front-line';
  /** The two blocs on either side, sorted. */
  blocs: [BlocId, BlocId];
  estimated: true;
}

/** The nearest place of one side to the target on a date, as the distance panel shows it. */
export interface SideDistance {
  /** A bloc, or `contested`. */
  side: string;
  /** The side's place nearest to the target's centre (centre to centre, WGS84 geodesic). */
  centre: { place: string; metres: number } | null;
  /** The side's place nearest to the target's outline, and the outline's nearest point; null without one. */
  outskirts: { place: string; metres: number; inside: boolean; edge: [number, number] } | null;
}

export interface SnapshotDistances {
  /** The place measured to (the record's target unless asked otherwise). */
  target: string;
  /** Whether the target has an outline, i.e. whether `outskirts` can be measured at all. */
  outline: boolean;
  /** One row a side, the advancing bloc first; sides holding nothing that day have `centre` null. */
  sides: SideDistance[];
}

/**
 * Everything the map shows, and every export contains, for one date. A plain value: the map and the
 * exporters read the same snapshot, so what you see is what you export.
 */
export interface Snapshot {
  date: ISODate;
  places: Array<{ place: Place; state: PlaceState }>;
  areas: import('geojson').FeatureCollection<
    import('geojson').Polygon | import('geojson').MultiPolygon,
    AreaProperties
  >;
  frontLines: import('geojson').FeatureCollection<
    import('geojson').LineString | import('geojson').MultiLineString,
    FrontLineProperties
  >;
  /** Cells of contested places, kept out of every bloc's area. */
  contested?: import('geojson').FeatureCollection<
    import('geojson').Polygon | import('geojson').MultiPolygon,
    { places: string[] }
  >;
  distances?: SnapshotDistances;
}
