// What you see is what you export: the app's Download menu (src/ui/tools/download.ts) and `frontline export`
// write the same bytes for the same date, from the same snapshot value, apart from the generation time; in
// every format and layer the menu offers.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { exportedText } from '../../src/core/export/files';
import { snapshotAt } from '../../src/core/record';
import { exportFile } from '../../src/ui/tools/export-file';
import { recordAt } from '../fixtures/records/open';

async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' };
  expect(await main(['export', ...args], io)).toBe(0);
  expect(err).toEqual([]);
  return out.join('');
}

/** The CLI's file, written with --out (binary formats cannot go through the captured text stream). */
async function cliFile(name: string, ...args: string[]): Promise<Buffer> {
  const file = join(mkdtempSync(join(tmpdir(), 'frontline-same-')), name);
  await cli(...args, '--out', file);
  return readFileSync(file);
}

const GENERATED = /"generated":"[^"]+"/;
/** The file with its generation time blanked: the one part that may differ. */
const timeless = (text: string) => {
  expect(text).toMatch(GENERATED);
  return text.replace(GENERATED, '"generated":"…"');
};

const record = recordAt();
const RULER = '36.73241,34.92667;36.72339,34.72682';
const GEN = '2026-01-01T00:00:00.000Z';

describe('the Download menu and frontline export give the same bytes', () => {
  it.each(['2024-11-26', '2024-12-06', '2024-12-08'])('GeoJSON of %s', async (date) => {
    const app = exportFile(record, { kind: 'snapshot', snapshot: snapshotAt(record, date) });
    expect(app.name).toBe(`frontline-${date}.geojson`);
    expect(timeless(exportedText(app))).toBe(timeless(await cli('--date', date)));
  });

  it('GeoJSON of a date with the ruler', async () => {
    const ruler = RULER.split(';').map((p) => p.split(',').map(Number) as [number, number]);
    const app = exportFile(record, { kind: 'snapshot', snapshot: snapshotAt(record, '2024-12-06'), ruler });
    const text = await cli('--date', '2024-12-06', '--ruler', RULER);
    expect(timeless(exportedText(app))).toBe(timeless(text));
    expect(text).toContain('"feature_type":"ruler"');
  });

  it.each(['places', 'areas', 'lines'] as const)('one layer (%s) as GeoJSON and as KML', async (layer) => {
    const snapshot = snapshotAt(record, '2024-12-06');
    const app = exportFile(record, { kind: 'snapshot', snapshot, layer });
    expect(app.name).toBe(`frontline-2024-12-06-${layer}.geojson`);
    expect(timeless(exportedText(app))).toBe(timeless(await cli('--date', '2024-12-06', '--layer', layer)));
    const kml = exportFile(record, { kind: 'snapshot', snapshot, layer, format: 'kml' });
    expect(kml.name).toBe(`frontline-2024-12-06-${layer}.kml`);
    expect(exportedText(kml)).toBe(await cli('--date', '2024-12-06', '--layer', layer, '--format', 'kml'));
  });

  it('one layer as FlatGeobuf, byte for byte (FlatGeobuf carries no generation time)', async () => {
    const app = exportFile(
      record,
      { kind: 'snapshot', snapshot: snapshotAt(record, '2024-12-06'), layer: 'areas', format: 'fgb' },
      GEN,
    );
    expect(app.name).toBe('frontline-2024-12-06-areas.fgb');
    const bytes = await cliFile('a.fgb', '--date', '2024-12-06', '--layer', 'areas');
    expect(Buffer.from(app.data as Uint8Array).equals(bytes)).toBe(true);
  });

  it('the timeline, as GeoJSON, KML and FlatGeobuf', async () => {
    const app = exportFile(record, { kind: 'timeline', date: '2024-12-06' });
    expect(timeless(exportedText(app))).toBe(timeless(await cli('--timeline')));
    const kml = exportFile(record, { kind: 'timeline', date: '2024-12-06', format: 'kml' });
    expect(kml.name).toBe('frontline-timeline.kml');
    expect(exportedText(kml)).toBe(await cli('--timeline', '--format', 'kml'));
    const fgb = exportFile(record, { kind: 'timeline', date: '2024-12-06', format: 'fgb' });
    const bytes = await cliFile('t.fgb', '--timeline');
    expect(Buffer.from(fgb.data as Uint8Array).equals(bytes)).toBe(true);
  });

  it('the CSV of events, byte for byte, in the record’s date order; with a BOM when asked', async () => {
    const app = exportFile(record, { kind: 'events', date: '2024-12-06' });
    const text = await cli('--csv');
    expect(app.data).toBe(text);
    const dates = text
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[1]!);
    expect(dates.length).toBe(record.events.length);
    expect([...dates].sort()).toEqual(dates);
    const bom = exportFile(record, { kind: 'events', date: '2024-12-06', bom: true });
    expect(bom.data).toBe(`\uFEFF${text}`);
    expect(bom.data).toBe(await cli('--csv', '--bom'));
    const csvt = exportFile(record, { kind: 'events', date: '2024-12-06', format: 'csvt' });
    expect(csvt.name).toBe('frontline-events.csvt');
  });
});
