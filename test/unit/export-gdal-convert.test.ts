// Every download, as a GIS user opens it: GDAL's ogr2ogr converts each (the snapshot's layers, the timeline,
// the CSV with its .csvt, FlatGeobuf, KML) to GeoPackage, Shapefile (one per layer) and KML, without an ERROR,
// with every feature, and with the Arabic names intact when read back with ogrinfo.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportData, LAYER_KINDS, type ExportFormat, type ExportSubject } from '../../src/core/export/files';
import { snapshotAt } from '../../src/core/record';
import { recordAt } from '../fixtures/records/open';
import { featureCount, ogrinfo, ogrLayerNames } from '../fixtures/export/checkers';

const record = recordAt();
const DATE = '2024-12-06';
const snapshot: ExportSubject = {
  kind: 'snapshot',
  snapshot: snapshotAt(record, DATE),
  ruler: [
    [36.73241, 34.92667],
    [36.72339, 34.72682],
  ],
};
// Names of places that appear on the date (points, periods, CSV rows), in the record's Arabic.
const rastan = record.placesById.get('rastan')!.nameAr!;
const homs = record.placesById.get('homs')!.nameAr!;

function ogr2ogr(args: string[]): string {
  const r = spawnSync('ogr2ogr', args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.stderr;
}

/** Writes the download as the app saves it (and, for the CSV, its .csvt beside it); returns its path. */
function save(subject: ExportSubject, format: ExportFormat, layer?: (typeof LAYER_KINDS)[number]): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-convert-'));
  const file = exportData(record, subject, { format, ...(layer ? { layer } : {}) });
  writeFileSync(join(dir, file.name), file.data);
  if (format === 'csv') {
    const csvt = exportData(record, subject, { format: 'csvt' });
    writeFileSync(join(dir, csvt.name), csvt.data);
  }
  return join(dir, file.name);
}

/** Feature count of each layer of a file, by name. */
function counts(file: string): Record<string, number> {
  return Object.fromEntries(
    ogrLayerNames(file).map((name) => [name, featureCount(ogrinfo(['-ro', '-so', file, name]).stdout)]),
  );
}

interface Case {
  label: string;
  file: () => string;
  /** Arabic names the converted file must still hold (none in the areas and lines layers: they have no names). */
  arabic: string[];
  /** A CSV has no SRS of its own: GDAL is told WGS84, as the README says. */
  csv?: boolean;
  /** The whole date mixes geometry kinds in one layer, which a Shapefile cannot hold: that is what layers are for. */
  mixed?: boolean;
}

const CASES: Case[] = [
  ...LAYER_KINDS.flatMap((layer): Case[] => [
    {
      label: `snapshot ${layer} GeoJSON`,
      file: () => save(snapshot, 'geojson', layer),
      arabic: layer === 'places' ? [rastan, homs] : [],
    },
    {
      label: `snapshot ${layer} FlatGeobuf`,
      file: () => save(snapshot, 'fgb', layer),
      arabic: layer === 'places' ? [rastan, homs] : [],
    },
  ]),
  {
    label: 'snapshot GeoJSON (all layers in one)',
    file: () => save(snapshot, 'geojson'),
    arabic: [rastan, homs],
    mixed: true,
  },
  { label: 'snapshot KML (a folder per layer)', file: () => save(snapshot, 'kml'), arabic: [rastan, homs] },
  { label: 'timeline GeoJSON', file: () => save({ kind: 'timeline' }, 'geojson'), arabic: [rastan, homs] },
  { label: 'timeline FlatGeobuf', file: () => save({ kind: 'timeline' }, 'fgb'), arabic: [rastan, homs] },
  { label: 'timeline KML', file: () => save({ kind: 'timeline' }, 'kml'), arabic: [rastan, homs] },
  {
    label: 'events CSV with .csvt',
    file: () => save({ kind: 'events' }, 'csv'),
    arabic: [rastan, homs],
    csv: true,
  },
];

describe.each(CASES)('$label', ({ file: make, arabic, csv, mixed }) => {
  const src = make();
  const source = counts(src);
  const total = Object.values(source).reduce((a, b) => a + b, 0);
  const srs = csv ? ['-a_srs', 'EPSG:4326'] : [];

  it('is read by GDAL with its features', () => {
    expect(total).toBeGreaterThan(0);
    const info = ogrinfo(['-ro', '-al', src]);
    expect(info.stderr).not.toMatch(/ERROR/);
    for (const name of arabic) expect(info.stdout).toContain(name);
  });

  it.each(
    (
      [
        ['GeoPackage', 'GPKG', 'out.gpkg', []],
        ['KML', 'KML', 'out.kml', []],
        ['Shapefile (one per layer)', 'ESRI Shapefile', 'shp', ['-lco', 'ENCODING=UTF-8']],
      ] as Array<[string, string, string, string[]]>
    ).filter(([, driver]) => !(mixed && driver === 'ESRI Shapefile')),
  )('converts to %s without error, every feature and the Arabic kept', (_, driver, out, lco) => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-out-'));
    const target = join(dir, out);
    const stderr = ogr2ogr(['-f', driver, ...srs, ...lco, target, src]);
    expect(stderr).not.toMatch(/ERROR/);
    const back =
      driver === 'ESRI Shapefile'
        ? readdirSync(target)
            .filter((f) => f.endsWith('.shp'))
            .map((f) => join(target, f))
        : [target];
    expect(back.length).toBeGreaterThan(0);
    if (driver === 'ESRI Shapefile') expect(back).toHaveLength(Object.keys(source).length);
    let n = 0;
    let text = '';
    for (const f of back) {
      const info = ogrinfo(['-ro', '-al', f]);
      expect(info.stderr).not.toMatch(/ERROR/);
      n += Object.values(counts(f)).reduce((a, b) => a + b, 0);
      text += info.stdout;
    }
    expect(n).toBe(total);
    for (const name of arabic) expect(text).toContain(name);
  });
});
