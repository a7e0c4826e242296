// The served build fetches the bundled record's files as static assets (scripts/vite/bundled.ts), not as text
// inside the script: the page asks for each file of record/, and a broken one still gets the page's banner,
// naming the file, the line and the field, as a broken record folder would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './harness';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

describe('the bundled record as static files', () => {
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  afterAll(() => browser?.close());

  it('fetches each file of the record, and a broken one is named in the banner', async () => {
    browser = await launch();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const asked: string[] = [];
    context.on('request', (r) => asked.push(new URL(r.url()).pathname));
    // Line 7 of events.jsonl (the first event after the header comments) gets a faction the record lacks.
    const lines = readFileSync(join(REPO_ROOT, 'data/events.jsonl'), 'utf8').split('\n');
    lines[6] = lines[6]!.replace(/"factions":\["[a-z]+"\]/, '"factions":["martians"]');
    expect(lines[6]).toContain('martians');
    await context.route('**/record/data/events.jsonl', (route) =>
      route.fulfill({ status: 200, contentType: 'application/jsonl', body: lines.join('\n') }),
    );
    const page = await context.newPage();
    await page.goto(baseURL());
    const banner = page.getByRole('alert');
    await expect
      .poll(() => banner.textContent(), { timeout: 60_000 })
      .toContain('The record could not be loaded');
    expect(await banner.textContent()).toMatch(/data\/events\.jsonl:7: field "factions[^"]*"/);
    for (const f of [
      'data/record.json',
      'data/events.jsonl',
      'geo/places.jsonl',
      'geo/basemap/countries.geojson',
    ]) {
      expect(asked).toContain(new URL(baseURL()).pathname.replace(/\/$/, '') + `/record/${f}`);
    }
    await context.close();
  });
});
