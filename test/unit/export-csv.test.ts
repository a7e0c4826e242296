import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, eventsToCSV, parseCSV } from '../../src/core/export/csv';
import { EVENTS, FACTIONS, PLACES_BY_ID } from '../fixtures/export/record';

const csv = eventsToCSV(EVENTS, { places: PLACES_BY_ID, factions: FACTIONS });

describe('csvField (RFC 4180)', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('Homs')).toBe('Homs');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('حمص')).toBe('حمص');
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
      quotes: EVENTS[0]!.citations.map((c) => c.quote).join('\n'),
      note: 'two sources,\nsame day',
    });
    expect(recs[1]!.place_name_ar).toBe('حمص');
    // The raw text really does quote: a comma and a doubled quote appear inside a quoted field.
    expect(csv).toContain('fell under ""opposition control""');
  });

  it('parses a hand-written RFC 4180 sample, LF endings included', () => {
    expect(parseCSV('a,"b,c","d""e"\nf,"g\r\nh",\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f', 'g\r\nh', ''],
    ]);
  });
});
