// From a news report to proposed control events. The text is split into sentences and clauses; the
// gazetteer finds the places, the cue lexicon (cues/<lang>.json) the words that make a change ("captured",
// "fell under … control") and those that do not ("near", "at the gates of", "would"), the record's faction
// aliases who did it, and the time words on which day. A place becomes a proposal when a change cue governs
// it in its clause: the cue right before it (or before a list it is in), right after it ("Hama fell"), in a
// relative clause about it ("Hama, which rebels captured on Thursday"), or in a sentence that opens on it
// ("In Deraa, …, rebels reached an agreement with regime forces to withdraw"). A place a change sentence names
// only as a distance, a target, a hypothesis or a history is kept as `claim: false` with why.
import { addDays } from '../dates';
import type { Mention } from '../gazetteer/gazetteer';
import type { ControlStatus, Faction, ISODate } from '../types';
import { actorFinder, type ActorMatch } from './actors';
import { ABSOLUTE, findTimeWords, type TimeWord } from './dates';
import { lexicon, wordSet, type ChangeCue, type Compiled, type Lexicon } from './lexicon';
import { splitClauses, splitSentences, type Clause, type Sentence } from './split';

export type Confidence = 'high' | 'medium' | 'low';

export interface Proposal {
  place: string;
  name_matched: string;
  status: ControlStatus;
  factions: string[];
  bloc: string;
  date: ISODate;
  date_reason: string;
  /** The sentence that names the place, verbatim, and its offsets in the text. */
  quote: string;
  start: number;
  end: number;
  /** Where the place's name is in the text. */
  place_start: number;
  place_end: number;
  confidence: Confidence;
  /** The words that make it a change (or, with claim false, the words that make it not one). */
  cue: string;
  claim?: false;
  why?: string;
}

/** What propose needs of a record: its names, its sides, and which side is advancing. */
export interface ProposeRecord {
  gazetteer: { mentions(text: string): Mention[] };
  factions: readonly Faction[];
  info: { advancingBloc: string };
  /** The state of a place on a date, for the other side of a contested place. */
  model?: { placeState(place: string, date: ISODate): { factions: string[] } };
}

export interface ProposeOptions {
  /** Publication date of the report, YYYY-MM-DD: every time word is read against it. */
  published: ISODate;
  language?: string;
  /** A lexicon of one's own (parseLexicon of a cues file), instead of the bundled one of `language`. */
  lexicon?: Lexicon;
}

interface Match<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

interface Link {
  cue: Match<ChangeCue>;
  via: 'relative' | 'after' | 'before' | 'scene';
}

interface Block {
  why: string;
  cue: string;
}

const RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };
const minConf = (a: Confidence, b: Confidence): Confidence => (RANK[a] <= RANK[b] ? a : b);

function matchAll<T>(text: string, list: Compiled<T>[], present: ReadonlySet<string>): Match<T>[] {
  const found: Match<T>[] = [];
  for (const { entry, re, key } of list) {
    if (key !== null && !present.has(key)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry });
  }
  // Overlapping matches keep the longest ("took control of" over "took"); the same span may carry two
  // entries ("captured" before and after a place).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match<T>[] = [];
  let reach = -1;
  let kept: Match<T> | null = null;
  for (const f of found) {
    if (kept && f.start === kept.start && f.end === kept.end) out.push(f);
    else if (f.start >= reach) {
      out.push(f);
      kept = f;
      reach = f.end;
    } else if (f.end > reach) continue;
  }
  return out;
}

/** The text with bracketed asides blanked ("five kilometers (three miles) of Homs"): offsets unchanged. */
function blankAsides(text: string): string {
  return text.replace(/\([^()\n]{0,80}\)/g, (s) => ' '.repeat(s.length));
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const EXAMPLES = /(?<![\p{L}])(?:including|such as|notably|among them)(?![\p{L}])/iu;
const COORD = /,|(?<![\p{L}])(?:and|or|as well as)(?![\p{L}])/u;

export function propose(record: ProposeRecord, text: string, options: ProposeOptions): Proposal[] {
  const lex = options.lexicon ?? lexicon(options.language ?? 'en');
  const published = options.published;
  const masked = blankAsides(text);
  const mentions = record.gazetteer.mentions(text);
  // The gap text between words: asides and place names blanked, so a list "Rastan and Talbiseh" is one word.
  const gapText = (() => {
    const chars = masked.split('');
    for (const m of mentions) for (let i = m.start; i < m.end; i++) chars[i] = ' ';
    return chars.join('');
  })();
  // Words of the gap text ending at or before each offset: a gap's word count is one subtraction. A word
  // counts where it ends, so one cut at a gap's start (a cue's or a name's end) is not counted.
  const wordEnds = new Uint32Array(gapText.length + 1);
  {
    WORD.lastIndex = 0;
    let prev = 0;
    let n = 0;
    for (let m = WORD.exec(gapText); m; m = WORD.exec(gapText)) {
      const end = m.index + m[0].length;
      wordEnds.fill(n, prev, end);
      n++;
      prev = end;
    }
    wordEnds.fill(n, prev);
  }
  const words = (a: number, b: number): number => (b > a ? wordEnds[b]! - wordEnds[a]! : 0);
  const hasCoord = (a: number, b: number): boolean => COORD.test(gapText.slice(a, b));

  const present = wordSet(masked);
  const changes = matchAll(masked, lex.change, present);
  const nonChanges = matchAll(masked, lex.nonChange, present);
  const times = findTimeWords(masked, lex, published, present);
  const actors = actorFinder(record.factions).find(text);
  const factionsById = new Map(record.factions.map((f) => [f.id, f]));
  const blocOf = (f: string) => factionsById.get(f)?.bloc ?? f;

  const sentences: Sentence[] = [];
  {
    let paragraph = 0;
    let lastEnd = 0;
    for (const s of splitSentences(text, lex.abbreviations)) {
      if (text.slice(lastEnd, s.start).includes('\n')) paragraph++;
      lastEnd = s.end;
      sentences.push({
        ...s,
        paragraph,
        clauses: splitClauses(text, s, lex.data.clause_breaks, lex.relativeOpeners),
      });
    }
  }
  const within = <T extends { start: number; end: number }>(list: T[], a: number, b: number): T[] => {
    // Every list is in text order: a binary search finds the first at or after `a`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < a) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let i = lo; i < list.length && list[i]!.start < b; i++) if (list[i]!.end <= b) out.push(list[i]!);
    return out;
  };
  const clauseAt = (s: Sentence, pos: number): Clause =>
    s.clauses.find((c) => pos >= c.start && pos < c.end) ?? s.clauses[s.clauses.length - 1]!;

  /** From `from` (end of a cue) to mention `m` through a list of other places: each hop short, later ones coordinated. */
  const reachForward = (
    from: number,
    m: Mention,
    inClause: Mention[],
    firstHop: number,
    stopAtExamples = false,
  ): boolean => {
    const between = inClause.filter((x) => x.start >= from && x.end <= m.start);
    let at = from;
    let hop = 0;
    for (const x of [...between, m]) {
      const w = words(at, x.start);
      if (hop === 0 ? w > firstHop : w > 10 || !hasCoord(at, x.start)) return false;
      // "suburbs of Damascus, including Daraya": the examples are places in their own right.
      if (hop > 0 && stopAtExamples && EXAMPLES.test(gapText.slice(at, x.start))) return false;
      at = x.end;
      hop++;
    }
    return true;
  };
  const reachBackward = (m: Mention, to: number, inClause: Mention[], lastHop: number): boolean => {
    const between = inClause.filter((x) => x.start >= m.end && x.end <= to);
    let at = m.end;
    for (const x of between) {
      const w = words(at, x.start);
      // "Palmyra in Homs province have been evacuated": a place that only locates the one before it.
      const locative = /^\s*in\s*$/i.test(gapText.slice(at, x.start));
      if (!locative && (w > 10 || !hasCoord(at, x.start))) return false;
      at = x.end;
    }
    return words(at, to) <= lastHop;
  };

  const out: Proposal[] = [];
  let prevDate: { date: ISODate; reason: string } | null = null;
  let prevActor: ActorMatch | null = null;

  for (const s of sentences) {
    const sMentions = within(mentions, s.start, s.end);
    const sChanges = within(changes, s.start, s.end);
    const sNon = within(nonChanges, s.start, s.end);
    const sTimes = within(times, s.start, s.end);
    const sActors = within(actors, s.start, s.end);
    const quote = text.slice(s.start, s.end);
    const absoluteHere = sTimes.filter((t) => ABSOLUTE.has(t.kind) && t.date);

    const linked = new Set<Match<ChangeCue>>();
    const results: Array<{ m: Mention; link: Link | null; block: Block | null }> = [];
    for (const m of sMentions) {
      const c = clauseAt(s, m.start);
      const inClause = within(sMentions, c.start, c.end);
      const cChanges = within(sChanges, c.start, c.end);
      const cNon = within(sNon, c.start, c.end);
      let link: Link | null = null;
      let block: Block | null = null;

      // A relative clause right after the place: "Hama, which … captured on Thursday".
      const ci = s.clauses.indexOf(c);
      const next = s.clauses[ci + 1];
      const lastInClause = inClause[inClause.length - 1];
      if (next?.relative && lastInClause === m && words(m.end, c.end) <= 6) {
        const nMentions = within(sMentions, next.start, next.end);
        const cue = within(sChanges, next.start, next.end).find((x) =>
          x.entry.order === 'cue-place'
            ? !nMentions.some((n) => n.start >= x.end)
            : !nMentions.some((n) => n.end <= x.start),
        );
        if (cue) link = { cue, via: 'relative' };
      }
      // A cue after the place: "Rastan and Talbiseh fell under opposition control".
      if (!link) {
        const cue = cChanges.find(
          (x) => x.entry.order === 'place-cue' && x.start >= m.end && reachBackward(m, x.start, inClause, 4),
        );
        if (cue) link = { cue, via: 'after' };
      }
      // A cue before the place (or before a list it ends): "captured Rastan and Talbiseh".
      let before: Match<ChangeCue> | undefined;
      if (!link) {
        before = [...cChanges]
          .reverse()
          .find(
            (x) => x.entry.order === 'cue-place' && x.end <= m.start && reachForward(x.end, m, inClause, 6),
          );
        if (before) link = { cue: before, via: 'before' };
      }
      // What stops a before-cue reaching the place: a distance or target word between them ("near", "outskirts
      // of"), or a word right after the place that makes it an area ("Hama province").
      const stop = [...cNon]
        .reverse()
        .find(
          (x) =>
            x.entry.order === 'cue-place' &&
            x.entry.kind !== 'hypothetical' &&
            x.entry.kind !== 'denial' &&
            x.end <= m.start &&
            (!before || x.start >= before.end) &&
            reachForward(x.end, m, inClause, 6, true),
        );
      const after = cNon.find(
        (x) => x.entry.order === 'place-cue' && x.start >= m.end && words(m.end, x.start) === 0,
      );
      if (after) block = { why: `named as an area (“${after.text}”), not the town`, cue: after.text };
      else if (stop && link?.via !== 'relative') {
        block = { why: `named only as a ${stop.entry.kind} (“${stop.text}”)`, cue: stop.text };
        link = null;
      }
      if (link) linked.add(link.cue);
      results.push({ m, link, block });
    }
    // A sentence that opens on a place ("In Deraa, …") and has a change cue that governs no other place.
    const first = results[0];
    if (
      first &&
      !first.link &&
      !first.block &&
      /^\s*In\s+(?:the\s+)?$/i.test(text.slice(s.start, first.m.start))
    ) {
      const cue = sChanges.find((x) => !linked.has(x));
      if (cue) first.link = { cue, via: 'scene' };
    }

    // The sentence's own day: a time word outside relative clauses and outside "since …" clauses (the day
    // an offensive began is not the day of what it took).
    const sentenceDate = absoluteHere.find((t) => {
      const c = clauseAt(s, t.start);
      return !c.relative && !sTimes.some((x) => x.kind === 'since' && x.start >= c.start && x.end <= c.end);
    });

    for (const { m, link, block } of results) {
      if (!link) {
        if (block && sChanges.length > 0) out.push(notAClaim(m, block, s, quote, published));
        continue;
      }
      if (block) {
        out.push(notAClaim(m, block, s, quote, published));
        continue;
      }
      const cue = link.cue;
      const cc = clauseAt(s, cue.start);
      const ccText = masked.slice(cc.start, cc.end);
      // Clause-wide: a hypothesis or a denial ("would", "denied"), or a past ("retook it in 2014").
      const clauseNon = within(sNon, cc.start, cc.end).find(
        (x) => x.entry.kind === 'hypothetical' || x.entry.kind === 'denial',
      );
      if (clauseNon) {
        out.push(
          notAClaim(
            m,
            {
              why: `${clauseNon.entry.kind === 'denial' ? 'denied' : 'a hypothesis'} (“${clauseNon.text}”)`,
              cue: `${cue.text} … ${clauseNon.text}`,
            },
            s,
            quote,
            published,
          ),
        );
        continue;
      }
      const history = historyIn(ccText, lex, published);
      if (history) {
        out.push(
          notAClaim(
            m,
            { why: `a history (“${history}”), not a change of this report`, cue: `${cue.text} … ${history}` },
            s,
            quote,
            published,
          ),
        );
        continue;
      }

      // The day.
      const when = cue.entry.noun
        ? dateFor(cue, cc, sTimes, undefined, null, published)
        : dateFor(cue, cc, sTimes, sentenceDate, prevDate, published);
      // Who.
      const who = actorFor(cue, cc, text, sActors, prevActor, record, blocOf);
      const status = cue.entry.status;
      let factions = [who.faction];
      if (status === 'contested') {
        const holder = record.model
          ?.placeState(m.place, addDays(when.date, -1))
          .factions.find((f) => blocOf(f) !== blocOf(who.faction));
        const other = holder ?? record.factions.find((f) => f.bloc !== blocOf(who.faction))?.id;
        if (other) factions = [who.faction, other];
      }
      out.push({
        place: m.place,
        name_matched: m.text,
        status,
        factions,
        bloc: blocOf(who.faction),
        date: when.date,
        date_reason: when.reason,
        quote,
        start: s.start,
        end: s.end,
        place_start: m.start,
        place_end: m.end,
        confidence: minConf(
          when.confidence,
          link.via === 'scene' ? minConf(who.confidence, 'medium') : who.confidence,
        ),
        cue: cue.text,
      });
    }
    // A day carries to the next sentence only ("…early Friday. The towns … fell"), never further.
    prevDate = sentenceDate?.date ? { date: sentenceDate.date, reason: sentenceDate.reason } : null;
    if (sActors.length) prevActor = sActors[sActors.length - 1]!;
  }
  return dedupe(out);
}

function notAClaim(m: Mention, block: Block, s: Sentence, quote: string, published: ISODate): Proposal {
  return {
    place: m.place,
    name_matched: m.text,
    status: 'controlled',
    factions: [],
    bloc: '',
    date: published,
    date_reason: 'not a change: the publication date',
    quote,
    start: s.start,
    end: s.end,
    place_start: m.start,
    place_end: m.end,
    confidence: 'low',
    cue: block.cue,
    claim: false,
    why: block.why,
  };
}

function historyIn(clause: string, lex: Lexicon, published: ISODate): string | null {
  for (const re of lex.history) {
    re.lastIndex = 0;
    const m = re.exec(clause);
    if (m) return m[0];
  }
  const year = published.slice(0, 4);
  const YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])((?:\s+[\p{L}’'-]+){0,2})/gu;
  for (let m = YEAR.exec(clause); m; m = YEAR.exec(clause)) {
    if (m[1] === year) continue;
    const next = (m[2] ?? '').toLowerCase().trim().split(/\s+/);
    if (next.some((w) => lex.yearNouns.has(w))) continue;
    return m[1]!;
  }
  return null;
}

interface When {
  date: ISODate;
  reason: string;
  confidence: Confidence;
}

function dateFor(
  cue: Match<ChangeCue>,
  cc: Clause,
  sTimes: TimeWord[],
  sentenceDate: TimeWord | undefined,
  prevDate: { date: ISODate; reason: string } | null,
  published: ISODate,
): When {
  const inClause = sTimes.filter((t) => t.start >= cc.start && t.end <= cc.end);
  const since = inClause.find((t) => t.kind === 'since');
  const nearest = (list: TimeWord[]) =>
    [...list].sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start))[0];
  // "a day after": the sentence's other event is the anchor; a cue after the words happened the day before.
  const rel = sTimes.find((t) => (t.kind === 'day_after' || t.kind === 'day_before') && t.start < cue.start);
  const anchor = (): When =>
    sentenceDate?.date
      ? { date: sentenceDate.date, reason: sentenceDate.reason, confidence: 'high' }
      : prevDate
        ? { date: prevDate.date, reason: `${prevDate.reason}, in the sentence before`, confidence: 'medium' }
        : { date: published, reason: 'the publication date', confidence: 'low' };
  if (rel) {
    const a = anchor();
    const d = rel.kind === 'day_after' ? -1 : 1;
    return {
      date: addDays(a.date, d),
      reason: `“${rel.text}” the sentence's other change (${a.reason}): the day ${d < 0 ? 'before' : 'after'} ${a.date}`,
      confidence: minConf(a.confidence, 'medium'),
    };
  }
  if (since)
    return {
      date: published,
      reason: `“${since.text}”: some day before publication, not given; the publication date`,
      confidence: 'low',
    };
  const own = nearest(inClause.filter((t) => ABSOLUTE.has(t.kind) && t.date));
  if (own?.date) return { date: own.date, reason: own.reason, confidence: 'high' };
  const prevDay = inClause.find((t) => t.kind === 'previous_day');
  if (prevDay && prevDate)
    return {
      date: addDays(prevDate.date, -1),
      reason: `“${prevDay.text}”: the day before ${prevDate.reason}, in the sentence before`,
      confidence: 'medium',
    };
  if (sentenceDate?.date && !cc.relative)
    return {
      date: sentenceDate.date,
      reason: `${sentenceDate.reason}, in the same sentence`,
      confidence: 'high',
    };
  if (prevDate)
    return {
      date: prevDate.date,
      reason: `${prevDate.reason}, in the sentence before`,
      confidence: 'medium',
    };
  return {
    date: published,
    reason: `no time word: the publication date (${published})`,
    confidence: 'low',
  };
}

function actorFor(
  cue: Match<ChangeCue>,
  cc: Clause,
  text: string,
  sActors: ActorMatch[],
  prevActor: ActorMatch | null,
  record: ProposeRecord,
  blocOf: (f: string) => string,
): { faction: string; confidence: Confidence } {
  // "from the government", "from the grip of the criminal regime": the side that lost it, never the taker.
  const isSource = (a: ActorMatch) =>
    /(?<![\p{L}])(?:from|opposing|against)(?:\s+[^\s.;,]+){0,5}\s+$/iu.test(
      text.slice(Math.max(cc.start, a.start - 48), a.start),
    );
  const takers = sActors.filter((a) => !isSource(a));
  const inCue = takers.find((a) => a.start >= cue.start && a.end <= cue.end);
  const clauseActors = takers.filter((a) => a.start >= cc.start && a.end <= cc.end);
  const beforeCue = [...clauseActors].reverse().find((a) => a.end <= cue.start);
  const afterCue = clauseActors.find((a) => a.start >= cue.end);
  const byDistance = (list: ActorMatch[]) =>
    [...list].sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start))[0];
  const advancing =
    record.factions.find((f) => f.bloc === record.info.advancingBloc)?.id ?? record.factions[0]!.id;
  if (cue.entry.role === 'gain') {
    const own = cue.entry.noun
      ? inCue
      : cue.entry.order === 'place-cue'
        ? (inCue ?? afterCue ?? beforeCue)
        : (inCue ?? beforeCue ?? afterCue);
    if (own) return { faction: own.faction, confidence: 'high' };
    if (cue.entry.noun) return { faction: advancing, confidence: 'medium' };
    // No taker in the clause ("they have captured …"): one named earlier in the sentence, else the sentence
    // before's, else one named later.
    const near =
      [...takers].reverse().find((a) => a.end <= cue.start) ??
      prevActor ??
      takers.find((a) => a.start >= cue.end);
    if (near) return { faction: near.faction, confidence: 'medium' };
    return { faction: advancing, confidence: 'low' };
  }
  // A loss: the actor left; the taker is another side named nearby, or the advancing side.
  const actor = inCue ?? beforeCue ?? afterCue ?? byDistance(sActors);
  const loser = actor ? blocOf(actor.faction) : null;
  const gainer = byDistance(
    [...sActors, ...(prevActor ? [prevActor] : [])].filter((a) => blocOf(a.faction) !== loser),
  );
  if (gainer) return { faction: gainer.faction, confidence: 'medium' };
  const fallback =
    loser !== record.info.advancingBloc ? advancing : record.factions.find((f) => f.bloc !== loser)!.id;
  return { faction: fallback, confidence: 'low' };
}

/** One proposal per place and side: the surest (then the first); a non-claim only where no claim is made. */
function dedupe(list: Proposal[]): Proposal[] {
  const best = new Map<string, Proposal>();
  const claimed = new Set(list.filter((p) => p.claim !== false).map((p) => p.place));
  for (const p of list) {
    if (p.claim === false && claimed.has(p.place)) continue;
    const key = `${p.place}|${p.bloc}`;
    const had = best.get(key);
    if (!had || RANK[p.confidence] > RANK[had.confidence]) best.set(key, p);
  }
  return list.filter((p) => best.get(`${p.place}|${p.bloc}`) === p);
}
