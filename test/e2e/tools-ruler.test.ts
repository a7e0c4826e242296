// The ruler in real Chromium: Rastan → Homs picked by name and by clicking the map, read from the readout and
// from the label drawn on the map; km/mi round trip; Escape clears. Expected: 22 186.190 m between the GeoNames
// points (geographiclib, STACK.md) = 22.19 km = 13.79 mi.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';

const RASTAN: [number, number] = [36.73241, 34.92667];
const HOMS: [number, number] = [36.72339, 34.72682];

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

/** Labels the ruler's symbol layer has actually placed on the map. */
async function mapLabels(page: Page): Promise<string[]> {
  await page.evaluate(() => window.frontline!.idle());
  return page.evaluate(() =>
    window
      .frontline!.map.queryRenderedFeatures({ layers: ['tools-ruler-label'] })
      .map((f) => String(f.properties.label)),
  );
}

async function rulerFeatureCount(page: Page): Promise<number> {
  await page.evaluate(() => window.frontline!.idle());
  return page.evaluate(() => window.frontline!.map.querySourceFeatures('tools-ruler').length);
}

async function addByName(page: Page, name: string): Promise<void> {
  const input = page.getByTestId('ruler-place-input');
  await input.fill(name);
  await input.press('Enter');
}

describe('ruler tool', () => {
  it('measures Rastan → Homs picked by name (any spelling), in km and mi, and Escape clears', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    // "Rustan" is how one seed spells it; the gazetteer resolves it.
    await addByName(page, 'Rustan');
    await addByName(page, 'حمص');
    await expect.poll(() => page.getByTestId('ruler-total').textContent()).toContain('22.19 km');
    expect(await page.getByTestId('ruler-readout').textContent()).toMatch(/Rastan\s*→\s*Homs\s*22\.19 km/);
    expect(await mapLabels(page)).toContain('22.19 km');
    expect(await page.evaluate(() => location.hash)).toContain('ruler=36.73241,34.92667;36.72339,34.72682');

    // Units round trip: the readout and the map label both follow.
    await page.locator('[data-units="mi"]').click();
    await expect.poll(() => page.getByTestId('ruler-total').textContent()).toContain('13.79 mi');
    expect(await mapLabels(page)).toContain('13.79 mi');
    expect(await page.locator('[data-units="mi"]').getAttribute('aria-pressed')).toBe('true');
    // The scale bar follows too (MapView's ScaleControl): imperial reads in mi or ft.
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*(mi|ft)$/);
    await page.locator('[data-units="km"]').click();
    await expect.poll(() => page.getByTestId('ruler-total').textContent()).toContain('22.19 km');
    expect(await mapLabels(page)).toContain('22.19 km');
    await expect.poll(() => page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*(km|m)$/);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('ruler-readout').count()).toBe(0);
    expect(await rulerFeatureCount(page)).toBe(0);
    expect(await page.evaluate(() => location.hash)).not.toContain('ruler=');
  });

  it('measures Rastan → Homs by clicking the two places on the map', async () => {
    s = await openApp('#map=10/34.83/36.73&date=2024-12-06');
    const { page } = s;
    await page.getByTestId('ruler-toggle').click();
    expect(await page.getByTestId('ruler-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => window.frontline!.map.getCanvas().style.cursor)).toBe('crosshair');
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    for (const ll of [RASTAN, HOMS]) {
      const pt = await page.evaluate((c) => window.frontline!.map.project(c), ll);
      await page.mouse.click(box.x + pt.x, box.y + pt.y);
    }
    await expect.poll(() => page.getByTestId('ruler-total').textContent()).toContain('22.19 km');
    expect(await mapLabels(page)).toContain('22.19 km');

    // A click away from any place adds a free point: a second leg appears.
    await page.mouse.click(box.x + 40, box.y + box.height - 60);
    await expect.poll(() => page.getByTestId('ruler-readout').locator('li').count()).toBe(2);
    expect(await page.getByTestId('ruler-total').textContent()).not.toContain('22.19 km');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('ruler-readout').count()).toBe(0);
    expect(await page.getByTestId('ruler-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => window.frontline!.map.getCanvas().style.cursor)).toBe('');
  });

  it('restores a ruler from the URL', async () => {
    s = await openApp('#date=2024-12-06&units=mi&ruler=36.73241,34.92667;36.72339,34.72682');
    await expect.poll(() => s!.page.getByTestId('ruler-total').textContent()).toContain('13.79 mi');
    // A link keeps no names; points standing on places are named again.
    expect(await s.page.getByTestId('ruler-readout').textContent()).toMatch(/Rastan\s*→\s*Homs\s*13\.79 mi/);
  });
});
