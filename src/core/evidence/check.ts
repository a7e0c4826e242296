// The record's evidence rules, as a newsroom editor reads them: every change rests on a report of a kind that can
// carry it (data/source-kinds.jsonl), whose quote names the place and whose date fixes the day; key places have
// two independent such reports; the state on the eve cites something published before the offensive. Pure:
// the places' names come from the gazetteer, the kinds from data, so another record brings its own.
import type { Gazetteer } from '../gazetteer/gazetteer';
import { normaliseName } from '../gazetteer/normalise';
import { addDays, toDayNumber } from '../dates';
import type { Citation, ControlEvent, ISODate, Place, Source, SourceKind } from '../types';

export type EvidenceRule =
  | 'sufficient-source'
  | 'names-place'
  | 'dated'
  | 'independent-sources'
  | 'baseline-before-offensive'
  | 'baseline-names-place'
  | 'approximate-marked';

export interface EvidenceProblem {
  event: string;
  rule: EvidenceRule;
  message: string;
}

export interface EvidenceOptions {
  /** The record's first day: its events set the state on the eve, every later one is a change. */
  baseline: ISODate;
  /** Places whose every change needs two independent dated reports. */
  keyPlaces?: readonly string[];
  /**
   * For a change fixed to the day, how many days after it a report's publication date still dates it
   * ("on Thursday" in Saturday's paper is the quote's job, not the date's).
   */
  dateWindowDays?: number;
}

export interface SupportingCitation {
  citation: Citation;
  source: Source;
  /** The quote names the place (one of its names or aliases, by the gazetteer's matching). */
  namesPlace: boolean;
  /** The source's date or the quote's own words date the report. */
  dated: boolean;
}

const DEFAULT_WINDOW = 3;

// Weekdays and day–month dates in the languages the record quotes. A weekday ("on Thursday") with the
// publication date fixes the day; a date ("29 November", "7 كانون الأول") fixes it alone.
const EN_DAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
const EN_MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const EN_DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}|${EN_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`,
  'i',
);
const ISO_DATE = /\b20\d\d-\d\d-\d\d\b/;
const OTHER_DAYS = new RegExp(
  [
    // Arabic
    'الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت',
    // Portuguese, Spanish, French, Turkish, German, Russian
    'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo',
    'lunes|martes|miércoles|jueves|viernes',
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
    'Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi',
    'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag',
    'понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресень[ея]',
  ].join('|'),
  'iu',
);
const OTHER_DATES = new RegExp(
  [
    '\\d{1,2}\\s+(?:من\\s+)?(?:تشرين الثاني|كانون الأول|نوفمبر|ديسمبر)',
    '(?:تشرين الثاني|كانون الأول|نوفمبر|ديسمبر)\\s+\\d{1,2}',
    '[٠-٩]{1,2}\\s+(?:تشرين الثاني|كانون الأول|نوفمبر|ديسمبر)',
    '\\d{1,2}\\s+(?:de\\s+)?(?:novembro|dezembro|noviembre|diciembre|novembre|décembre|Kasım|Aralık|November|Dezember|ноября|декабря)',
  ].join('|'),
  'iu',
);

/** Whether a quote's own words date it: a weekday or a day and month. */
export function quoteHasDate(text: string): boolean {
  return (
    EN_DAY.test(text) ||
    EN_DATE.test(text) ||
    ISO_DATE.test(text) ||
    OTHER_DAYS.test(text) ||
    OTHER_DATES.test(text)
  );
}

/**
 * Arabic writes "and", "in", "for", "so" joined to the next word (ونوى, والزهراء, بحماة): the same text with a
 * one-letter proclitic split off each Arabic word, so the gazetteer sees the name. Matched beside the text as
 * written, so a name that itself starts with one of these letters (بصرى, وادي) is still found.
 */
function withArabicProclitics(text: string): string[] {
  const split = text.replace(/(^|[^\u0620-\u064A])([وفبل])(?=[\u0620-\u064A]{3,})/gu, '$1$2 ');
  return split === text ? [text] : [text, split];
}

/** Whether a quote names the place: the gazetteer finds it in the text under one of the place's own names. */
export function quoteNamesPlace(quote: string, place: Place, gazetteer: Gazetteer): boolean {
  const keys = new Set(
    [place.name, place.nameAr, ...place.aliases.map((a) => a.text)].filter(Boolean).map(normaliseName),
  );
  keys.delete('');
  return withArabicProclitics(quote).some((text) =>
    gazetteer.mentions(text).some((m) => m.place === place.id || keys.has(normaliseName(m.text))),
  );
}

/** Reports carrying the same agency's or monitor's copy are one report: independence is by wire, else outlet. */
export function independenceKey(source: Source): string {
  return (source.wire ?? source.outlet)
    .toLowerCase()
    .replace(/\s*\(.*\)\s*/g, ' ')
    .trim();
}

/** Each citation of a change with what it establishes. */
export function supportOf(
  e: ControlEvent,
  sources: ReadonlyMap<string, Source>,
  kinds: ReadonlyMap<string, SourceKind>,
  place: Place,
  gazetteer: Gazetteer,
  dateWindowDays = DEFAULT_WINDOW,
): SupportingCitation[] {
  const earliest = e.altDate && e.altDate < e.date ? e.altDate : e.date;
  const latest =
    e.precision === 'day'
      ? addDays(e.altDate && e.altDate > e.date ? e.altDate : e.date, dateWindowDays)
      : null;
  const out: SupportingCitation[] = [];
  for (const c of e.citations) {
    const source = sources.get(c.source);
    if (!source || !kinds.get(source.kind)?.sufficient) continue;
    const published = source.date;
    const datedByPublication =
      published !== null && published >= earliest && (latest === null || published <= latest);
    out.push({
      citation: c,
      source,
      namesPlace: quoteNamesPlace(c.quote, place, gazetteer),
      dated: datedByPublication || quoteHasDate(c.quote),
    });
  }
  return out;
}

/** Every problem of the record's evidence, one per event and rule, in file order. */
export function checkEvidence(
  events: readonly ControlEvent[],
  sourceList: readonly Source[],
  kindList: readonly SourceKind[],
  gazetteer: Gazetteer,
  options: EvidenceOptions,
): EvidenceProblem[] {
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const kinds = new Map(kindList.map((k) => [k.id, k]));
  const key = new Set(options.keyPlaces ?? []);
  const eve = options.baseline;
  const problems: EvidenceProblem[] = [];
  const problem = (e: ControlEvent, rule: EvidenceRule, message: string) =>
    problems.push({ event: e.id, rule, message });

  for (const e of events) {
    const place = gazetteer.get(e.place);
    if (!place) {
      problem(e, 'names-place', `unknown place "${e.place}"`);
      continue;
    }
    if (e.precision === 'approximate' && (e.confidence === 'high' || !e.note?.trim())) {
      problem(
        e,
        'approximate-marked',
        'no source fixes the day: confidence must be medium or low, and the note must say so',
      );
    }
    if (toDayNumber(e.date) === toDayNumber(eve)) {
      const before = e.citations
        .map((c) => sources.get(c.source))
        .filter(
          (s): s is Source => !!s && !!kinds.get(s.kind)?.sufficient && s.date !== null && s.date <= eve,
        );
      if (before.length === 0) {
        problem(
          e,
          'baseline-before-offensive',
          `no source of a sufficient kind published on or before ${eve}`,
        );
      } else if (
        e.confidence === 'high' &&
        !e.citations.some(
          (c) => before.some((s) => s.id === c.source) && quoteNamesPlace(c.quote, place, gazetteer),
        )
      ) {
        problem(
          e,
          'baseline-names-place',
          'high confidence, but no pre-offensive quote names the place: medium or low',
        );
      }
      continue;
    }
    const support = supportOf(e, sources, kinds, place, gazetteer, options.dateWindowDays);
    if (support.length === 0) {
      problem(
        e,
        'sufficient-source',
        'every source is of a kind that is never sufficient alone (wiki, mirror, digest …)',
      );
      continue;
    }
    const naming = support.filter((s) => s.namesPlace);
    if (naming.length === 0) {
      problem(e, 'names-place', `no quote of a sufficient source names ${place.name}`);
      continue;
    }
    const dated = naming.filter((s) => s.dated);
    if (dated.length === 0) {
      problem(
        e,
        'dated',
        `no source naming ${place.name} is dated to ${e.date} by its publication date or its words`,
      );
      continue;
    }
    if (key.has(e.place) && new Set(dated.map((s) => independenceKey(s.source))).size < 2) {
      problem(
        e,
        'independent-sources',
        `a key place needs two independent dated reports naming it; has ${[...new Set(dated.map((s) => s.source.outlet))].join(', ')}`,
      );
    }
  }
  return problems;
}
