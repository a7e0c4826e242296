import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureCollectionToFgb } from '../../src/core/export/fgb';
import { layerOf, LAYER_KINDS, selectLayer, uniformProperties } from '../../src/core/export/layers';
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
import { featureCount, fieldType, ogrinfo, writeTemp } from '../fixtures/export/checkers';

const ctx = { factions: FACTIONS, sources: SOURCES, record: RECORD, events: EVENTS, generated: GENERATED };
const snapshot = snapshotToGeoJSON(SNAPSHOT, {
  ...ctx,
  ruler: [
    [36.73241, 34.92667],
    [36.72339, 34.72682],
  ],
});
const timeline = timelineToGeoJSON(PERIODS, PLACES_BY_ID, ctx);

function writeBinary(bytes: Uint8Array, name: string): string {
  const file = writeTemp('', name);
  writeFileSync(file, bytes);
  return file;
}
describe('one layer per geometry kind', () => {
  it('splits a snapshot into places, areas and lines, losing no feature', () => {
    const layers = LAYER_KINDS.map((k) => selectLayer(snapshot, k));
    expect(layers.reduce((n, l) => n + l.features.length, 0)).toBe(snapshot.features.length);
    expect(layers.map((l) => new Set(l.features.map((f) => f.geometry.type.replace('Multi', ''))))).toEqual([
      new Set(['Point']),
      new Set(['Polygon']),
      new Set(['LineString']),
    ]);
    // A layer is one geometry type: Polygon and MultiPolygon mixed become MultiPolygon.
    expect(layers.map((l) => new Set(l.features.map((f) => f.geometry.type)).size)).toEqual([1, 1, 1]);
    expect(layerOf({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });

  it('gives every feature of a layer the same keys, missing ones null', () => {
    const fs = uniformProperties([
      { type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [0, 0] } },
      { type: 'Feature', properties: { b: 'x' }, geometry: { type: 'Point', coordinates: [1, 1] } },
    ]);
    expect(fs.map((f) => f.properties)).toEqual([
      { a: 1, b: null },
      { a: null, b: 'x' },
    ]);
  });

  it('each layer is read by GDAL as one geometry type, and converts to a Shapefile without error', () => {
    for (const kind of LAYER_KINDS) {
      const file = writeTemp(JSON.stringify(selectLayer(snapshot, kind)), `${kind}.geojson`);
      const info = ogrinfo(['-ro', '-so', '-al', file]);
      expect(info.stdout).not.toMatch(/Geometry: Unknown \(any\)/);
      const shp = join(dirname(file), `${kind}.shp`);
      const r = spawnSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', shp, file], {
        encoding: 'utf8',
      });
      expect(r.stderr, kind).not.toMatch(/ERROR/);
      expect(readdirSync(dirname(file))).toContain(`${kind}.dbf`);
      expect(featureCount(ogrinfo(['-ro', '-so', '-al', shp]).stdout)).toBe(
        selectLayer(snapshot, kind).features.length,
      );
    }
  });
});

describe('FlatGeobuf', () => {
  it('writes the timeline so that GDAL reads every feature with typed fields and Arabic intact', () => {
    const file = writeBinary(featureCollectionToFgb(timeline, { title: RECORD.title }), 'timeline.fgb');
    const info = ogrinfo(['-ro', '-al', file]);
    expect(info.stderr).not.toMatch(/ERROR/);
    expect(featureCount(info.stdout)).toBe(timeline.features.length);
    expect(info.stdout).toContain('Geometry: Point');
    expect(fieldType(info.stdout, 'start_date')).toMatch(/^Date/);
    expect(fieldType(info.stdout, 'end_date')).toMatch(/^Date/);
    expect(info.stdout).toMatch(/^open_ended: Integer\(Boolean\)/m);
    expect(fieldType(info.stdout, 'name_ar')).toBe('String');
    expect(info.stdout).toContain('الرستن');
  });

  it('writes the areas layer of a snapshot as polygons', () => {
    const areas = selectLayer(snapshot, 'areas');
    const file = writeBinary(featureCollectionToFgb(areas), 'areas.fgb');
    const info = ogrinfo(['-ro', '-so', '-al', file]);
    expect(info.stderr).not.toMatch(/ERROR/);
    expect(info.stdout).toMatch(/Geometry: (Multi )?Polygon/);
    expect(featureCount(info.stdout)).toBe(areas.features.length);
  });

  it('refuses an empty layer with a clear error', () => {
    expect(() => featureCollectionToFgb({ type: 'FeatureCollection', features: [] })).toThrow(/at least one/);
  });
});
