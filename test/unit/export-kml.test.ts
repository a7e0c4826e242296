import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureCollectionToKml, kmlColor, xmlText } from '../../src/core/export/kml';
import { snapshotToGeoJSON } from '../../src/core/export/snapshot-geojson';
import { timelineToGeoJSON } from '../../src/core/export/timeline-geojson';
import {
  EVENTS,
  FACTIONS,
  GENERATED,
  PERIODS,
  PLACES_BY_ID,
  RECORD,
  SNAPSHOT,
  SOURCES,
} from '../fixtures/export/record';
import { featureCount, ogrinfo, writeTemp } from '../fixtures/export/checkers';

const ctx = { factions: FACTIONS, sources: SOURCES, record: RECORD, events: EVENTS, generated: GENERATED };
const timeline = timelineToGeoJSON(PERIODS, PLACES_BY_ID, ctx);
const snapshot = snapshotToGeoJSON(SNAPSHOT, ctx);

describe('xmlText and kmlColor', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText('<b onclick="x">A & B\'s</b>')).toBe(
      '&lt;b onclick=&quot;x&quot;&gt;A &amp; B&apos;s&lt;/b&gt;',
    );
    expect(xmlText('a\u0000b\u0007c\nd')).toBe('abc\nd');
    expect(xmlText(null)).toBe('');
  });

  it('turns #rrggbb into KML aabbggrr', () => {
    expect(kmlColor('#c0392b')).toBe('ff2b39c0');
    expect(kmlColor('#c0392b', 0x59)).toBe('592b39c0');
    expect(kmlColor('red')).toBeNull();
  });
});

describe('featureCollectionToKml', () => {
  const kml = featureCollectionToKml(timeline, { name: RECORD.title, description: 'end_date is exclusive' });

  it('gives every control period a TimeSpan that Google Earth plays', () => {
    const spans = [...kml.matchAll(/<TimeSpan><begin>([^<]+)<\/begin><end>([^<]+)<\/end><\/TimeSpan>/g)];
    // The instants the record's days begin, in its zone (a day at UTC+3 begins at 21:00 UTC the day before).
    expect(spans.map((m) => [m[1], m[2]])).toEqual(
      timeline.features.map((f) => [
        `${f.properties!.start_date}T00:00:00+03:00`,
        `${f.properties!.end_date}T00:00:00+03:00`,
      ]),
    );
  });

  it('is read by GDAL (KML and LIBKML drivers) with every feature, Arabic names intact', () => {
    const file = writeTemp(kml, 'timeline.kml');
    const summary = ogrinfo(['-ro', '-al', file]);
    expect(summary.stderr).not.toMatch(/ERROR/);
    expect(featureCount(summary.stdout)).toBe(timeline.features.length);
    expect(summary.stdout).toContain('الرستن');
    // LIBKML maps <TimeSpan> to its begin/end fields: Google Earth's reading of the file.
    const libkml = ogrinfo(['-ro', '-al', '--config', 'OGR_SKIP', 'KML', file]);
    expect(libkml.stdout).toMatch(/begin \(DateTime\) = 2024\/12\/06/);
  });

  it('converts to GeoPackage with ogr2ogr, Arabic kept', () => {
    const src = writeTemp(kml, 'timeline.kml');
    const out = join(dirname(src), 'timeline.gpkg');
    const r = spawnSync('ogr2ogr', ['-f', 'GPKG', out, src], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/ERROR/);
    const back = ogrinfo(['-ro', '-al', out]);
    expect(featureCount(back.stdout)).toBe(timeline.features.length);
    expect(back.stdout).toContain('الرستن');
  });

  it('writes polygons and lines of a snapshot, coloured by faction where the feature has one', () => {
    const k = featureCollectionToKml(snapshot, { name: 'snapshot' });
    expect(k).toContain('<Polygon><outerBoundaryIs>');
    expect(k).toContain('<LineString><tessellate>1</tessellate>');
    const file = writeTemp(k, 'snapshot.kml');
    const r = ogrinfo(['-ro', '-al', '-so', file]);
    expect(r.stderr).not.toMatch(/ERROR/);
    expect(readFileSync(file, 'utf8').startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('keeps hostile text as text', () => {
    const hostile = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: { name: ']]><script>alert(1)</script>' },
          geometry: { type: 'Point' as const, coordinates: [36, 35] },
        },
      ],
    };
    const k = featureCollectionToKml(hostile, { name: '<x>' });
    expect(k).not.toContain('<script>');
    expect(k).toContain('&lt;script&gt;');
  });
});
