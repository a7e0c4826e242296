// What the built page loads before its first map (scripts/vite/first-load.ts): no record or basemap text in
// the scripts (they are static files, scripts/vite/bundled.ts), MapLibre in a chunk of its own, and none of the
// tools that load when first used. The size itself is a figure of `npm run bench` (bench/size.bench.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/vite/first-load';
import type { ChunkReport } from '../../scripts/vite/module-report';

const DIST = 'dist';

describe('the first load of the served build', () => {
  const load = firstLoad(DIST);
  const report = JSON.parse(readFileSync(join(DIST, '.report/app.json'), 'utf8')) as ChunkReport[];
  const first = new Set(load.files.map((f) => f.file));
  const modulesOfFirst = report.filter((c) => first.has(c.file)).flatMap((c) => Object.keys(c.modules));

  it('has MapLibre in a chunk of its own, and the app beside it', () => {
    const maplibre = report.find((c) => /(^|\/)maplibre-/.test(c.file))!;
    expect(maplibre).toBeDefined();
    expect(Object.keys(maplibre.modules).every((m) => m.startsWith('node_modules/maplibre-gl/'))).toBe(true);
    expect(first.has(maplibre.file)).toBe(true);
    expect(load.maplibre).toBeGreaterThan(100_000);
    expect(load.beyondMaplibre).toBeGreaterThan(0);
  });

  it('carries no record or basemap file as text', () => {
    expect(modulesOfFirst.filter((m) => /^(data|geo)\//.test(m))).toEqual([]);
    // A line of the record's events file, as it would appear inlined.
    const events = readFileSync('data/events.jsonl', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('{'))!;
    const needle = events.slice(0, 60);
    for (const f of first) expect(readFileSync(join(DIST, f), 'utf8')).not.toContain(needle);
  });

  it('leaves the exporters, the chart, the ruler, the PNG, Add a report, About and compare to later', () => {
    const later = [
      'src/ui/tools/DownloadMenu.svelte',
      'src/ui/tools/AdvanceChart.svelte',
      'src/ui/tools/RulerTool.svelte',
      'src/ui/tools/ComparePanel.svelte',
      'src/ui/map/png.ts',
      'src/ui/AddReport.svelte',
      'src/ui/About.svelte',
      'src/core/export/kml.ts',
      'node_modules/flatgeobuf',
    ];
    for (const m of later)
      expect(
        modulesOfFirst.filter((x) => x.startsWith(m)),
        m,
      ).toEqual([]);
    // …but the build has them, in chunks of their own.
    const all = report.flatMap((c) => Object.keys(c.modules));
    for (const m of later)
      expect(
        all.some((x) => x.startsWith(m)),
        m,
      ).toBe(true);
  });
});
