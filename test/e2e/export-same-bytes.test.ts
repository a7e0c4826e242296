// What you see is what you export, in the built app: the GeoJSON the Download menu saves (its snapshot comes
// from the territory worker) is byte for byte what `frontline export --date` prints, but for the generation
// time. And the estimator behind it ships in the worker only, not in the main bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { closeChecked, openApp, type AppSession } from './harness';

let s: AppSession;
beforeAll(async () => {
  s = await openApp('#date=2024-12-07');
});
afterAll(() => closeChecked(s));

async function cliExport(...args: string[]): Promise<string> {
  const out: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => out.push(`stderr: ${t}`), stdin: async () => '' };
  expect(await main(['export', ...args], io)).toBe(0);
  return out.join('');
}

async function downloadText(kind: string): Promise<{ name: string; text: string }> {
  const { page } = s;
  if (!(await page.getByTestId(`download-${kind}`).isVisible()))
    await page.getByTestId('download-menu').click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`download-${kind}`).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile((await dl.path())!, 'utf8') };
}

const GENERATED = /"generated":"[^"]+"/;
const timeless = (text: string) => {
  expect(text).toMatch(GENERATED);
  return text.replace(GENERATED, '"generated":"…"');
};

describe('the app and the CLI export the same bytes', () => {
  it('GeoJSON of the date on screen = frontline export --date', async () => {
    const app = await downloadText('snapshot');
    expect(app.name).toBe('frontline-2024-12-07.geojson');
    const cli = await cliExport('--date', '2024-12-07');
    expect(app.text.length).toBeGreaterThan(10_000);
    expect(timeless(app.text)).toBe(timeless(cli));
  });

  it('the CSV of events = frontline export --csv', async () => {
    const app = await downloadText('events');
    expect(app.text).toBe(await cliExport('--csv'));
  });

  it('loads the export writers (KML, FlatGeobuf, CSV) only when a file is asked for', () => {
    const dist = resolve(import.meta.dirname, '../../dist');
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    const main = /<script[^>]+src="\.?\/?(assets\/index-[^"]+\.js)"/.exec(html)![1]!;
    // The KML writer's namespace: in a chunk of its own (shared by the Download menu and the compare view,
    // which both load it on first use), not in what every visit loads or preloads.
    const marker = 'http://www.opengis.net/kml/2.2';
    const withWriters = readdirSync(resolve(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(resolve(dist, 'assets', f), 'utf8').includes(marker));
    expect(withWriters.length).toBeGreaterThan(0);
    expect(withWriters).not.toContain(main.replace(/^assets\//, ''));
    for (const f of withWriters) expect(html).not.toContain(f);
    expect(readFileSync(resolve(dist, main), 'utf8')).not.toContain(marker);
  });

  it('ships the territory estimator in the worker chunk, not in the main bundle', () => {
    const dist = resolve(import.meta.dirname, '../../dist');
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    const main = /<script[^>]+src="\.?\/?(assets\/index-[^"]+\.js)"/.exec(html)![1]!;
    const worker = readdirSync(resolve(dist, 'assets')).find((f) => /^territory\.worker-.*\.js$/.test(f))!;
    // A message of polyclip-ts, the polygon clipper the estimator's turf.intersect runs on.
    const marker = 'Unable to complete output ring';
    expect(readFileSync(resolve(dist, 'assets', worker), 'utf8')).toContain(marker);
    expect(readFileSync(resolve(dist, main), 'utf8')).not.toContain(marker);
  });
});
