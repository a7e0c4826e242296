// The map in real Chromium, as a reader meets it: the basemap and labels render offline, the places change
// colour with the date, playback and the keyboard move the date, the URL keeps the view, and a bad link value
// is ignored with a notice. Every test also fails on any request that left localhost, or any page error.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

/** The faction a place is drawn with, read from the map's feature-state of the places source. */
async function drawnFaction(page: Page, placeId: string): Promise<string> {
  return page.evaluate((id) => {
    const map = window.frontline!.map;
    const f = map.querySourceFeatures('places').find((q) => q.properties?.id === id);
    if (!f || f.id === undefined) throw new Error(`no feature for ${id}`);
    return String(map.getFeatureState({ source: 'places', id: f.id }).faction ?? '');
  }, placeId);
}

async function renderedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.frontline!.map;
    const layers = ['labels-record', 'labels-minor'].filter((l) => map.getLayer(l));
    return map.queryRenderedFeatures(undefined, { layers }).map((f) => String(f.properties?.name));
  });
}

async function currentDate(page: Page): Promise<string> {
  return (await page.getByTestId('current-date').textContent())!.trim();
}

describe('the map', () => {
  it('renders the offline basemap with English and Arabic labels, and nothing leaves localhost', async () => {
    s = await openApp();
    const { page } = s;
    const labels = await renderedLabels(page);
    for (const name of ['Aleppo', 'Homs', 'Damascus']) expect(labels).toContain(name);
    // The canvas is not blank: many distinct colours in a sample of its pixels.
    const colours = await page.evaluate(() => {
      const src = window.frontline!.map.getCanvas();
      const c = document.createElement('canvas');
      c.width = 200;
      c.height = 150;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0, 200, 150);
      const d = ctx.getImageData(0, 0, 200, 150).data;
      const set = new Set<number>();
      for (let i = 0; i < d.length; i += 4) set.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return set.size;
    });
    expect(colours).toBeGreaterThan(50);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toMatch(
      /Natural Earth.*GeoNames/,
    );
    await expect(page.locator('.maplibregl-ctrl-scale').textContent()).resolves.toMatch(/km/);
  });

  it('Rastan changes side between 5 and 6 December 2024', async () => {
    s = await openApp('#date=2024-12-05');
    expect(await drawnFaction(s.page, 'rastan')).toBe('government');
    expect(await drawnFaction(s.page, 'talbiseh')).toBe('government');
    expect(await drawnFaction(s.page, 'hama')).toBe('hts');
  });

  it('on 6 December Rastan and Talbiseh are opposition-held and Homs is not yet', async () => {
    s = await openApp('#date=2024-12-06');
    expect(await drawnFaction(s.page, 'rastan')).toBe('hts');
    expect(await drawnFaction(s.page, 'talbiseh')).toBe('hts');
    expect(await drawnFaction(s.page, 'homs')).toBe('government');
    await expect(currentDate(s.page)).resolves.toBe('6 December 2024');
  });

  it('the keyboard steps days and jumps between changes; the map follows', async () => {
    s = await openApp('#date=2024-12-05');
    const { page } = s;
    await page.keyboard.press('ArrowRight');
    await waitForIdleMap(page);
    await expect(currentDate(page)).resolves.toBe('6 December 2024');
    expect(await drawnFaction(page, 'rastan')).toBe('hts');
    await page.keyboard.press('ArrowLeft');
    await waitForIdleMap(page);
    await expect(currentDate(page)).resolves.toBe('5 December 2024');
    expect(await drawnFaction(page, 'rastan')).toBe('government');
    await page.keyboard.press('End');
    await expect(currentDate(page)).resolves.toBe('12 December 2024');
    await page.keyboard.press('Home');
    await expect(currentDate(page)).resolves.toBe('26 November 2024');
    await page.keyboard.press('PageDown'); // first change after the baseline: Urum al-Kubra taken on 27 November
    await expect(currentDate(page)).resolves.toBe('27 November 2024');
    expect(page.url()).toContain('date=2024-11-27');
  });

  it('play advances the date and recolours the map, and pause stops it', async () => {
    s = await openApp('#date=2024-12-04');
    const { page } = s;
    expect(await drawnFaction(page, 'hama')).toBe('government');
    await page.getByTestId('play').click();
    await page.waitForFunction(() => location.hash.includes('date=2024-12-06'), undefined, {
      timeout: 15_000,
    });
    await page.getByTestId('play').click(); // pause
    await waitForIdleMap(page);
    expect(await drawnFaction(page, 'hama')).toBe('hts');
    const paused = await currentDate(page);
    await page.waitForTimeout(1500);
    await expect(currentDate(page)).resolves.toBe(paused);
  });

  it('a link reproduces the view: camera, date, place and units round-trip through the URL', async () => {
    s = await openApp('#map=8/34.80/36.70&date=2024-12-07&units=mi');
    const { page } = s;
    const view = await page.evaluate(() => {
      const m = window.frontline!.map;
      return { zoom: m.getZoom(), lat: m.getCenter().lat, lon: m.getCenter().lng };
    });
    expect(view.zoom).toBeCloseTo(8, 1);
    expect(view.lat).toBeCloseTo(34.8, 1);
    expect(view.lon).toBeCloseTo(36.7, 1);
    await expect(currentDate(page)).resolves.toBe('7 December 2024');
    expect(page.url()).toMatch(/date=2024-12-07/);
    expect(page.url()).toMatch(/units=mi/);
    await expect(page.locator('.maplibregl-ctrl-scale').textContent()).resolves.toMatch(/mi|ft/);
  });

  it('a bad value in the link is ignored with a visible notice, and the app still opens', async () => {
    s = await openApp('#date=2024-13-45&map=99/abc/1&place=atlantis');
    const { page } = s;
    const notice = page.getByTestId('url-notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    const text = (await notice.textContent())!;
    expect(text).toMatch(/2024-13-45/);
    expect(text).toMatch(/atlantis/);
    // The record's default day (data/record.json `defaultDate`).
    await expect(currentDate(page)).resolves.toBe('6 December 2024');
    expect((await renderedLabels(page)).length).toBeGreaterThan(3);
    await notice.getByRole('button', { name: /dismiss/i }).click();
    await expect(notice.count()).resolves.toBe(0);
  });

  it('works on a phone-sized screen', async () => {
    s = await openApp('#date=2024-12-08', { viewport: { width: 390, height: 844 } });
    const { page } = s;
    await expect(currentDate(page)).resolves.toBe('8 December 2024');
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(350);
    expect(canvas.height).toBeGreaterThan(300);
    expect(await drawnFaction(page, 'homs')).toBe('hts');
    // No horizontal scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('place popup', () => {
  it('shows names, history, sources and the advance speed along the axis', async () => {
    s = await openApp('#date=2024-12-06&place=rastan');
    const popup = s.page.getByTestId('place-popup');
    await popup.waitFor();
    const text = (await popup.textContent())!;
    expect(text).toContain('Rastan');
    expect(text).toContain('الرستن');
    expect(text).toMatch(/Held by Military Operations Command/);
    expect(text).toContain('Associated Press'); // the seed 004_c6c7203b69ad82c5.txt, cited by its outlet
    // Hama (taken 5 December) → Rastan (6 December): the geodesic between the GeoNames points, in one day.
    const advance = (await s.page.getByTestId('popup-advance').textContent())!.replace(/\s+/g, ' ');
    // 22 874 m (geographiclib; `npx frontline distance Hama Rastan`).
    expect(advance).toMatch(/Advance from Hama: 22\.87 km .* in 1 day/);
    expect(advance).toMatch(/22\.9 km\/day/);
  });
});
