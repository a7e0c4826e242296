// Compare two dates (issue 16), in real Chromium: a link with `compare=` lists the places that changed hands
// with their sources (http/https links only) and marks them on the map; a second date picked in the panel
// goes into the link; the comparison downloads as the same GeoJSON as `frontline compare`.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

async function tablePlaces(page: Page): Promise<string[]> {
  await page.getByTestId('compare-table').waitFor();
  return page.$$eval('[data-testid=compare-table] tr[data-place]', (rows) =>
    rows.map((r) => r.getAttribute('data-place')!),
  );
}

describe('compare two dates', () => {
  it('29 November against 8 December lists Aleppo, Hama, Homs and Damascus, with sources, and marks them on the map', async () => {
    s = await openApp('#date=2024-12-08&compare=2024-11-29');
    const { page } = s;
    const places = await tablePlaces(page);
    expect(places).toEqual(expect.arrayContaining(['aleppo', 'hama', 'homs', 'damascus']));
    const homs = page.locator('[data-testid=compare-table] tr[data-place=homs]');
    await expect.poll(() => homs.textContent()).toMatch(/Syrian government.*HTS/s);
    // Every link in the table is an absolute http(s) URL, opened with no opener.
    const hrefs = await page.$$eval('[data-testid=compare-table] a', (as) =>
      as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [href, rel] of hrefs) {
      expect(href).toMatch(/^https?:\/\//);
      expect(rel).toContain('noopener');
    }
    await waitForIdleMap(page);
    const drawn = await page.evaluate(() => {
      const fs = window.frontline!.map.querySourceFeatures('compare');
      return {
        places: [...new Set(fs.filter((f) => f.properties.kind === 'place').map((f) => f.properties.place))],
        gained: fs.some((f) => f.properties.kind === 'area-gained' && f.properties.side === 'opposition'),
        lost: fs.some((f) => f.properties.kind === 'area-lost' && f.properties.side === 'government'),
        homs: fs.find((f) => f.properties.place === 'homs')?.properties,
      };
    });
    expect(drawn.places.length).toBe(places.length);
    expect(drawn.gained && drawn.lost).toBe(true);
    // Outer ring in the government's colour on 29 November, inner in HTS's on 8 December.
    expect(drawn.homs?.old).not.toBe(drawn.homs?.new);

    // The download is the comparison as GeoJSON, every changed place in it.
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('compare-download').click(),
    ]);
    expect(dl.suggestedFilename()).toBe('frontline-compare-2024-11-29-2024-12-08.geojson');
    const fc = JSON.parse(await readFile(await dl.path(), 'utf8')) as {
      features: Array<{ id: string; properties: Record<string, unknown> }>;
    };
    const changed = fc.features.filter((f) => f.properties.feature_type === 'place-change');
    expect(changed.map((f) => f.properties.id)).toEqual(places);
  });

  it('a date picked in the panel goes into the link, and Clear takes it out', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await page.getByTestId('compare-date').fill('2024-12-05');
    await page.getByTestId('compare-start').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('compare=2024-12-05');
    expect(await tablePlaces(page)).toEqual(expect.arrayContaining(['rastan', 'talbiseh']));
    expect(await tablePlaces(page)).not.toContain('aleppo');
    await page.getByTestId('compare-clear').click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('compare=');
    await expect.poll(() => page.getByTestId('compare-table').count()).toBe(0);
  });
});
