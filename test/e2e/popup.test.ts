// The place popup and the sources, in real Chromium (issue 13): on a 390×844 phone the popup is a bottom sheet
// inside the screen that scrolls and closes with its button or a swipe; on a desktop it stays inside the map
// wherever the place is; sources are http(s) links that open in a new tab with no opener or referrer, with
// outlet and date; an event's caveats are shown with it in the event log and in the popup.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on the page`);
  return b;
}

describe('place popup', () => {
  it('on a 390×844 phone it is a bottom sheet inside the screen that scrolls and closes with a swipe', async () => {
    s = await openApp('#date=2024-12-06&place=rastan', { viewport: { width: 390, height: 844 } });
    const { page } = s;
    const sheet = page.getByTestId('place-popup');
    await sheet.waitFor();
    const b = (await sheet.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(390);
    expect(b.y + b.height).toBeLessThanOrEqual(844);
    // On top of the ruler box, not under it.
    const onTop = await page.evaluate(() => {
      const s = document.querySelector('[data-testid="place-popup"]')!.getBoundingClientRect();
      const hit = document.elementFromPoint(s.x + s.width / 2, s.y + s.height - 10);
      return !!hit?.closest('[data-testid="place-popup"]');
    });
    expect(onTop).toBe(true);
    // Its sources can be reached: the body scrolls to the last one.
    const scrolled = await page.evaluate(() => {
      const body = document.querySelector('[data-testid="place-popup"] .body') as HTMLElement;
      const before = body.scrollHeight > body.clientHeight;
      body.scrollTop = body.scrollHeight;
      return { before, top: body.scrollTop };
    });
    expect(scrolled.before).toBe(true);
    expect(scrolled.top).toBeGreaterThan(0);
    const lastSource = page.getByTestId('place-popup').locator('blockquote').last();
    const lb = (await lastSource.boundingBox())!;
    expect(lb.y + lb.height).toBeLessThanOrEqual(844);
    // The place itself is moved into the part of the map above the sheet.
    await waitForIdleMap(page);
    const rastanY = await page.evaluate(() => {
      const map = window.frontline!.map;
      return map.project([36.73241, 34.92667]).y + map.getContainer().getBoundingClientRect().y;
    });
    expect(rastanY).toBeLessThan(b.y);

    // Swipe down on the handle: closed, and the URL forgets the place.
    const handle = (await page.getByTestId('sheet-handle').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 150, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => sheet.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('place=');
  });

  it('the sheet also closes with its button', async () => {
    s = await openApp('#date=2024-12-06&place=homs', { viewport: { width: 390, height: 844 } });
    const { page } = s;
    await page.getByTestId('place-popup').waitFor();
    await page.getByTestId('popup-close').click();
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(0);
  });

  it('Escape closes the popup first and leaves the ruler; a second Escape clears the ruler', async () => {
    s = await openApp('#date=2024-12-06&place=homs&ruler=36.73241,34.92667;36.72339,34.72682');
    const { page } = s;
    await page.getByTestId('place-popup').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toContain('ruler=');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('ruler=');
  });

  it('on a desktop it stays inside the map for places at every edge', async () => {
    // Far north-east (Malikiyah region), far south (Deraa), far west (Latakia), and Hama mid-map, at a zoom
    // where the places sit near the map's edges.
    for (const [place, camera] of [
      ['deraa', '7/33.2/36.1'],
      ['latakia', '7/35.6/36.4'],
      ['aleppo', '7/36.6/37.2'],
      ['hama', '6/35/38'],
    ] as const) {
      s = await openApp(`#map=${camera}&date=2024-12-06&place=${place}`, {
        viewport: { width: 1280, height: 860 },
      });
      const { page } = s;
      await page.getByTestId('place-popup').waitFor();
      const map = await box(page, '.maplibregl-map');
      const p = await box(page, '[data-testid="place-popup"]');
      expect(p.x, place).toBeGreaterThanOrEqual(map.x);
      expect(p.y, place).toBeGreaterThanOrEqual(map.y);
      expect(p.x + p.width, place).toBeLessThanOrEqual(map.x + map.width + 0.5);
      expect(p.y + p.height, place).toBeLessThanOrEqual(map.y + map.height + 0.5);
      await closeChecked(s);
      s = undefined;
    }
  });
});

describe('sources and caveats', () => {
  it('the event log cites outlet and date, links http(s) sources safely, and shows each event’s caveats', async () => {
    s = await openApp('#date=2024-12-03');
    const { page } = s;
    // Safira, 3 December: low confidence, no source names the day; cited to Shafaq News with a URL.
    const item = page.locator('.log li', { has: page.getByRole('button', { name: /^Safira, 3 December/ }) });
    expect(await item.getByTestId('caveats').textContent()).toMatch(
      /low confidence.*no source names the day/,
    );
    const link = item.getByRole('link', { name: 'Shafaq News' }).first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.shafaq\.com\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await item.locator('cite').last().textContent()).toMatch(/Shafaq News, 3 December 2024/);
    // Every link in the log and the popup is http(s), with the same attributes.
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.log a, [data-testid="place-popup"] a')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
      })),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.rel).toBe('noopener noreferrer');
      expect(l.target).toBe('_blank');
    }
  });

  it('the popup shows the same caveats and links for the place’s events', async () => {
    s = await openApp('#date=2024-12-06&place=safira');
    const { page } = s;
    const popup = page.getByTestId('place-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/low confidence · approximate day: no source names the day/);
    const link = popup.getByRole('link', { name: 'Shafaq News' }).first();
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
  });
});
