// Sentences and clauses of a report, as character offsets into the text, so that every quote is the text's
// own words and every proposal can point back at them.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the line (paragraph) the sentence is on. */
  paragraph: number;
  clauses: Clause[];
}

export interface Clause extends Span {
  /** The clause opens with a relative word ("which", "where"): it is about the place just before it. */
  relative: boolean;
}

const CLOSERS = '"”’\')]»';

/**
 * Sentences: a line break always ends one; within a line, `.`, `!` or `?` (and any closing quotes or brackets)
 * followed by white space and a capital, a digit or an opening quote, unless the word before the stop is an
 * abbreviation ("Gen.", "U.S.") or an initial.
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (j >= text.length || !/[ \t]/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    if (k >= text.length || !/[\p{Lu}\p{N}"“‘(]/u.test(text[k]!)) continue;
    if (c === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i));
      const word = before?.[1] ?? '';
      if (abbreviations.has(word) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(start, j);
    start = j;
  }
  push(start, text.length);
  return out;
}

/** The clauses of one sentence, split where one of `breaks` occurs (the break opens the next clause). */
export function splitClauses(
  text: string,
  sentence: Span,
  breaks: readonly string[],
  relativeOpeners: ReadonlySet<string>,
): Clause[] {
  const s = text.slice(sentence.start, sentence.end);
  const cuts = new Set<number>();
  for (const b of breaks) {
    for (let i = s.indexOf(b); i >= 0; i = s.indexOf(b, i + 1)) {
      // The break's leading punctuation or space stays with the clause before it.
      const lead = /^[\s,;—–]*/.exec(b)![0].length;
      if (i + lead > 0 && i + lead < s.length) cuts.add(i + lead);
    }
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), s.length];
  const out: Clause[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    let a = points[i]!;
    let b = points[i + 1]!;
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b <= a) continue;
    const first = /^[\s,;—–]*([\p{L}]+)/u.exec(s.slice(a, b))?.[1]?.toLowerCase() ?? '';
    out.push({
      start: sentence.start + a,
      end: sentence.start + b,
      relative: i > 0 && relativeOpeners.has(first),
    });
  }
  return out;
}
