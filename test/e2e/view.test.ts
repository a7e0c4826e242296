// The link is the view, and the keyboard does one thing per key (issue 13), in real Chromium: the map follows
// a hash set after load and Back/Forward; deliberate moves push history, day steps replace it; a date typed
// outside the record is clamped with a notice; the timeline comes before the event log in the tab order;
// → on the focused map pans it without changing the day; Page Down is the next change, on the slider too.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

async function drawnFaction(page: Page, placeId: string): Promise<string> {
  return page.evaluate((id) => {
    const map = window.frontline!.map;
    const f = map.querySourceFeatures('places').find((q) => q.properties?.id === id);
    if (!f || f.id === undefined) throw new Error(`no feature for ${id}`);
    return String(map.getFeatureState({ source: 'places', id: f.id }).faction ?? '');
  }, placeId);
}

const currentDate = async (page: Page) => (await page.getByTestId('current-date').textContent())!.trim();
const hash = (page: Page) => page.evaluate(() => location.hash);
const historyLength = (page: Page) => page.evaluate(() => history.length);

describe('the URL', () => {
  it('the map follows a hash set after load, as a pasted link or a script would', async () => {
    s = await openApp('#date=2024-12-05');
    const { page } = s;
    expect(await drawnFaction(page, 'rastan')).toBe('government');
    await page.evaluate(() => (location.hash = '#date=2024-12-06&place=rastan'));
    await expect.poll(() => currentDate(page)).toBe('6 December 2024');
    await waitForIdleMap(page);
    expect(await drawnFaction(page, 'rastan')).toBe('hts');
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(1);
    expect(await page.getByTestId('place-popup').textContent()).toContain('Rastan');
    // The camera in a hash is applied too.
    await page.evaluate(() => (location.hash = '#map=9/34.7/36.7&date=2024-12-06'));
    await expect
      .poll(() => page.evaluate(() => window.frontline!.map.getZoom()), { timeout: 10_000 })
      .toBeCloseTo(9, 1);
    // The popup closed: the new hash names no place.
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(0);
  });

  it('Back returns from deliberate moves; day steps replace the entry instead of adding one', async () => {
    s = await openApp('#date=2024-12-01');
    const { page } = s;
    const start = await historyLength(page);
    // Three day steps: one entry, replaced each time.
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => hash(page)).toContain('date=2024-12-04');
    expect(await historyLength(page)).toBe(start);
    // "Next change" is a jump: a new entry.
    await page.getByRole('button', { name: 'Next change' }).click();
    await expect.poll(() => hash(page)).toContain('date=2024-12-05');
    expect(await historyLength(page)).toBe(start + 1);
    // An event-log click: date, place and camera in one new entry.
    const rastan = page.getByRole('button', { name: /^Rastan, 6 December 2024/ });
    await page.getByRole('button', { name: 'Next day' }).click(); // 6 December, so the log lists Rastan
    await rastan.click();
    await expect.poll(() => hash(page)).toContain('place=rastan');
    await waitForIdleMap(page);
    expect(await historyLength(page)).toBe(start + 2);

    await page.goBack();
    await expect.poll(() => hash(page)).not.toContain('place=rastan');
    await expect.poll(() => page.getByTestId('place-popup').count()).toBe(0);
    await expect(currentDate(page)).resolves.toBe('6 December 2024');
    await page.goBack();
    await expect.poll(() => currentDate(page)).toBe('4 December 2024');
    await waitForIdleMap(page);
    expect(await drawnFaction(page, 'hama')).toBe('government');
    await page.goForward();
    await expect.poll(() => currentDate(page)).toBe('6 December 2024');
    await waitForIdleMap(page);
    expect(await drawnFaction(page, 'hama')).toBe('hts');
  });

  it('a date typed outside the record is clamped with a notice, and the picker shows the map’s date', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const picker = page.getByTestId('date-picker');
    await picker.fill('2025-03-01');
    await expect.poll(() => currentDate(page)).toBe('12 December 2024');
    expect(await picker.inputValue()).toBe('2024-12-12');
    expect(await page.getByTestId('date-notice').textContent()).toMatch(
      /1 March 2025 is outside the record .*showing 12 December 2024/,
    );
    await picker.fill('2020-01-01');
    await expect.poll(() => currentDate(page)).toBe('26 November 2024');
    expect(await picker.inputValue()).toBe('2024-11-26');
    // An in-range date is taken as it is, and the notice goes.
    await picker.fill('2024-12-03');
    await expect.poll(() => currentDate(page)).toBe('3 December 2024');
    await expect(page.getByTestId('date-notice').count()).resolves.toBe(0);
    expect(await hash(page)).toContain('date=2024-12-03');
  });
});

describe('keyboard', () => {
  it('the timeline comes before the event log in the tab order', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const order = await page.evaluate(() => {
      const play = document.querySelector('[data-testid="play"]')!;
      const firstEvent = document.querySelector('.log button')!;
      return play.compareDocumentPosition(firstEvent) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    // And by pressing Tab: Play is reached before any event-log button.
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a) return '';
        if (a.dataset.testid === 'play') return 'play';
        if (a.closest('.log')) return 'log';
        return a.tagName;
      });
      seen.push(what);
      if (what === 'play' || what === 'log') break;
    }
    expect(seen.at(-1)).toBe('play');
  });

  it('→ on the focused map pans it and leaves the day alone', async () => {
    s = await openApp('#date=2024-12-05&map=7/35/37');
    const { page } = s;
    await page.locator('.maplibregl-canvas').focus();
    const before = await page.evaluate(() => window.frontline!.map.getCenter().lng);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => window.frontline!.map.getCenter().lng))
      .toBeGreaterThan(before + 0.05);
    await expect(currentDate(page)).resolves.toBe('5 December 2024');
    // Page Down is not the map's: it is the next change, from the map too.
    await page.keyboard.press('PageDown');
    await expect.poll(() => currentDate(page)).toBe('6 December 2024');
  });

  it('on the date slider the arrows step a day and Page Down / Page Up go to the next / previous change', async () => {
    s = await openApp('#date=2024-12-01');
    const { page } = s;
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentDate(page)).toBe('2 December 2024');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentDate(page)).toBe('1 December 2024');
    const changes = await page.evaluate(() =>
      [...document.querySelectorAll('.tick')].map((t) => (t as HTMLElement).title),
    );
    expect(changes.length).toBeGreaterThan(5);
    await page.keyboard.press('PageDown');
    const afterDown = await currentDate(page);
    expect(afterDown).not.toBe('1 December 2024');
    expect(Date.parse(afterDown)).toBeGreaterThan(Date.parse('1 December 2024'));
    expect(changes.some((t) => t.startsWith(afterDown))).toBe(true);
    await page.keyboard.press('PageUp');
    const afterUp = await currentDate(page);
    expect(Date.parse(afterUp)).toBeLessThan(Date.parse(afterDown));
    await page.keyboard.press('End');
    await expect.poll(() => currentDate(page)).toBe('12 December 2024');
    await page.keyboard.press('Home');
    await expect.poll(() => currentDate(page)).toBe('26 November 2024');
    // The slider itself agrees with the date.
    expect(await slider.getAttribute('aria-valuetext')).toBe('26 November 2024');
  });
});

describe('the timeline', () => {
  it('names the record’s milestones under the track; a click goes to the day and opens the place', async () => {
    s = await openApp('#date=2024-11-28');
    const { page } = s;
    const markers = page.getByTestId('milestone-marker');
    // From data/record.json: Aleppo, Hama, and one marker for the day Homs and Damascus fell.
    expect(await markers.allTextContents()).toEqual([
      'Aleppo falls',
      'Hama falls',
      'Homs falls · Damascus falls',
    ]);
    const entries = await historyLength(page);
    await markers.nth(1).click();
    await expect.poll(() => currentDate(page)).toBe('5 December 2024');
    await expect.poll(() => page.getByTestId('place-popup').locator('h2').textContent()).toBe('Hama');
    expect(await hash(page)).toContain('place=hama');
    expect(await historyLength(page)).toBe(entries + 1);
    await waitForIdleMap(page);
    expect(await drawnFaction(page, 'hama')).toBe('hts');
  });

  it('the header’s span is the track’s span', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const ends = await page.locator('.ends span').allTextContents();
    expect(ends).toEqual(['26 November 2024', '12 December 2024']);
    expect(await page.locator('h1').textContent()).toContain('26 November – 12 December 2024');
  });

  it('Follow moves the camera on a day step too, not only during playback', async () => {
    s = await openApp('#map=9/36.2/37.15&date=2024-12-04');
    const { page } = s;
    await page.getByRole('checkbox', { name: /follow/i }).check();
    const before = await page.evaluate(() => window.frontline!.map.getCenter().toArray());
    await page.getByRole('button', { name: 'Next day' }).click(); // 5 December: Hama and its countryside
    await expect
      .poll(() => page.evaluate(() => window.frontline!.map.getCenter().lat), { timeout: 10_000 })
      .toBeLessThan(before[1]! - 0.3);
  });
});
