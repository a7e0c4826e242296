// Picking a place by name for the ruler and the target selector. The gazetteer decides what a name means
// (any spelling, Latin or Arabic); this module only adapts its answer and offers suggestions while typing.
import type { Place } from '../../core/types.ts';

/**
 * What the tools need of the gazetteer. Its `lookup` may answer with a place, a match object holding one,
 * or null; `placeOf` reads any of them.
 */
export interface NameLookup {
  lookup(name: string): unknown;
}

/** The gazetteer as AppData hands it (typed `unknown` there), if it can look names up. */
export function asLookup(gazetteer: unknown): NameLookup | null {
  if (gazetteer && typeof (gazetteer as Partial<NameLookup>).lookup === 'function') {
    const g = gazetteer as NameLookup;
    return { lookup: (name) => g.lookup(name) };
  }
  return null;
}

export function placeOf(answer: unknown): Place | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = answer as Record<string, unknown>;
  if (typeof a.id === 'string' && typeof a.lat === 'number' && typeof a.lon === 'number')
    return a as unknown as Place;
  if ('place' in a) return placeOf(a.place);
  if (Array.isArray(answer)) return placeOf(answer[0]);
  return null;
}

/** Lowercase, no diacritics, no punctuation: "Tallbīsah" and "tallbisah" meet, and so do "al-Rastan", "Al Rastan". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function findPlace(
  text: string,
  places: readonly Place[],
  gazetteer?: NameLookup | null,
): Place | null {
  const q = text.trim();
  if (!q) return null;
  if (gazetteer) {
    try {
      const hit = placeOf(gazetteer.lookup(q));
      if (hit) return hit;
    } catch {
      // A gazetteer that throws on an unknown name is answered by the exact-name fallback below.
    }
  }
  const f = fold(q);
  return places.find((p) => fold(p.name) === f || p.id === f.replace(/ /g, '-') || p.nameAr === q) ?? null;
}

/**
 * Up to `limit` places whose English name, Arabic name or any alias starts with the text typed (folded);
 * curated places of the record first, then by population.
 */
export function suggestPlaces(text: string, places: readonly Place[], limit = 8): Place[] {
  const f = fold(text);
  if (!f) return [];
  const hits = places.filter(
    (p) =>
      fold(p.name).startsWith(f) ||
      (p.nameAr !== '' && p.nameAr.startsWith(text.trim())) ||
      p.aliases.some((a) => fold(a.text).startsWith(f)),
  );
  hits.sort(
    (a, b) =>
      Number(b.curated) - Number(a.curated) ||
      (b.population ?? 0) - (a.population ?? 0) ||
      a.name.localeCompare(b.name),
  );
  return hits.slice(0, limit);
}

/**
 * The place standing exactly on a point (to the 6 decimals a link keeps), so a ruler restored from a URL,
 * which keeps no names, still reads "Rastan → Homs".
 */
export function placeAt(lon: number, lat: number, places: readonly Place[]): Place | null {
  return places.find((p) => Math.abs(p.lon - lon) < 5e-7 && Math.abs(p.lat - lat) < 5e-7) ?? null;
}
