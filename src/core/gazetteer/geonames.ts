// GeoNames rows as places: which of a row's many names are worth matching, and its Arabic name.
// Shared by the build script (curated places) and the loaders (the broad extract, in Node and the browser).
import type { Alias, Place, PlaceKind } from '../types';

/** One row of geo/geonames-sy.tsv (and the columns of cities500.txt it was taken from). */
export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  admin1: string;
  governorate: string;
  population: number;
}

const ARABIC_ONLY = /^[\u0600-\u06FF\s]+$/;
// Persian, Urdu and Kurdish letters: an alternate using them is not the Arabic name.
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06BE\u06C1\u06C6\u06D5\u06B5]/;
const LATIN_ONLY = /^[\p{Script=Latin}\s'‘’ʿʾ`´.\-()]+$/u;

type NamedRow = Pick<GeoNamesRow, 'name' | 'asciiname' | 'alternatenames'>;

export function arabicNames(row: NamedRow): string[] {
  return row.alternatenames.filter((a) => ARABIC_ONLY.test(a) && /\S/.test(a) && !NON_ARABIC_LETTERS.test(a));
}

/** The Arabic name: the first wholly-Arabic alternate that is not "city of …" or "governorate of …". */
export function arabicName(row: NamedRow): string {
  return arabicNames(row).find((a) => !/^(مدينة|محافظة|منطقة|ناحية) /.test(a) && !/ {2}|^\S /.test(a)) ?? '';
}

/**
 * Latin spellings worth matching. GeoNames alternates also hold machine transliterations in lower case
 * ("hms", "himasa") and codes ("QHS"); those would only produce false hits.
 */
export function latinNames(row: NamedRow): string[] {
  const all = [row.name, row.asciiname, ...row.alternatenames];
  return [
    ...new Set(
      all.filter(
        (a) =>
          LATIN_ONLY.test(a) &&
          /\p{Lu}/u.test(a) &&
          !(a === a.toUpperCase() && a.replace(/\W/g, '').length <= 4) &&
          a.length >= 3,
      ),
    ),
  ];
}

export function kindOf(population: number, featureCode: string): PlaceKind {
  if (featureCode === 'PPLC' || featureCode === 'PPLA' || population >= 75000) return 'city';
  if (population >= 5000 || featureCode === 'PPLA2') return 'town';
  return 'village';
}

export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʿʾ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The broad extract as places, less the rows a curated place already stands for. Ids are slugs of the
 * ASCII name; a slug already taken gets the GeoNames id appended (two villages called Şūrān).
 */
export function broadPlaces(rows: GeoNamesRow[], curated: Place[]): Place[] {
  const covered = new Set(curated.map((p) => p.geonamesId).filter((id): id is number => id !== null));
  const taken = new Set(curated.map((p) => p.id));
  const out: Place[] = [];
  for (const r of [...rows].sort((a, b) => a.geonameid - b.geonameid)) {
    if (covered.has(r.geonameid)) continue;
    let id = slug(r.asciiname || r.name) || `geonames-${r.geonameid}`;
    if (taken.has(id)) id = `${id}-${r.geonameid}`;
    taken.add(id);
    const aliases: Alias[] = [...latinNames(r), ...arabicNames(r)].map((text) => ({
      text,
      source: 'geonames',
    }));
    out.push({
      id,
      name: r.asciiname || r.name,
      nameAr: arabicName(r),
      aliases,
      geonamesId: r.geonameid,
      lat: r.lat,
      lon: r.lon,
      kind: kindOf(r.population, r.featureCode),
      governorate: r.governorate,
      population: r.population > 0 ? r.population : null,
      coordSource: `geonames:${r.geonameid}`,
      curated: false,
    });
  }
  return out;
}
