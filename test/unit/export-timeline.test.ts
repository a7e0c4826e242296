import { describe, expect, it } from 'vitest';
import { timelineToGeoJSON } from '../../src/core/export/timeline-geojson';
import { validateRfc7946 } from '../../src/core/export/validate';
import {
  EVENTS,
  FACTIONS,
  GENERATED,
  PERIODS,
  PLACES_BY_ID,
  RECORD,
  SOURCES,
} from '../fixtures/export/record';
import {
  checkGeojsonIssues,
  featureCount,
  fieldType,
  ogrSummary,
  ogrValidity,
  writeTemp,
} from '../fixtures/export/checkers';

const ctx = { factions: FACTIONS, sources: SOURCES, record: RECORD, events: EVENTS, generated: GENERATED };
const fc = timelineToGeoJSON(PERIODS, PLACES_BY_ID, ctx);

describe('timelineToGeoJSON', () => {
  it('gives one point per control period, with exclusive ISO end dates', () => {
    expect(
      fc.features.map((f) => [
        f.id,
        f.properties!.start_date,
        f.properties!.end_date,
        f.properties!.open_ended,
      ]),
    ).toEqual([
      ['period:homs:2016-01-01', '2016-01-01', '2024-12-09', true],
      ['period:rastan:2016-01-01', '2016-01-01', '2024-12-06', false],
      ['period:rastan:2024-12-06', '2024-12-06', '2024-12-09', true],
    ]);
    expect(fc.features[2]!.properties).toMatchObject({
      place: 'rastan',
      name_ar: 'الرستن',
      faction: 'hts',
      bloc: 'opposition',
      factions: 'hts',
      confidence: 'high',
      sources: '000_243acee9b8c246ee.txt;004_c6c7203b69ad82c5.txt',
    });
    expect(fc.features[2]!.geometry.coordinates).toEqual([36.73241, 34.92667]);
  });

  it('gives kepler.gl timestamps: each day’s start in the record’s zone, and as epoch milliseconds', () => {
    expect(fc.features[1]!.properties).toMatchObject({
      start_date: '2016-01-01',
      end_date: '2024-12-06',
      start_time: '2016-01-01T00:00:00+03:00',
      end_time: '2024-12-06T00:00:00+03:00',
      // 2024-12-06 00:00 at UTC+3 is 2024-12-05 21:00 UTC.
      end_ms: Date.UTC(2024, 11, 5, 21),
    });
    expect(new Date(fc.features[1]!.properties!.end_ms as number).toISOString()).toBe(
      '2024-12-05T21:00:00.000Z',
    );
  });

  it('says in its metadata how open periods end, and in the description GDAL keeps', () => {
    const top = fc as unknown as Record<string, unknown>;
    expect(top.end_date_note).toMatch(/exclusive.*2024-12-08.*2024-12-09/);
    expect(top.name).toBe('frontline-timeline');
    expect(top.description).toContain(top.end_date_note as string);
    expect(top.description).toMatch(/CC BY 4\.0/);
    expect(top.attribution).toBe('Natural Earth; GeoNames (CC BY 4.0)');
    expect(top.generated).toBe(GENERATED);
  });

  it('refuses a period of a place it does not know', () => {
    expect(() => timelineToGeoJSON([{ ...PERIODS[0]!, place: 'atlantis' }], PLACES_BY_ID, ctx)).toThrow(
      /atlantis/,
    );
  });

  it('passes our checks, check-geojson, and GDAL types start_date and end_date as Date', () => {
    const text = JSON.stringify(fc);
    expect(validateRfc7946(fc)).toEqual([]);
    expect(checkGeojsonIssues(text)).toEqual([]);
    const file = writeTemp(text, 'timeline.geojson');
    const s = ogrSummary(file);
    expect(s.stderr).not.toMatch(/ERROR/);
    expect(featureCount(s.stdout)).toBe(3);
    expect(fieldType(s.stdout, 'start_date')).toBe('Date');
    expect(fieldType(s.stdout, 'end_date')).toBe('Date');
    expect(fieldType(s.stdout, 'open_ended')).toBe('Integer');
    expect(fieldType(s.stdout, 'start_time')).toBe('DateTime');
    expect(fieldType(s.stdout, 'end_ms')).toBe('Integer64');
    // The exclusive end date is in the layer's DESCRIPTION, which GDAL (and QGIS) keep.
    expect(s.stdout).toMatch(/^ {2}DESCRIPTION=.*end_date is exclusive/m);
    expect(ogrValidity(file).valid).toEqual([1, 1, 1]);
  });
});
