// The gazetteer against the real geo/ files and the five seed articles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteerQueryError } from '../../src/core/gazetteer';
import { recordAt, REPO_ROOT as root } from '../fixtures/records/open';

const g = recordAt().gazetteer;
const seed = (f: string) => readFileSync(resolve(root, 'data/seeds', f), 'utf8');

const S0 = '000_243acee9b8c246ee.txt';
const S1 = '001_053ee8e81c476245.txt';
const S2 = '002_75aada83a2f3fb30.txt';
const S3 = '003_e917bff2ec9e9792.txt';
const S4 = '004_c6c7203b69ad82c5.txt';

describe('every spelling the seeds use resolves to the right place', () => {
  const cases: Array<[string, string]> = [
    ['Talbisseh', 'talbiseh'],
    ['Talbisa', 'talbiseh'],
    ['Talbiseh', 'talbiseh'],
    ['Rastan', 'rastan'],
    ['Rustan', 'rastan'],
    ['Deir Ez-Zour', 'deir-ezzor'],
    ['Deir Ezzor', 'deir-ezzor'],
    ['Homs', 'homs'],
    ['Hama', 'hama'],
    ['Aleppo', 'aleppo'],
    ['Idlib', 'idlib'],
    ['Raqqa', 'raqqa'],
    ['Latakia', 'latakia'],
    ['Tartus', 'tartus'],
    ['Deraa', 'deraa'],
    ['Damascus', 'damascus'],
    ['Waer', 'waer'],
    ['Jordanian border', 'nasib-crossing'],
    ['Rustan bridge', 'rastan-bridge'],
  ];
  it.each(cases)('%s → %s (exact)', (name, id) => {
    const r = g.lookup(name);
    expect(r?.place.id).toBe(id);
    expect(r?.how).toBe('exact');
    expect(r?.score).toBe(1);
  });

  it('records each seed spelling with its seed file as source', () => {
    const src = (id: string, text: string) =>
      g
        .get(id)!
        .aliases.filter((a) => a.text === text)
        .map((a) => a.source);
    expect(src('talbiseh', 'Talbisseh')).toContain(S0);
    expect(src('talbiseh', 'Talbisa')).toContain(S2);
    expect(src('talbiseh', 'Talbiseh')).toContain(S4);
    expect(src('rastan', 'Rustan')).toContain(S2);
    expect(src('deir-ezzor', 'Deir Ez-Zour')).toContain(S1);
    expect(src('deir-ezzor', 'Deir Ezzor')).toContain(S3);
    expect(src('nasib-crossing', 'Jordanian border')).toContain(S3);
    expect(src('waer', 'Waer')).toContain(S0);
  });
});

describe('folded and other spellings', () => {
  const cases: Array<[string, string, string]> = [
    ['Ḩamāh', 'hama', 'exact'],
    ['HOMS', 'homs', 'exact'],
    ['Deir-ez-Zour', 'deir-ezzor', 'normalised'],
    ['Dayr az-Zour', 'deir-ezzor', 'normalised'],
    ['Talbissa', 'talbiseh', 'normalised'],
    ['Khan Shaikhoun', 'khan-shaykhun', 'normalised'],
    ['el-Qusayr', 'qusayr', 'normalised'],
    ["Ma'arat al-Numan", 'maarat-al-numan', 'normalised'],
  ];
  it.each(cases)('%s → %s (%s)', (name, id, how) => {
    const r = g.lookup(name);
    expect(r?.place.id).toBe(id);
    expect(r?.how).toBe(how);
  });

  it('near misses match fuzzily with a score below 1', () => {
    const r = g.lookup('Qamishly');
    expect(r?.place.id).toBe('qamishli');
    expect(r?.how).toBe('fuzzy');
    expect(r!.score).toBeGreaterThan(0.75);
    expect(r!.score).toBeLessThan(1);
  });

  it('"Hamas" is nearer Hama than Damascus, but only fuzzily', () => {
    const r = g.lookup('Hamas');
    expect(r?.place.id).toBe('hama');
    expect(r?.how).toBe('fuzzy');
  });
});

describe('Arabic names', () => {
  const cases: Array<[string, string]> = [
    ['حمص', 'homs'],
    ['حِمْص', 'homs'],
    ['حمـــص', 'homs'],
    ['حماة', 'hama'],
    ['حماه', 'hama'],
    ['الرستن', 'rastan'],
    ['رستن', 'rastan'],
    ['تلبيسة', 'talbiseh'],
    ['تلبيسه', 'talbiseh'],
    ['دير الزور', 'deir-ezzor'],
    ['إدلب', 'idlib'],
    ['ادلب', 'idlib'],
    ['أدلب', 'idlib'],
    ['دمشق', 'damascus'],
    ['درعا', 'deraa'],
  ];
  it.each(cases)('%s → %s', (name, id) => {
    expect(g.lookup(name)?.place.id).toBe(id);
  });

  it('every curated place with a GeoNames row has an Arabic name in Arabic script', () => {
    for (const p of g.curated()) {
      if (p.geonamesId !== null) expect(p.nameAr, p.id).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });
});

describe('curated beats broad', () => {
  it('both Şūrān villages exist, the Hama one wins the bare name', () => {
    expect(g.lookup('Suran')?.place.id).toBe('suran');
    expect(g.get('suran')?.governorate).toBe('Hama');
    expect(g.get('suran-aleppo')?.governorate).toBe('Aleppo');
    expect(g.lookup('Suran (Aleppo)')?.place.id).toBe('suran-aleppo');
  });
  it('the broad extract finds towns that are not curated', () => {
    const r = g.lookup('Maaloula');
    expect(r?.place.curated).toBe(false);
    expect(r?.place.geonamesId).toBe(167375);
  });
  it('a curated place is not repeated from the broad extract', () => {
    expect(g.all().filter((p) => p.geonamesId === 169577)).toHaveLength(1);
    // Every GeoNames row a curated place stands for appears once, as the curated place.
    const curated = g.curated();
    const curatedRows = new Set(curated.map((p) => p.geonamesId).filter((id) => id !== null));
    expect(g.all()).toHaveLength(curated.length + 290 - curatedRows.size);
  });
});

describe('suggestions and bad queries', () => {
  it('a near-miss that is too far for a match still gets suggestions', () => {
    expect(g.lookup('Talbesehh Town')).toBeNull();
    const s = g.suggest('Talbesehh Town', 3);
    expect(s.length).toBeGreaterThan(0);
    expect(s.map((x) => x.place.id)).toContain('talbiseh');
  });
  it('suggests Homs for "Hom"', () => {
    expect(g.suggest('Hom', 5).map((s) => s.place.id)).toContain('homs');
  });
  it.each(['', '   ', '!!!', '٫٫'])('rejects %j with a clear error', (q) => {
    expect(() => g.lookup(q)).toThrow(GazetteerQueryError);
    expect(() => g.suggest(q)).toThrow(GazetteerQueryError);
  });
  it('rejects an absurdly long query', () => {
    expect(() => g.lookup('Homs'.repeat(100))).toThrow(/longer than/);
  });
  it('answers null, not a crash, for a name that means nothing', () => {
    expect(g.lookup('Xqzwv')).toBeNull();
  });
});

type Expected = Array<[text: string, place: string]>;

// Written by reading the articles: every place name in order of appearance.
const EXPECTED: Record<string, Expected> = {
  [S0]: [
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Rastan', 'rastan'],
    ['Talbisseh', 'talbiseh'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Hama', 'hama'],
    ['Aleppo', 'aleppo'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Waer', 'waer'],
    ['Homs', 'homs'], // "Homs’s": the possessive is left out
    ['Homs', 'homs'],
    ['Homs', 'homs'],
  ],
  [S1]: [
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Aleppo', 'aleppo'],
    ['Hama', 'hama'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Hama', 'hama'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Aleppo', 'aleppo'],
    ['Hama', 'hama'],
    ['Idlib', 'idlib'],
    ['Raqqa', 'raqqa'],
    ['Deir Ez-Zour', 'deir-ezzor'],
  ],
  // "DamascusPhoto" (a caption run into the text) is not a whole word and is not counted.
  [S2]: [
    ['Damascus', 'damascus'],
    ['Damascus', 'damascus'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Talbisa', 'talbiseh'],
    ['Rastan', 'rastan'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Aleppo', 'aleppo'],
    ['Hama', 'hama'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Rustan bridge', 'rastan-bridge'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Latakia', 'latakia'],
    ['Tartus', 'tartus'],
    ['Aleppo', 'aleppo'],
    ['Hama', 'hama'],
  ],
  [S3]: [
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Aleppo', 'aleppo'],
    ['Hama', 'hama'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Latakia', 'latakia'],
    ['Tartus', 'tartus'],
    ['Homs', 'homs'],
    ['Deraa', 'deraa'],
    ['Deraa', 'deraa'],
    ['Jordanian border', 'nasib-crossing'],
    ['Deir Ezzor', 'deir-ezzor'],
  ],
  [S4]: [
    ['Homs', 'homs'],
    ['Rastan', 'rastan'],
    ['Talbiseh', 'talbiseh'],
    ['Hama', 'hama'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Damascus', 'damascus'],
    ['Latakia', 'latakia'],
    ['Tartus', 'tartus'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Homs', 'homs'],
    ['Rastan', 'rastan'],
    ['Talbiseh', 'talbiseh'],
    ['Hama', 'hama'],
    ['Hama', 'hama'],
    ['Damascus', 'damascus'],
    ['Hama', 'hama'],
    ['Hama', 'hama'],
    ['Aleppo', 'aleppo'],
    ['Homs', 'homs'],
  ],
};

describe('mentions in the seed articles', () => {
  it.each(Object.keys(EXPECTED))('%s: complete, in order, with true offsets', (file) => {
    const text = seed(file);
    const found = g.mentions(text);
    expect(found.map((m) => [m.text, m.place])).toEqual(EXPECTED[file]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('"Hayat Tahrir al-Sham" and "Sham FM" do not mention Damascus', () => {
    expect(g.mentions('Hayat Tahrir al-Sham said so on Sham FM.')).toEqual([]);
  });
});

describe('mentions: edge cases', () => {
  it('the longest name wins', () => {
    expect(g.mentions('near Deir Ez-Zour today')).toEqual([
      { place: 'deir-ezzor', start: 5, end: 17, text: 'Deir Ez-Zour' },
    ]);
  });
  it('Hama is not found inside Hamas, nor homs inside other words or in lower case', () => {
    expect(g.mentions('Hamas and Hezbollah; Homsville; the homs word')).toEqual([]);
    expect(g.mentions('Hamas, then Hama.').map((m) => m.text)).toEqual(['Hama']);
  });
  it('words across punctuation are not joined', () => {
    expect(g.mentions('Deir, Ezzor').map((m) => m.place)).toEqual([]);
  });
  it('an English "as" or "at" beside a name is not an article', () => {
    expect(g.mentions('cities such as Idlib and Homs at dawn').map((m) => m.text)).toEqual(['Idlib', 'Homs']);
  });
  it('a hyphened article belongs to the name', () => {
    expect(g.mentions('fighting in al-Qusayr')).toEqual([
      { place: 'qusayr', start: 12, end: 21, text: 'al-Qusayr' },
    ]);
  });
  it('finds Arabic names, with harakat too', () => {
    const t = 'سيطر المقاتلون على حِمْص وحماة';
    const m = g.mentions(t);
    expect(m[0]).toEqual({ place: 'homs', start: t.indexOf('حِمْص'), end: t.indexOf('حِمْص') + 5, text: 'حِمْص' });
  });
  it('finds broad-extract towns by their GeoNames name', () => {
    expect(g.mentions('They reached Zabadani.').map((m) => m.text)).toEqual(['Zabadani']);
  });
});
