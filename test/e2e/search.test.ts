// The place search (issue 13), in real Chromium: any spelling, Arabic too, through the core gazetteer; the map
// flies to the place and opens it, with a history entry; a name it does not know gets a "did you mean".
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

async function search(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('place-search');
  await input.fill(text);
  await input.press('Enter');
}

const camera = (page: Page) =>
  page.evaluate(() => {
    const m = window.frontline!.map;
    return { zoom: m.getZoom(), lon: m.getCenter().lng, lat: m.getCenter().lat };
  });

describe('place search', () => {
  it('finds Talbiseh by another spelling, flies there and opens it; Back closes it again', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const entries = await page.evaluate(() => history.length);
    await search(page, 'Talbisa');
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(1);
    expect(await page.getByTestId('place-popup').locator('h2').textContent()).toBe('Talbiseh');
    await waitForIdleMap(page);
    const c = await camera(page);
    expect(c.zoom).toBeGreaterThanOrEqual(8.4);
    expect(c.lon).toBeCloseTo(36.731, 1);
    expect(c.lat).toBeCloseTo(34.841, 1);
    expect(await page.evaluate(() => location.hash)).toContain('place=talbiseh');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(0);
  });

  it('finds Hama by its Arabic name, and says so when a name is unknown', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await search(page, 'حماة');
    await expect.poll(() => page.getByTestId('place-popup').locator('h2').textContent()).toBe('Hama');
    await search(page, 'Xyzzyplugh');
    await expect
      .poll(() => page.getByTestId('place-search-message').textContent())
      .toMatch(/No place called “Xyzzyplugh”/);
    // The ruler was not touched: the search is its own tool.
    expect(await page.evaluate(() => location.hash)).not.toContain('ruler=');
  });
});
