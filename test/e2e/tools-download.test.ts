// Each download of the Download menu, clicked in real Chromium, and the file it gives checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { CSV_COLUMNS, parseCSV } from '../../src/core/export/csv';
import { featureCount, ogrinfo } from '../fixtures/export/checkers';

/** The downloaded file, saved under its own name for GDAL; returns the ogrinfo listing of every layer. */
function gdalRead(name: string, bytes: Buffer, dir = mkdtempSync(join(tmpdir(), 'frontline-dl-'))) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const info = ogrinfo(['-ro', '-al', file]);
  expect(info.stderr).not.toMatch(/ERROR/);
  return { file, dir, stdout: info.stdout };
}

let s: AppSession;
beforeAll(async () => {
  // A ruler in the link, so the snapshot export must carry it.
  s = await openApp('#date=2024-12-06&ruler=36.73241,34.92667;36.72339,34.72682');
});
afterAll(async () => {
  expect(s.externalRequests).toEqual([]);
  expect(s.errors).toEqual([]);
  await s.close();
});

async function download(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const summary = page.getByTestId('download-menu');
  if (!(await page.getByTestId(`download-${kind}`).isVisible())) await summary.click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`download-${kind}`).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

interface FC {
  type: string;
  date?: string;
  features: Array<{ id?: string; properties: Record<string, unknown>; geometry: { type: string } }>;
}

describe('download menu', () => {
  it('gives the GeoJSON of the date, with places, estimated areas, front lines and the ruler', async () => {
    const { name, bytes } = await download(s.page, 'snapshot');
    expect(name).toBe('frontline-2024-12-06.geojson');
    const fc = JSON.parse(bytes.toString('utf8')) as FC;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.date).toBe('2024-12-06');
    const rastan = fc.features.find((f) => f.id === 'place:rastan')!;
    expect(rastan.properties.bloc).toBe('opposition');
    expect(rastan.properties.name_ar).toBe('الرستن');
    expect(fc.features.find((f) => f.id === 'place:homs')!.properties.bloc).toBe('government');
    expect(
      fc.features.some((f) => f.properties.feature_type === 'area' && f.properties.estimated === true),
    ).toBe(true);
    expect(fc.features.some((f) => f.properties.feature_type === 'front-line')).toBe(true);
    const ruler = fc.features.filter((f) => f.properties.feature_type === 'ruler');
    expect(ruler).toHaveLength(1);
    expect(ruler[0]!.properties.km).toBeCloseTo(22.186, 3);
  });

  it('gives the timeline GeoJSON with start_date and end_date on every period', async () => {
    const { name, bytes } = await download(s.page, 'timeline');
    expect(name).toBe('frontline-timeline.geojson');
    const fc = JSON.parse(bytes.toString('utf8')) as FC;
    expect(fc.features.length).toBeGreaterThan(50);
    for (const f of fc.features) {
      expect(f.properties.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.properties.end_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(f.properties.end_date) > String(f.properties.start_date)).toBe(true);
    }
    // Rastan changed hands on 2024-12-06: one period ends that day and the next starts it.
    const rastan = fc.features.filter((f) => f.properties.place === 'rastan');
    expect(rastan.some((f) => f.properties.end_date === '2024-12-06')).toBe(true);
    expect(
      rastan.some((f) => f.properties.start_date === '2024-12-06' && f.properties.bloc === 'opposition'),
    ).toBe(true);
  });

  it('gives the events as CSV with the header and one row an event', async () => {
    const { name, bytes } = await download(s.page, 'events');
    expect(name).toBe('frontline-events.csv');
    const rows = parseCSV(bytes.toString('utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBeGreaterThan(20);
    const rastan = rows.find((r) => r.includes('rastan') && r.includes('2024-12-06'));
    expect(rastan).toBeDefined();
  });

  it('gives each layer of the date in GeoJSON, FlatGeobuf and KML, one geometry type a layer', async () => {
    const geometry = {
      places: /Geometry: Point/,
      areas: /Geometry: (Multi )?Polygon/,
      lines: /Geometry: (Multi )?Line String/,
    };
    for (const layer of ['places', 'areas', 'lines'] as const) {
      for (const [format, ext] of [
        ['geojson', 'geojson'],
        ['fgb', 'fgb'],
        ['kml', 'kml'],
      ] as const) {
        const { name, bytes } = await download(s.page, `${layer}-${format}`);
        expect(name).toBe(`frontline-2024-12-06-${layer}.${ext}`);
        const read = gdalRead(name, bytes);
        expect(featureCount(read.stdout), name).toBeGreaterThan(0);
        if (format !== 'kml') expect(read.stdout, name).toMatch(geometry[layer]);
        if (layer === 'places') expect(read.stdout, name).toContain('الرستن');
      }
    }
    // The ruler is in the lines layer, and the place's own id is not shadowed by a property.
    const lines = JSON.parse((await download(s.page, 'lines-geojson')).bytes.toString('utf8')) as FC;
    expect(lines.features.filter((f) => f.properties.feature_type === 'ruler')).toHaveLength(1);
    const places = JSON.parse((await download(s.page, 'places-geojson')).bytes.toString('utf8')) as FC;
    expect(places.features.find((f) => f.id === 'place:rastan')!.properties.place).toBe('rastan');
    expect(places.features.every((f) => !('id' in f.properties))).toBe(true);
  });

  it('gives the date as KML (a folder a layer) and the timeline as KML and FlatGeobuf', async () => {
    const day = await download(s.page, 'snapshot-kml');
    expect(day.name).toBe('frontline-2024-12-06.kml');
    expect(day.bytes.toString('utf8')).toContain('<Folder><name>areas</name>');
    const kml = await download(s.page, 'timeline-kml');
    expect(kml.name).toBe('frontline-timeline.kml');
    const text = kml.bytes.toString('utf8');
    // Google Earth's time slider plays <TimeSpan>; the day begins at 00:00 in the record's zone.
    expect(text).toMatch(/<TimeSpan><begin>2024-12-06T00:00:00\+03:00<\/begin>/);
    expect(gdalRead(kml.name, kml.bytes).stdout).toContain('الرستن');
    const fgb = await download(s.page, 'timeline-fgb');
    expect(fgb.name).toBe('frontline-timeline.fgb');
    const read = gdalRead(fgb.name, fgb.bytes);
    expect(read.stdout).toMatch(/^start_date: Date/m);
    expect(read.stdout).toContain('الرستن');
  });

  it('gives the CSV with a BOM when asked, and its .csvt that GDAL reads beside it', async () => {
    if (!(await s.page.getByTestId('csv-bom').isVisible())) await s.page.getByTestId('download-menu').click();
    await s.page.getByTestId('csv-bom').check();
    const csv = await download(s.page, 'events');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvt = await download(s.page, 'events-csvt');
    expect(csvt.name).toBe('frontline-events.csvt');
    const dir = mkdtempSync(join(tmpdir(), 'frontline-dl-'));
    writeFileSync(join(dir, csvt.name), csvt.bytes);
    const read = gdalRead(csv.name, csv.bytes, dir);
    expect(read.stdout).toMatch(/^date: Date/m);
    expect(read.stdout).toMatch(/^Geometry: Point/m);
    expect(read.stdout).toContain('حمص');
    const gpkg = join(dir, 'events.gpkg');
    const r = spawnSync('ogr2ogr', ['-f', 'GPKG', '-a_srs', 'EPSG:4326', gpkg, read.file], {
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/ERROR/);
    if (!(await s.page.getByTestId('csv-bom').isVisible())) await s.page.getByTestId('download-menu').click();
    await s.page.getByTestId('csv-bom').uncheck();
    await s.page.getByTestId('download-menu').click();
  });

  it('gives a PNG of the map with a 48 px title band above it and a 40 px credits band below', async () => {
    const canvas = await s.page.evaluate(() => {
      const c = window.frontline!.map.getCanvas();
      return { w: c.width, h: c.height };
    });
    const { name, bytes } = await download(s.page, 'png');
    expect(name).toBe('frontline-2024-12-06.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect(bytes.readUInt32BE(16)).toBe(canvas.w);
    expect(bytes.readUInt32BE(20)).toBe(canvas.h + 48 + 40);
    // Not blank: a map with legend and text compresses to well over a few kilobytes.
    expect(bytes.length).toBeGreaterThan(30_000);
  });

  it('gives the PNG at 2× when asked, and the map goes back to the screen’s resolution', async () => {
    const canvas = await s.page.evaluate(() => {
      const c = window.frontline!.map.getCanvas();
      return { w: c.width, h: c.height };
    });
    if (!(await s.page.getByTestId('png-2x').isVisible())) await s.page.getByTestId('download-menu').click();
    await s.page.getByTestId('png-2x').check();
    const { bytes } = await download(s.page, 'png');
    expect(bytes.readUInt32BE(16)).toBe(canvas.w * 2);
    expect(bytes.readUInt32BE(20)).toBe((canvas.h + 48 + 40) * 2);
    const after = await s.page.evaluate(() => window.frontline!.map.getCanvas().width);
    expect(after).toBe(canvas.w);
    // The picture, decoded in the page: the credits band names the date's sources in dark text, not blank.
    const inked = await s.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const band = ctx.getImageData(0, img.height - 80, img.width, 80).data;
      let dark = 0;
      for (let i = 0; i < band.length; i += 4) if (band[i]! < 120) dark++;
      return dark;
    }, bytes.toString('base64'));
    expect(inked).toBeGreaterThan(500);
  });
});
