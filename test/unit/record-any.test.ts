// Any record: the CLI and openRecord run on the repository's record and on a second, synthetic one
// (test/fixtures/records/valley) with no code change; only --record differs.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { validateRfc7946 } from '../../src/core/export/validate';
import { snapshotAt } from '../../src/core/record';
import { exportFile } from '../../src/ui/tools/export-file';
import { exportedText } from '../../src/core/export/files';
import { recordAt, REPO_ROOT, SECOND_RECORD } from '../fixtures/records/open';

async function run(dir: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdin: async () => 'Fighting near Stonebridge and Homs.',
  };
  const code = await main(['--record', dir, ...args], io);
  expect(err, args.join(' ')).toEqual([]);
  expect(code, args.join(' ')).toBe(0);
  return out.join('');
}

describe.each([
  ['the repository record', REPO_ROOT],
  ['the synthetic valley', SECOND_RECORD],
])('%s', (_, dir) => {
  const record = recordAt(dir);
  const { info } = record;
  const mid = info.defaultDate;
  const changed = record.events.find((e) => e.date > info.start)!;

  it('opens, with every id it names known', () => {
    expect(record.places.length).toBeGreaterThan(3);
    expect(record.placesById.has(info.target)).toBe(true);
    expect(record.factions.every((f) => record.blocs.includes(f.bloc))).toBe(true);
  });

  it('state: every place with the model’s state', async () => {
    const rows = JSON.parse(await run(dir, 'state', '--date', mid)) as Array<{ place: string; bloc: string }>;
    expect(rows.map((r) => r.place).sort()).toEqual(record.places.map((p) => p.id).sort());
    for (const r of rows) expect(r.bloc).toBe(record.model.placeState(r.place, mid).bloc);
  });

  it('timeline: the periods of a place that changed hands', async () => {
    const t = JSON.parse(await run(dir, 'timeline', changed.place)) as { periods: Array<{ start: string }> };
    expect(t.periods.map((p) => p.start)).toContain(changed.date);
  });

  it('geocode and distance: names through the record’s gazetteer, to its target by default', async () => {
    const place = record.placesById.get(changed.place)!;
    expect(JSON.parse(await run(dir, 'geocode', place.name)).id).toBe(place.id);
    const d = JSON.parse(await run(dir, 'distance', place.name)) as { to: { id: string }; km: number };
    expect(d.to.id).toBe(info.target);
    expect(d.km).toBeGreaterThan(0);
  });

  it('mentions: the places of the record in a text', async () => {
    const m = JSON.parse(await run(dir, 'mentions', '-')) as Array<{ place: string }>;
    const known = m.map((x) => x.place).filter((p) => record.placesById.has(p));
    expect(known.length).toBe(1);
  });

  it('export: valid GeoJSON for a date and the timeline, the CSV, and the app’s bytes', async () => {
    const day = await run(dir, 'export', '--date', mid);
    const fc = JSON.parse(day) as FeatureCollection;
    expect(validateRfc7946(fc)).toEqual([]);
    expect(fc.features.filter((f) => f.properties!.feature_type === 'place')).toHaveLength(
      record.places.length,
    );
    expect(fc.features.some((f) => f.properties!.feature_type === 'area')).toBe(true);
    const app = exportFile(record, { kind: 'snapshot', snapshot: snapshotAt(record, mid) });
    const timeless = (t: string) => t.replace(/"generated":"[^"]+"/, '');
    expect(timeless(exportedText(app))).toBe(timeless(day));
    expect(validateRfc7946(JSON.parse(await run(dir, 'export', '--timeline')))).toEqual([]);
    const csv = await run(dir, 'export', '--csv');
    expect(csv.split('\r\n').length - 2).toBe(record.events.length);
  });
});

describe('the synthetic valley', () => {
  const record = recordAt(SECOND_RECORD);

  it('runs through the real command: node bin/frontline.js --record <dir> state --date …', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/frontline.js', '--record', SECOND_RECORD, 'state', '--date', '2000-03-08'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const capital = (JSON.parse(r.stdout) as Array<{ place: string; faction: string }>).find(
      (x) => x.place === 'capital',
    );
    expect(capital?.faction).toBe('river-league');
  });

  it('says it is synthetic', () => {
    expect(record.info.description).toMatch(/^SYNTHETIC/);
  });

  it('has its own factions and blocs, unknown to the code, with areas for each', () => {
    expect(record.blocs).toEqual(['crown', 'league']);
    const s = snapshotAt(record, '2000-03-06');
    expect(s.areas.features.map((f) => f.properties.bloc).sort()).toEqual(['crown', 'league']);
    expect(s.frontLines.features.map((f) => f.properties.blocs)).toEqual([['crown', 'league']]);
    expect(s.distances.sides.map((d) => [d.side, d.centre?.place ?? null])).toEqual([
      ['league', 'stonebridge'],
      ['crown', 'eastport'],
      ['contested', null],
    ]);
  });
});
