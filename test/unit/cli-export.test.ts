import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { main } from '../../src/cli/main';
import { REPO_ROOT, type CliIO } from '../../src/cli/io';
import { recordAt } from '../fixtures/records/open';
import { dateRange } from '../../src/core/dates';
import { parseCSV } from '../../src/core/export/csv';
import { validateRfc7946 } from '../../src/core/export/validate';
import type { PlaceState } from '../../src/core/types';
import {
  checkGeojsonIssues,
  featureCount,
  fieldType,
  ogrSummary,
  ogrValidity,
  writeTemp,
} from '../fixtures/export/checkers';

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdin: async () => '' };
}

async function exportText(...args: string[]): Promise<string> {
  const io = capture();
  const code = await main(['export', ...args], io);
  expect(io.stderr).toEqual([]);
  expect(code).toBe(0);
  return io.stdout.join('');
}

const rec = recordAt();

describe('frontline export --date (the real record)', () => {
  let text = '';
  let fc: FeatureCollection;
  beforeAll(async () => {
    text = await exportText('--date', '2024-12-06', '--ruler', '36.73241,34.92667;36.72339,34.72682');
    fc = JSON.parse(text) as FeatureCollection;
  });

  it('holds every curated place with its state from the model, and the estimated territory', () => {
    const places = fc.features.filter((f) => f.properties!.feature_type === 'place');
    const states = rec.model.stateAt('2024-12-06');
    expect(places.length).toBe(rec.places.length);
    for (const f of places) {
      const s = states.get(f.properties!.place as string);
      expect(f.properties!.status).toBe(s?.status ?? 'unknown');
      expect(f.properties!.faction).toBe(s?.faction ?? null);
    }
    expect(fc.features.some((f) => f.properties!.feature_type === 'area')).toBe(true);
    expect(
      fc.features
        .filter((f) => f.properties!.feature_type !== 'place')
        .every((f) => f.properties!.estimated === (f.properties!.feature_type !== 'ruler')),
    ).toBe(true);
    expect(fc.features.find((f) => f.id === 'ruler:1')!.properties).toMatchObject({ km: 22.186, mi: 13.786 });
    expect(fc.features.find((f) => f.id === 'place:homs')!.properties!.name_ar).toBe('حمص');
  });

  it('passes our RFC 7946 checks, check-geojson and GDAL (no ERROR, every feature, all valid)', () => {
    expect(validateRfc7946(fc)).toEqual([]);
    expect(checkGeojsonIssues(text)).toEqual([]);
    const file = writeTemp(text, 'day.geojson');
    const s = ogrSummary(file);
    expect(s.stderr).not.toMatch(/ERROR/);
    expect(featureCount(s.stdout)).toBe(fc.features.length);
    const v = ogrValidity(file);
    expect(v.stderr).not.toMatch(/ERROR/);
    expect(v.valid).toEqual(fc.features.map(() => 1));
  });

  it('refuses a date outside the record, and no mode at all', async () => {
    const io = capture();
    expect(await main(['export', '--date', '1999-01-01'], io)).toBe(2);
    expect(io.stderr.join('')).toMatch(/outside the record/);
    expect(await main(['export'], capture())).toBe(2);
    expect(await main(['export', '--date', '2024-12-06', '--csv'], capture())).toBe(2);
  });
});

describe('frontline export --timeline (the real record)', () => {
  let text = '';
  let fc: FeatureCollection<Point>;
  beforeAll(async () => {
    text = await exportText('--timeline');
    fc = JSON.parse(text) as FeatureCollection<Point>;
  });

  it('read back, gives the same state as the model on every day of the record (round trip)', () => {
    const days = dateRange(rec.info.start, rec.info.end);
    expect(days.length).toBeGreaterThan(10);
    const ids = rec.places.map((p) => p.id);
    let compared = 0;
    for (const day of days) {
      const model = rec.model.stateAt(day);
      for (const id of ids) {
        // end_date is exclusive: a period holds on start_date ≤ day < end_date.
        const hits = fc.features.filter(
          (f) =>
            f.properties!.place === id && f.properties!.start_date <= day && day < f.properties!.end_date,
        );
        expect(hits.length).toBeLessThanOrEqual(1);
        const p = hits[0]?.properties;
        const fromExport: PlaceState = p
          ? {
              place: id,
              status: p.status,
              faction: p.faction,
              factions: (p.factions as string).split(';').filter(Boolean) as PlaceState['factions'],
              bloc: p.bloc,
              since: p.start_date,
              eventId: p.event_id,
            }
          : {
              place: id,
              status: 'unknown',
              faction: null,
              factions: [],
              bloc: null,
              since: null,
              eventId: null,
            };
        const m = model.get(id);
        expect(m, `${id} on ${day}`).toBeDefined();
        expect(fromExport, `${id} on ${day}`).toEqual({ ...m!, factions: [...m!.factions] });
        compared++;
      }
    }
    expect(compared).toBe(days.length * ids.length);
  });

  it('passes the checkers, with start_date and end_date typed Date by GDAL', () => {
    expect(validateRfc7946(fc)).toEqual([]);
    expect(checkGeojsonIssues(text)).toEqual([]);
    const s = ogrSummary(writeTemp(text, 'timeline.geojson'));
    expect(s.stderr).not.toMatch(/ERROR/);
    expect(featureCount(s.stdout)).toBe(fc.features.length);
    expect(fieldType(s.stdout, 'start_date')).toBe('Date');
    expect(fieldType(s.stdout, 'end_date')).toBe('Date');
  });
});

describe('frontline export --csv (the real record)', () => {
  it('has one row per event, every cited source and quote, Arabic intact', async () => {
    const rows = parseCSV(await exportText('--csv'));
    const [header, ...body] = rows;
    expect(body).toHaveLength(rec.events.length);
    const col = (name: string) => header!.indexOf(name);
    for (const [i, e] of rec.events.entries()) {
      const r = body[i]!;
      expect(r[col('id')]).toBe(e.id);
      expect(r[col('sources')]).toBe(e.citations.map((c) => c.source).join(';'));
      expect(r[col('quotes')]).toBe(e.citations.map((c) => c.quote.replace(/\r?\n/g, ' ')).join('\n'));
    }
    const homs = body.find((r) => r[col('place')] === 'homs')!;
    expect(homs[col('place_name_ar')]).toBe('حمص');
  });
});

describe('node bin/frontline.js (a real process)', () => {
  it('writes the timeline to --out and prints a summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'frontline-cli-')), 't.geojson');
    const r = spawnSync(process.execPath, ['bin/frontline.js', 'export', '--timeline', '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    const fc = JSON.parse(readFileSync(out, 'utf8')) as FeatureCollection;
    expect(summary).toMatchObject({ file: out, features: fc.features.length });
    expect(validateRfc7946(fc)).toEqual([]);
  });
});
