import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import type { ControlEvent, Place, Source, SourceKind } from '../../src/core/types';
import { checkEvidence, independenceKey, quoteHasDate, quoteNamesPlace } from '../../src/core/evidence/check';

function place(id: string, name: string, nameAr: string, aliases: string[] = []): Place {
  return {
    id,
    name,
    nameAr,
    aliases: aliases.map((text) => ({ text, source: 'curated' })),
    geonamesId: null,
    lat: 35,
    lon: 36,
    kind: 'town',
    governorate: 'Hama',
    population: null,
    coordSource: 'test',
    curated: true,
  };
}

const g = new Gazetteer([
  place('hama', 'Hama', 'حماة', ['Hamah']),
  place('suran', 'Suran', 'صوران', ['Soran']),
  place('zahraa', 'Zahraa', 'الزهراء', ['al-Zahraa']),
  place('nubl', 'Nubl', 'نبل'),
]);

const KINDS: SourceKind[] = [
  { id: 'wire', sufficient: true, description: '' },
  { id: 'news-site', sufficient: true, description: '' },
  { id: 'wiki', sufficient: false, description: '' },
];
const src = (id: string, over: Partial<Source> = {}): Source => ({
  id,
  outlet: id,
  title: 't',
  date: '2024-12-05',
  url: 'https://example.org/' + id,
  kind: 'wire',
  language: 'en',
  ...over,
});
const SOURCES: Source[] = [
  src('afp'),
  src('afp-copy', { outlet: 'NDTV (AFP)', wire: 'AFP', kind: 'news-site' }),
  src('reuters', { outlet: 'Reuters (via Devdiscourse)' }),
  src('wiki', { kind: 'wiki', date: null }),
  src('undated', { date: null }),
  src('late', { date: '2024-12-20' }),
  src('old', { date: '2019-08-24' }),
];
const ev = (id: string, over: Partial<ControlEvent>): ControlEvent => ({
  id,
  date: '2024-12-05',
  place: 'hama',
  status: 'controlled',
  factions: ['hts'],
  citations: [],
  confidence: 'high',
  precision: 'day',
  ...over,
});
const run = (events: ControlEvent[], keyPlaces: string[] = []) =>
  checkEvidence(events, SOURCES, KINDS, g, { baseline: '2024-11-26', keyPlaces }).map(
    (p) => `${p.event} ${p.rule}`,
  );

describe('quoteNamesPlace', () => {
  it('finds a place under any of its names, and not a longer word that contains one', () => {
    expect(quoteNamesPlace('Rebels entered Hamah on Thursday', g.get('hama')!, g)).toBe(true);
    expect(quoteNamesPlace('Rebels took Soran and Halfaya', g.get('suran')!, g)).toBe(true);
    expect(quoteNamesPlace('Hamas said nothing', g.get('hama')!, g)).toBe(false);
    expect(quoteNamesPlace('the army left the city', g.get('hama')!, g)).toBe(false);
  });

  it('reads Arabic names behind a joined "and" or "in" (والزهراء, ونبل, بحماة)', () => {
    const q = 'انتشرت في بلدتي نبل والزهراء';
    expect(quoteNamesPlace(q, g.get('nubl')!, g)).toBe(true);
    expect(quoteNamesPlace(q, g.get('zahraa')!, g)).toBe(true);
    expect(quoteNamesPlace('سيطرة المعارضة على صوران ونبل', g.get('nubl')!, g)).toBe(true);
    expect(quoteNamesPlace('اشتباكات بحماة', g.get('hama')!, g)).toBe(true);
    expect(quoteNamesPlace('اشتباكات في ريف حلب', g.get('hama')!, g)).toBe(false);
  });
});

describe('quoteHasDate', () => {
  it.each([
    'Rebels entered the city on Thursday',
    'On 29 November 2024, rebels entered',
    'by Dec. 7 the army had left',
    'nesta sexta-feira (29)',
    'أعلنت الفصائل يوم الخميس',
    '7 كانون الأول',
  ])('dates "%s"', (q) => expect(quoteHasDate(q)).toBe(true));

  it.each(['Rebels entered the city', 'in May 2018', 'the 46th Regiment base'])('does not date "%s"', (q) =>
    expect(quoteHasDate(q)).toBe(false),
  );
});

describe('independenceKey', () => {
  it('counts a wire and its republications as one report', () => {
    const byId = new Map(SOURCES.map((s) => [s.id, s]));
    expect(independenceKey(byId.get('afp')!)).toBe(independenceKey(byId.get('afp-copy')!));
    expect(independenceKey(byId.get('reuters')!)).toBe('reuters');
  });
});

describe('checkEvidence', () => {
  it('accepts a change named and dated by a sufficient source', () => {
    expect(run([ev('ok', { citations: [{ source: 'afp', quote: 'Rebels took Hama' }] })])).toEqual([]);
  });

  it('lists every offending event with the rule it breaks', () => {
    expect(
      run([
        ev('wiki-only', { citations: [{ source: 'wiki', quote: 'On 5 December rebels took Hama' }] }),
        ev('not-named', { citations: [{ source: 'afp', quote: 'Rebels took the city' }] }),
        ev('undated', { citations: [{ source: 'undated', quote: 'Rebels took Hama' }] }),
        ev('too-late', { citations: [{ source: 'late', quote: 'Rebels took Hama' }] }),
        ev('before-event', { date: '2024-12-06', citations: [{ source: 'afp', quote: 'Rebels took Hama' }] }),
        ev('approx-high', {
          precision: 'approximate',
          citations: [{ source: 'late', quote: 'Rebels took Hama' }],
        }),
      ]),
    ).toEqual([
      'wiki-only sufficient-source',
      'not-named names-place',
      'undated dated',
      'too-late dated',
      'before-event dated',
      'approx-high approximate-marked',
    ]);
  });

  it('lets a weekday or a date in the quote date a report whose publication date does not', () => {
    expect(
      run([ev('weekday', { citations: [{ source: 'undated', quote: 'Rebels took Hama on Thursday' }] })]),
    ).toEqual([]);
  });

  it('accepts a report dated with the other date sources give', () => {
    expect(
      run([
        ev('alt', {
          date: '2024-12-06',
          altDate: '2024-12-05',
          citations: [{ source: 'afp', quote: 'Rebels took Hama' }],
        }),
      ]),
    ).toEqual([]);
  });

  it('wants two independent dated reports for a key place: a wire and its copy are one', () => {
    const one = [
      { source: 'afp', quote: 'Rebels took Hama' },
      { source: 'afp-copy', quote: 'Rebels took Hama' },
    ];
    expect(run([ev('k', { citations: one })], ['hama'])).toEqual(['k independent-sources']);
    const two = [...one, { source: 'reuters', quote: 'Insurgents entered Hama' }];
    expect(run([ev('k', { citations: two })], ['hama'])).toEqual([]);
  });

  it('wants a baseline to cite a sufficient source published before the offensive', () => {
    const base = (id: string, source: string, quote: string, confidence: ControlEvent['confidence']) =>
      ev(id, { date: '2024-11-26', factions: ['government'], confidence, citations: [{ source, quote }] });
    expect(
      run([
        base('b-old', 'old', 'the army secured Hama', 'high'),
        base('b-later', 'afp', 'the army had held Hama since 2012', 'high'),
        base('b-wiki', 'wiki', 'the army held Hama', 'medium'),
        base('b-area', 'old', 'the army secured the province', 'high'),
        base('b-area-medium', 'old', 'the army secured the province', 'medium'),
      ]),
    ).toEqual([
      'b-later baseline-before-offensive',
      'b-wiki baseline-before-offensive',
      'b-area baseline-names-place',
    ]);
  });
});
