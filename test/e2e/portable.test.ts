// The portable download: dist-portable/frontline.html (npm run build:portable), the whole app in one file,
// opened from file:// as a double-click would, with the network cut and every non-local request aborted.
// The map draws, a day step recomputes the snapshot in the (blob:) territory worker, the page loads no other
// file, and its CSP allows nothing remote.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';
import { expectRecordShown } from './record-shown';

const PORTABLE = resolve('dist-portable/frontline.html');

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

/** Each place's drawn faction (feature-state), by id. */
function factions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const map = window.frontline!.map;
    const out: Record<string, string> = {};
    for (const f of map.querySourceFeatures('places')) {
      if (f.id === undefined) continue;
      out[String(f.properties?.id)] = String(map.getFeatureState({ source: 'places', id: f.id }).faction);
    }
    return out;
  });
}

describe('the portable single file', () => {
  it('opens from file:// with no network: the map draws and a date change works', async () => {
    if (!existsSync(PORTABLE)) {
      throw new Error(`${PORTABLE} is missing: build it with \`npm run build:portable\` (npm test does).`);
    }
    // One page and its notices: no worker or asset left beside it as a file.
    expect(readdirSync('dist-portable').sort()).toEqual(['THIRD-PARTY-NOTICES.txt', 'frontline.html']);
    s = await openApp('#date=2024-12-06', { base: pathToFileURL(PORTABLE).href, offline: true });
    const { page } = s;
    expect(page.url().startsWith('file://')).toBe(true);
    await expectRecordShown(page, '2024-12-06', '6 December 2024');
    const before = await factions(page);

    await page.getByTestId('current-date').click();
    await page.keyboard.press('ArrowRight');
    await waitForIdleMap(page);
    await expect.poll(() => page.getByTestId('current-date').textContent()).toContain('7 December 2024');
    await waitForIdleMap(page);
    const after = await factions(page);
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(changed.length, 'places that changed hands on 7 December').toBeGreaterThan(0);

    // Everything came inline: the page fetched no other file (nor anything else).
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')),
    );
    expect(loaded).toEqual([]);

    // Another record, chosen with Open: it is checked in a worker too (inlined, like the others).
    const work = mkdtempSync(join(tmpdir(), 'frontline-portable-'));
    try {
      const root = join(work, 'renamed');
      for (const dir of ['data', 'geo']) cpSync(dir, join(root, dir), { recursive: true });
      const record = JSON.parse(readFileSync('data/record.json', 'utf8')) as Record<string, unknown>;
      writeFileSync(join(root, 'data/record.json'), JSON.stringify({ ...record, title: 'A renamed copy' }));
      await page.getByTestId('open-record').click();
      await page.getByTestId('open-folder').setInputFiles(root);
      await expect.poll(() => page.getByTestId('record-opened').textContent()).toContain('A renamed copy');
      await waitForIdleMap(page);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }

    // Its policy names no origin: only hashes, data: and blob:.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(csp).not.toMatch(/https?:|'self'|'unsafe-inline'|'unsafe-eval'|\*/);
  });
});
