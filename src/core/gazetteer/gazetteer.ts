// Names to places: lookup of one name (any spelling, Latin or Arabic), suggestions, and the place mentions
// in a running text. Curated places beat the broad GeoNames extract; exact spellings beat folded ones,
// folded ones beat fuzzy ones.
import type { Place } from '../types';
import { exactKey, hasArabic, isArticle, normaliseName } from './normalise';
import { bagDistance, boundedEditDistance, qgrams, similarity, TrigramIndex } from './fuzzy';

export type MatchHow = 'exact' | 'normalised' | 'fuzzy';

export interface LookupResult {
  place: Place;
  /** The alias text that matched. */
  matched: string;
  how: MatchHow;
  /** 1 for an exact match; below 1 the further the spelling is from the alias. */
  score: number;
}

export interface Suggestion {
  place: Place;
  matched: string;
  score: number;
}

export interface Mention {
  place: string;
  start: number;
  end: number;
  text: string;
}

/** A query that cannot be a place name: empty, too long, or without letters. */
export class GazetteerQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GazetteerQueryError';
  }
}

interface Word {
  start: number;
  end: number;
  text: string;
}

interface Entry {
  place: Place;
  alias: string;
  key: string;
  /** Whether this alias may be found in running text (see `mentions`). */
  mentionable: boolean;
}

const MAX_QUERY = 120;
const NORMALISED_SCORE = 0.95;
/** Below this similarity of keys a fuzzy match is only a suggestion. */
export const FUZZY_THRESHOLD = 0.75;
const MAX_MENTION_WORDS = 6;

// A word of running text; an apostrophe inside a word belongs to it (Ma'arrat), a possessive does not.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‘ʿʾ][\p{L}\p{M}]+)*/gu;
const ARTICLE_WORDS = new Set([
  'al',
  'el',
  'ar',
  'as',
  'at',
  'ad',
  'az',
  'an',
  'ash',
  'adh',
  'ath',
  'ez',
  'es',
  'ed',
  'er',
]);

/**
 * Keys of aliases that are real names of a place but, in running text, almost always mean something else:
 * "Sham" (al-Sham, Damascus) is in Hayat Tahrir al-Sham and Sham FM. Lookup still finds them.
 */
const NOT_IN_TEXT = new Set(['sham', 'cham']);

/** Curated first, then the bigger place: which of several places sharing a spelling a name means. */
function rank(p: Place): number {
  return (p.curated ? 1e12 : 0) + (p.population ?? 0);
}

export class Gazetteer {
  private readonly byId = new Map<string, Place>();
  private readonly curatedPlaces: Place[];
  private readonly allPlaces: Place[];
  private readonly entries: Entry[] = [];
  /** The entries best place first, built on the first `complete`. */
  private ranked: Entry[] | null = null;
  private readonly byExact = new Map<string, Entry[]>();
  private readonly byKey = new Map<string, Entry[]>();
  private readonly mentionKeys = new Map<string, Entry>();
  /**
   * Every prefix of every mention key: a trie flattened into a set. `mentions` grows a span word by word only
   * while its key (less its last letter, which the next word may still change: "Khane" + "Erennbe" folds
   * "ee" to "i") is a prefix of some name, so most words of a text cost one set probe.
   */
  private readonly mentionPrefixes = new Set<string>();
  /** Aliases exactly as stored, for the commonest query: a name typed as the record spells it. */
  private readonly byRaw = new Map<string, Entry>();
  private readonly trigrams = new TrigramIndex();
  /** Bigrams of the distinct keys: the candidates of a thresholded fuzzy lookup (see bestFuzzy). */
  /**
   * Bigrams of the distinct keys, one index per key length (ids local to it, `ids` maps them back): a fuzzy
   * lookup reads only the lengths its length band allows.
   */
  private readonly bigramsByLength = new Map<number, { index: TrigramIndex; ids: number[] }>();
  /** Entry ids of the distinct keys (the first entry of each), in the order they were added. */
  private readonly distinctIds: number[] = [];
  /**
   * Every distinct key and every key with one letter deleted, to the keys they come from: two keys within one
   * edit (a swap included) share such a form, so one probe per deletion of the query finds every key one
   * edit away. Built on the first fuzzy lookup.
   */
  private oneEdit: Map<string, number[]> | null = null;

  constructor(places: Place[], broad: Place[] = []) {
    this.curatedPlaces = places;
    const curatedGeo = new Set(places.map((p) => p.geonamesId).filter((g) => g !== null));
    // The broad extract may repeat a curated place's GeoNames row: the curated entry stands for it.
    const extra = broad.filter(
      (p) => !this.byId.has(p.id) && !(p.geonamesId !== null && curatedGeo.has(p.geonamesId)),
    );
    this.allPlaces = [...places, ...extra];
    for (const p of this.allPlaces) {
      if (this.byId.has(p.id)) throw new Error(`duplicate place id ${p.id}`);
      this.byId.set(p.id, p);
      const texts = new Set([p.name, ...(p.nameAr ? [p.nameAr] : []), ...p.aliases.map((a) => a.text)]);
      // Broad places are found in text by their own names only: GeoNames alternates include words
      // of other languages that are ordinary words in English.
      const mentionTexts = p.curated ? texts : new Set([p.name, ...(p.nameAr ? [p.nameAr] : [])]);
      for (const alias of texts) {
        const key = normaliseName(alias);
        if (!key) continue;
        const e: Entry = {
          place: p,
          alias,
          key,
          mentionable: mentionTexts.has(alias) && !NOT_IN_TEXT.has(key),
        };
        this.add(e);
      }
    }
    for (const list of [...this.byExact.values(), ...this.byKey.values()]) {
      list.sort(
        (a, b) =>
          rank(b.place) - rank(a.place) || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0),
      );
    }
    // A raw alias answers as its exact-key list would: the best-ranked entry of the same letters.
    for (const [alias, e] of this.byRaw) this.byRaw.set(alias, this.byExact.get(exactKey(e.alias))![0]!);
  }

  private add(e: Entry): void {
    const id = this.entries.length;
    this.entries.push(e);
    push(this.byExact, exactKey(e.alias), e);
    const raw = this.byRaw.get(e.alias);
    if (!raw || rank(e.place) > rank(raw.place)) this.byRaw.set(e.alias, e);
    const same = this.byKey.get(e.key);
    if (!same) {
      this.trigrams.add(id, e.key);
      let bucket = this.bigramsByLength.get(e.key.length);
      if (!bucket) this.bigramsByLength.set(e.key.length, (bucket = { index: new TrigramIndex(2), ids: [] }));
      bucket.index.add(bucket.ids.length, e.key);
      bucket.ids.push(id);
      this.distinctIds.push(id);
    }
    push(this.byKey, e.key, e);
    if (e.mentionable && e.key.length >= 3) {
      const prev = this.mentionKeys.get(e.key);
      if (!prev || rank(e.place) > rank(prev.place)) this.mentionKeys.set(e.key, e);
      for (let n = 0; n <= e.key.length; n++) this.mentionPrefixes.add(e.key.slice(0, n));
    }
  }

  get(id: string): Place | undefined {
    return this.byId.get(id);
  }

  curated(): Place[] {
    return this.curatedPlaces;
  }

  all(): Place[] {
    return this.allPlaces;
  }

  /** The checks every query passes before any lookup: a string, not empty, not too long. */
  private checkQuery(name: string): string {
    if (typeof name !== 'string') throw new GazetteerQueryError('a place name must be a string');
    const q = name.trim();
    if (!q) throw new GazetteerQueryError('empty place name');
    if (q.length > MAX_QUERY) throw new GazetteerQueryError(`place name longer than ${MAX_QUERY} characters`);
    return q;
  }

  private queryKey(name: string): string {
    const q = this.checkQuery(name);
    const key = normaliseName(q);
    if (!key) throw new GazetteerQueryError(`"${q}" has no letters to match a place name by`);
    return key;
  }

  /** The place a name means, or null when nothing is close enough (then see `suggest`). */
  lookup(name: string): LookupResult | null {
    // The name exactly as an alias spells it: one map probe, before any folding. An alias always has
    // letters, so a hit is never a query that queryKey would reject.
    const raw = typeof name === 'string' && name.length <= MAX_QUERY ? this.byRaw.get(name) : undefined;
    if (raw) return { place: raw.place, matched: raw.alias, how: 'exact', score: 1 };
    this.checkQuery(name);
    // Case and spacing aside, before the costlier transliteration folding.
    const exact = this.byExact.get(exactKey(name))?.[0];
    if (exact) return { place: exact.place, matched: exact.alias, how: 'exact', score: 1 };
    const key = this.queryKey(name);
    const norm = this.byKey.get(key)?.[0];
    if (norm) return { place: norm.place, matched: norm.alias, how: 'normalised', score: NORMALISED_SCORE };
    const best = this.bestFuzzy(key);
    return best ? { ...best, how: 'fuzzy' } : null;
  }

  /**
   * The nearest place at or above FUZZY_THRESHOLD, with the answer of scoring every key. A score is similarity
   * plus at most 0.05 for a shared first letter, so a match needs similarity ≥ threshold − 0.05: an edit
   * distance d ≤ (1.05 − threshold) of the longer key's length. Filters that cannot drop a match, cheapest
   * first: the length band; shared padded bigrams ≥ (|query| + 1) − 3d (an edit, a swap included, touches at
   * most three bigram windows; with d ≤ 0.3 × length this is always ≥ 1, so every match shares a bigram and
   * the bigram postings enumerate them all); the bag distance ≤ d; then the bounded edit distance itself.
   *
   * Most misspellings are one edit away, so the keys one edit away are scored first, through the one-edit
   * index (a few map probes). Their best score S bounds the rest: a key d ≥ 2 edits away scores at most
   * 1 − d/longer + 0.05, so it can tie or beat S only where d ≤ (1.05 − S) × longer. When no key length
   * allows that, the scan of the bigram postings, the costly step, is skipped; otherwise it runs with the
   * tighter bound, over the lengths it allows only. Either way the answer is the one scoring every key would give.
   */
  private bestFuzzy(key: string): Suggestion | null {
    const slack = 1 + 0.05 - FUZZY_THRESHOLD;
    let best: Suggestion | null = null;
    let bestRaw = -1;
    const q = key.length;
    const grams = qgrams(key, 2);
    const windows = grams.length;
    const consider = (id: number, shared: number, cap: number, most = Infinity): void => {
      const head = this.entries[id]!;
      const len = head.key.length;
      const longer = Math.max(q, len);
      const maxD = Math.min(most, Math.floor(slack * longer + 1e-9), Math.floor(cap * longer + 1e-9));
      if (Math.abs(q - len) > maxD) return;
      if (shared >= 0 && shared < windows - 3 * maxD) return;
      if (bagDistance(key, head.key) > maxD) return;
      const d = boundedEditDistance(key, head.key, maxD);
      if (d > maxD) return;
      const raw = Math.min(1, 1 - d / longer + (key[0] === head.key[0] ? 0.05 : 0));
      const top = this.byKey.get(head.key)![0]!;
      // Best score, then the curated and bigger place, then the id: one answer whatever the visiting order.
      const b = best as Suggestion | null;
      const better =
        raw > bestRaw ||
        (raw === bestRaw &&
          b !== null &&
          (rank(top.place) > rank(b.place) ||
            (rank(top.place) === rank(b.place) && top.place.id < b.place.id)));
      if (better) {
        bestRaw = raw;
        best = { place: top.place, matched: top.alias, score: Math.round(raw * 1000) / 1000 };
      }
    };
    // Keys within one edit: the query and each of its one-letter deletions, probed in the one-edit index.
    const oneEdit = this.oneEditIndex();
    const seen = new Set<number>();
    for (let i = -1; i < q; i++) {
      const form = i < 0 ? key : key.slice(0, i) + key.slice(i + 1);
      for (const id of oneEdit.get(form) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        // Only one edit is scored here: a key the index brings that is further away is scored, if it can
        // still win, by the search below.
        consider(id, -1, Infinity, 1);
      }
    }
    // Keys two or more edits away, only where one could still tie the best score so far.
    const cap = bestRaw < 0 ? Infinity : 1.05 - bestRaw;
    for (const [len, bucket] of this.bigramsByLength) {
      const longer = Math.max(q, len);
      const maxD = Math.min(Math.floor(slack * longer + 1e-9), Math.floor(cap * longer + 1e-9));
      if (maxD < 2 || Math.abs(q - len) > maxD) continue;
      const need = windows - 3 * maxD;
      if (need <= 1) {
        bucket.index.sharedCountsOf(grams, (local, shared) => consider(bucket.ids[local]!, shared, cap));
        continue;
      }
      // A key sharing `need` of the query's bigrams holds at least one of any (windows − need + 1) of them:
      // the rarest ones give every candidate, and most keys are never touched.
      const lists = grams.map((g) => bucket.index.postings(g)).sort((a, b) => a.length - b.length);
      const picked = new Set<number>();
      for (let j = 0; j <= windows - need; j++) for (const local of lists[j]!) picked.add(local);
      for (const local of picked) consider(bucket.ids[local]!, -1, cap);
    }
    const found = best as Suggestion | null;
    return found && found.score >= FUZZY_THRESHOLD ? found : null;
  }

  private oneEditIndex(): Map<string, number[]> {
    if (this.oneEdit) return this.oneEdit;
    const index = new Map<string, number[]>();
    const put = (form: string, id: number): void => {
      const list = index.get(form);
      if (!list) index.set(form, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    for (const id of this.distinctIds) {
      const key = this.entries[id]!.key;
      put(key, id);
      for (let i = 0; i < key.length; i++) put(key.slice(0, i) + key.slice(i + 1), id);
    }
    return (this.oneEdit = index);
  }

  /**
   * Suggestions while a name is being typed: the places one of whose spellings starts with the text (folded
   * as `lookup` folds it, so "tallbis" finds Talbiseh and "حم" Homs), curated places first, then the bigger;
   * when fewer than `n` do, the nearest names (`suggest`) fill the list. Never throws: a text with no
   * letters yet has no suggestions.
   */
  complete(text: string, n = 8): Place[] {
    let key: string;
    try {
      key = this.queryKey(text);
    } catch (e) {
      if (e instanceof GazetteerQueryError) return [];
      throw e;
    }
    this.ranked ??= [...this.entries].sort(
      (a, b) => rank(b.place) - rank(a.place) || a.place.name.localeCompare(b.place.name),
    );
    const seen = new Set<string>();
    const out: Place[] = [];
    for (const e of this.ranked) {
      if (out.length >= n) break;
      if (seen.has(e.place.id) || !e.key.startsWith(key)) continue;
      seen.add(e.place.id);
      out.push(e.place);
    }
    for (const s of out.length < n ? this.suggest(text, n) : []) {
      if (out.length >= n) break;
      if (seen.has(s.place.id)) continue;
      seen.add(s.place.id);
      out.push(s.place);
    }
    return out;
  }

  /**
   * The place standing on a point, to the 6 decimals a link keeps (curated places first), or null: a ruler
   * restored from a URL, which keeps no names, still reads its places' names.
   */
  placeAt(lon: number, lat: number): Place | null {
    const near = (p: Place) => Math.abs(p.lon - lon) < 5e-7 && Math.abs(p.lat - lat) < 5e-7;
    return this.curatedPlaces.find(near) ?? this.allPlaces.find(near) ?? null;
  }

  /** The n places whose names are nearest to the query, best first ("did you mean …"). */
  suggest(name: string, n = 5): Suggestion[] {
    const key = this.queryKey(name);
    const exact = this.byKey.get(key) ?? [];
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const e of exact) {
      if (seen.has(e.place.id)) continue;
      seen.add(e.place.id);
      out.push({ place: e.place, matched: e.alias, score: NORMALISED_SCORE });
    }
    for (const s of this.fuzzy(key, n)) {
      if (out.length >= n) break;
      if (seen.has(s.place.id)) continue;
      seen.add(s.place.id);
      out.push(s);
    }
    return out.slice(0, n);
  }

  private fuzzy(key: string, n: number): Suggestion[] {
    const best = new Map<string, Suggestion>();
    for (const id of this.trigrams.candidates(key)) {
      const head = this.entries[id]!;
      // People rarely get a name's first letter wrong: between equally distant keys, prefer the one
      // that starts alike ("Hamas" is nearer Hama than Damas).
      const score = Math.min(1, similarity(key, head.key) + (key[0] === head.key[0] ? 0.05 : 0));
      for (const e of this.byKey.get(head.key)!) {
        const prev = best.get(e.place.id);
        if (!prev || score > prev.score) best.set(e.place.id, { place: e.place, matched: e.alias, score });
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || rank(b.place) - rank(a.place))
      .slice(0, n)
      .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }));
  }

  /** The words of a text, with offsets; a possessive ('s) is not part of the word. */
  private words(text: string): Word[] {
    const words: Word[] = [];
    for (const m of text.matchAll(WORD)) {
      let w = m[0];
      // "Homs’s": the possessive is not part of the name.
      const n = w.length;
      if (n > 2 && w[n - 1] === 's' && (w[n - 2] === "'" || w[n - 2] === '’')) w = w.slice(0, -2);
      words.push({ start: m.index, end: m.index + w.length, text: w });
    }
    return words;
  }

  /**
   * Every place named in a text, in order, with character offsets. The longest name wins ("Deir Ez-Zour" is
   * one mention, not "Deir"); a Latin name counts only when capitalised in the text (so a name inside a word
   * or an ordinary lower-case word never does), and matches whole words only ("Hamas" is not "Hama").
   */
  mentions(text: string): Mention[] {
    const words = this.words(text);
    const keyCache = new Map<string, string>();
    const keyOf = (surface: string): string => {
      let k = keyCache.get(surface);
      if (k === undefined) {
        k = normaliseName(surface);
        keyCache.set(surface, k);
      }
      return k;
    };
    const out: Mention[] = [];
    for (let i = 0; i < words.length;) {
      const first = words[i]!;
      if (!this.canStart(text, words, i)) {
        i++;
        continue;
      }
      // Grow the span i..j while it can still become a name; remember the longest span that is one.
      let matched = 0;
      let found: Entry | undefined;
      const last = Math.min(words.length, i + MAX_MENTION_WORDS) - 1;
      // While the span is articles only ("Al As"), the key keeps them and is no prefix of the name to come.
      let articlesOnly = true;
      for (let j = i; j <= last; j++) {
        if (j > i && !this.joined(text, words, j - 1, j)) break;
        articlesOnly &&= isArticle(words[j]!.text);
        // A span that ends in an article ("al-" of "al-Qusayr") cannot be a name, and its key says nothing
        // yet about the word the article belongs to: go on to that word.
        if (!this.canEnd(words, j)) continue;
        const key = keyOf(text.slice(first.start, words[j]!.end));
        if (!articlesOnly && !this.mentionPrefixes.has(key.slice(0, -1))) break;
        const e = this.mentionKeys.get(key);
        if (e) {
          found = e;
          matched = j - i + 1;
        }
      }
      if (found) {
        const end = words[i + matched - 1]!.end;
        out.push({ place: found.place.id, start: first.start, end, text: text.slice(first.start, end) });
      }
      i += matched || 1;
    }
    return out;
  }

  /**
   * The same answers as `mentions`, the slow way: every span of up to six words from every possible start,
   * longest first, each folded and looked up. Kept as the reference the fast path is checked against.
   */
  mentionsByScan(text: string): Mention[] {
    const words = this.words(text);
    const out: Mention[] = [];
    for (let i = 0; i < words.length;) {
      const first = words[i]!;
      if (!this.canStart(text, words, i)) {
        i++;
        continue;
      }
      let matched = 0;
      for (let j = Math.min(words.length, i + MAX_MENTION_WORDS) - 1; j >= i; j--) {
        if (!this.canEnd(words, j) || !this.joined(text, words, i, j)) continue;
        const surface = text.slice(first.start, words[j]!.end);
        const e = this.mentionKeys.get(normaliseName(surface));
        if (!e) continue;
        out.push({ place: e.place.id, start: first.start, end: words[j]!.end, text: surface });
        matched = j - i + 1;
        break;
      }
      i += matched || 1;
    }
    return out;
  }

  /**
   * A name starts at a capitalised word, an Arabic word, or a hyphened lower-case article before a
   * capitalised word ("al-Qusayr"; but not the English "as" in "as Idlib").
   */
  private canStart(text: string, words: Word[], i: number): boolean {
    const w = words[i]!.text;
    const c = w.charCodeAt(0);
    // ASCII first letters decide at once; anything else goes through the Unicode-aware tests.
    if (c >= 65 && c <= 90) return true;
    if (c >= 128 && (hasArabic(w) || /^\p{Lu}/u.test(w))) return true;
    const next = words[i + 1];
    return (
      ARTICLE_WORDS.has(w) &&
      next !== undefined &&
      /^\p{Lu}/u.test(next.text) &&
      text.slice(words[i]!.end, next.start) === '-'
    );
  }

  /** …and never ends at an article: "Homs as" is "Homs". */
  private canEnd(words: Word[], j: number): boolean {
    return !ARTICLE_WORDS.has(words[j]!.text);
  }

  /**
   * Words i..j form one name only when separated by a space or a hyphen, never by punctuation, and only
   * within one script: "Aleppo حريتان" is two names, not an Arabic one with a Latin word glued on.
   */
  private joined(text: string, words: Word[], i: number, j: number): boolean {
    for (let k = i; k < j; k++) {
      if (!/^(?:[ \u00A0]|-|[ ]?[-–][ ]?)$/.test(text.slice(words[k]!.end, words[k + 1]!.start)))
        return false;
      if (hasArabic(words[k]!.text) !== hasArabic(words[k + 1]!.text)) return false;
    }
    return true;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
