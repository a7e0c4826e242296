// Approximate matching on normalised keys: trigrams pick candidates fast, the optimal string alignment
// distance (Levenshtein with adjacent transpositions) ranks them.

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * The optimal string alignment distance when it is at most `max`, else `max + 1`, computed row by row and
 * abandoned as soon as a whole row exceeds `max` (no later row can come back under it). Same answers as
 * `editDistance` within the bound; reuses its buffers, so it allocates nothing per call.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length || !b.length) return Math.max(a.length, b.length);
  const n = b.length + 1;
  if (rowA.length < n) {
    rowA = new Int32Array(n * 2);
    rowB = new Int32Array(n * 2);
    rowC = new Int32Array(n * 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j < n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[n - 1]!;
  return d > max ? max + 1 : d;
}

/** Similarity in [0, 1]: 1 − distance / length of the longer key. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** Trigrams of a key padded at both ends, so that short keys and first letters count. */
export function trigrams(key: string): string[] {
  return qgrams(key, 3);
}

/** Distinct q-grams of a key padded at both ends. */
export function qgrams(key: string, q: number): string[] {
  const s = `^${key}$`;
  const out = new Set<string>();
  for (let i = 0; i + q <= s.length; i++) out.add(s.slice(i, i + q));
  return [...out];
}

const bagA = new Int16Array(256);

/**
 * Bag distance: max(letters of a not in b, letters of b not in a), counted as multisets. A lower bound of the
 * edit distance (a substitution, insertion or deletion changes each side's surplus by at most one, a swap by
 * none), and linear: a cheap filter before the quadratic distance. Letters are bucketed by their low byte,
 * which can only lower the figure, so the bound still holds.
 */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) bagA[a.charCodeAt(i) & 0xff]!++;
  let onlyB = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 0xff;
    if (bagA[c]! > 0) bagA[c]!--;
    else onlyB++;
  }
  let onlyA = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 0xff;
    if (bagA[c]! > 0) {
      onlyA += bagA[c]!;
      bagA[c] = 0;
    }
  }
  return Math.max(onlyA, onlyB);
}

const NO_IDS: readonly number[] = [];

/** An inverted index from q-gram (trigram by default) to the ids of the keys that hold it. */
export class TrigramIndex {
  private readonly postingsMap = new Map<string, number[]>();
  private counts = new Int32Array(0);

  constructor(private readonly q = 3) {}

  add(id: number, key: string): void {
    for (const g of qgrams(key, this.q)) {
      const list = this.postingsMap.get(g);
      if (list) list.push(id);
      else this.postingsMap.set(g, [id]);
    }
  }

  /**
   * Every id with how many distinct trigrams it shares with the key, unordered, through one reused counter
   * array: the fast path of a thresholded lookup, which then filters by count and length itself.
   */
  sharedCounts(key: string, visit: (id: number, shared: number) => void): number {
    return this.sharedCountsOf(qgrams(key, this.q), visit);
  }

  /** The ids of the keys holding a q-gram (empty when none does). */
  postings(gram: string): readonly number[] {
    return this.postingsMap.get(gram) ?? NO_IDS;
  }

  /** As `sharedCounts`, for the key's q-grams computed once by the caller (one query, several indexes). */
  sharedCountsOf(grams: readonly string[], visit: (id: number, shared: number) => void): number {
    const touched: number[] = [];
    for (const g of grams) {
      for (const id of this.postingsMap.get(g) ?? []) {
        if (id >= this.counts.length) {
          const bigger = new Int32Array(Math.max(id + 1, this.counts.length * 2, 1024));
          bigger.set(this.counts);
          this.counts = bigger;
        }
        if (this.counts[id] === 0) touched.push(id);
        this.counts[id]!++;
      }
    }
    for (const id of touched) {
      visit(id, this.counts[id]!);
      this.counts[id] = 0;
    }
    return grams.length;
  }

  /** Ids sharing at least `minShared` trigrams with the key, most shared first. */
  candidates(key: string, minShared = 1, limit = 200): number[] {
    const counts = new Map<number, number>();
    for (const g of qgrams(key, this.q)) {
      for (const id of this.postingsMap.get(g) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
      .filter(([, c]) => c >= minShared)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
