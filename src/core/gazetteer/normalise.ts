// Folding of transliteration variants, so that the spellings outlets use meet in one key:
// Talbisseh/Talbiseh/Talbisa, Deir Ez-Zour/Deir Ezzor/Dayr az Zawr, Ḩamāh/Hama, حمص/حِمْص.

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const APOSTROPHES = /['‘’ʿʾ`´ʻʼ′]/g;
/** Letters, digits, spaces and hyphens of ASCII only (no apostrophe, which folding drops, not spaces). */
const PLAIN_ASCII = /^[A-Za-z0-9 -]*$/;

/**
 * The Arabic definite article and its assimilated forms as transliterations write them (al-Qusayr,
 * ar-Raqqa, as-Safira, ez-Zour …). Dropped so that "Deir ez-Zor" and "Deir Zor" meet.
 */
const ARTICLES = new Set([
  'al',
  'el',
  'il',
  'ul',
  'ar',
  'er',
  'as',
  'es',
  'at',
  'et',
  'ad',
  'ed',
  'az',
  'ez',
  'an',
  'en',
  'ash',
  'esh',
  'adh',
  'ath',
  'ax',
]);

/** Whether a word is only the article (any of its transliterated forms), which the Latin key drops. */
export function isArticle(word: string): boolean {
  return ARTICLES.has(foldLatin(word));
}

// Letters that NFKD does not decompose to ASCII.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ə: 'a',
  ß: 'ss',
  æ: 'ae',
  đ: 'd',
  ħ: 'h',
  œ: 'oe',
};

export function hasArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

/** Lower case, no diacritics, no apostrophes, words separated by one space: "Ma‘arrat an-Nu‘mān" → "maarrat an numan". */
export function foldLatin(s: string): string {
  // Most names in running text are plain ASCII: no decomposition, marks or special letters to handle.
  if (PLAIN_ASCII.test(s))
    return s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøəßæđħœ]/g, (c) => SPECIAL[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function foldToken(t: string, first: boolean): string {
  let w = t;
  // A glued, assimilated article on a later word: "Ezzor" (ez-Zor), "Arraqqa" (ar-Raqqa).
  if (!first) w = w.replace(/^[ae]([tdrzsnl])\1(?=[a-z]{2})/, '$1');
  // Final taa marbuta is written -eh, -ah or -a: Talbiseh / Talbisah / Talbisa, Hamah / Hama.
  if (w.length > 3) w = w.replace(/[ae]h$/, 'a');
  return w;
}

/** The Latin key: "Deir Ez-Zour", "Deir Ezzor" and "Dayr az Zawr" all give "dayrzur". */
export function normaliseLatin(s: string): string {
  const tokens = foldLatin(s).split(' ').filter(Boolean);
  const words = tokens.filter((t) => !ARTICLES.has(t));
  // A name that is nothing but an article keeps it (better a short key than an empty one).
  const kept = words.length > 0 ? words : tokens;
  return kept
    .map((t, i) => foldToken(t, i === 0))
    .join('')
    .replace(/ou|oo|o/g, 'u')
    .replace(/aw(?![aeiuy])/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ei|ey|ai/g, 'ay')
    .replace(/([a-z])\1+/g, '$1');
}

/** The Arabic key: no harakat or tatweel, one alef, ة→ه, ى→ي, hamza carriers folded, no article, no spaces. */
export function normaliseArabic(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/[ىی]/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
    .replace(/ک/g, 'ك')
    .split(/[^\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]+/)
    .filter(Boolean)
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join('');
}

/** The key a name is matched by: Arabic when it holds Arabic letters, Latin otherwise. */
export function normaliseName(s: string): string {
  return hasArabic(s) ? normaliseArabic(s) : normaliseLatin(s);
}

/** What counts as the same text for an exact match: the same letters, case and spacing aside. */
export function exactKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
