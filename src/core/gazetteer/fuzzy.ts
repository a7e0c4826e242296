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

/** Similarity in [0, 1]: 1 − distance / length of the longer key. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** Trigrams of a key padded at both ends, so that short keys and first letters count. */
export function trigrams(key: string): string[] {
  const s = `^${key}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return [...out];
}

/** An inverted index from trigram to the ids of the keys that hold it. */
export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();

  add(id: number, key: string): void {
    for (const g of trigrams(key)) {
      const list = this.postings.get(g);
      if (list) list.push(id);
      else this.postings.set(g, [id]);
    }
  }

  /** Ids sharing at least `minShared` trigrams with the key, most shared first. */
  candidates(key: string, minShared = 1, limit = 200): number[] {
    const counts = new Map<number, number>();
    for (const g of trigrams(key)) {
      for (const id of this.postings.get(g) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts]
      .filter(([, c]) => c >= minShared)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
