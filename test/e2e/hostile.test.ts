// Bad input never passes silently (issue 14), in real Chromium: a link with a 100,000-character ruler keeps the
// page as wide as the screen and its notice dismissable; a record with no events is refused with a banner; a
// 50 MB events file of bad lines is checked in a worker while the page keeps answering, the report lists 100
// problems and "and N more", and the record on screen stays.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';
import { REPO_ROOT } from '../fixtures/records/open';

const work = mkdtempSync(join(tmpdir(), 'frontline-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the bundled record under `work/name`, its events file replaced by `events`. */
function withEvents(name: string, events: string): string {
  const root = join(work, name);
  // The whole of data/ and geo/: the record names more files as it grows (record.json's geo and barriers).
  for (const dir of ['data', 'geo']) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
  writeFileSync(join(root, 'data/events.jsonl'), events);
  return root;
}

/** Page width, viewport width, and the dismiss button's box, of the notice with `testId`. */
async function layout(page: Page, testId: string) {
  const box = await page.getByTestId(testId).getByRole('button').boundingBox();
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    viewport: window.innerWidth,
    height: window.innerHeight,
  }));
  return { box, ...widths };
}

/** Starts recording the page's long tasks (over 50 ms of the main thread). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
}

/** The durations of the long tasks recorded since watchLongTasks, in ms. */
function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('hostile input in the browser', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 740 }],
  ])('#ruler= and 100,000 characters (%s): bounded notice, dismiss button on screen', async (_, viewport) => {
    s = await openApp(`#date=2024-12-06&ruler=${'9'.repeat(100_000)}`, { viewport });
    const { page } = s;
    const notice = page.getByTestId('url-notice');
    const text = (await notice.textContent())!;
    expect(text).toContain(`ruler: point 1 "${'9'.repeat(60)}…" is not lon,lat`);
    expect(text.length).toBeLessThan(200);
    const l = await layout(page, 'url-notice');
    expect(l.scroll).toBeLessThanOrEqual(l.viewport);
    expect(l.body).toBeLessThanOrEqual(l.viewport);
    expect(l.box).not.toBeNull();
    expect(l.box!.x).toBeGreaterThanOrEqual(0);
    expect(l.box!.x + l.box!.width).toBeLessThanOrEqual(l.viewport);
    expect(l.box!.y + l.box!.height).toBeLessThanOrEqual(l.height);
    await notice.getByRole('button').click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('100,000 characters typed into the place search and the ruler: bounded echoes, page within the screen', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const long = 'q'.repeat(100_000);
    for (const [input, message] of [
      ['place-search', 'place-search-message'],
      ['ruler-place-input', 'ruler-message'],
    ] as const) {
      await page.getByTestId(input).fill(long);
      await page.getByTestId(input).press('Enter');
      const text = (await page.getByTestId(message).textContent())!;
      expect(text.length).toBeLessThan(200);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.viewport);
      await page.getByTestId(input).fill('');
    }
    expect(await page.getByTestId('ruler-message').textContent()).toBe(
      `No place called “${'q'.repeat(60)}…” in the gazetteer.`,
    );
  });

  it('a record whose events file holds only comments: a banner naming it, the record kept', async () => {
    const empty = withEvents('no-events', '# not one event yet\n\n');
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await page.getByTestId('open-record').click();
    await page.getByTestId('open-folder').setInputFiles(empty);
    const errors = page.getByTestId('record-errors');
    await expect.poll(() => errors.count()).toBe(1);
    expect(await errors.textContent()).toContain(
      'data/events.jsonl:1: field "(file)": no events: the file is empty or holds only comments',
    );
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('6 December 2024');
  });

  it('a 50 MB events file of bad lines: checked off the page, 100 problems and "and N more"', async () => {
    // 500,000 lines of about 100 bytes, none valid JSON: the case that once hung the page for minutes.
    const line = `{"id":"bad","date":"2024-12-06","place":"homs","status":"controlled","factions":["hts"],"note":"`;
    const big = withEvents(
      'huge',
      `${Array.from({ length: 500_000 }, (_, i) => `${line}${i}`).join('\n')}\n`,
    );
    expect(readFileSync(join(big, 'data/events.jsonl')).length).toBeGreaterThan(50_000_000);
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await watchLongTasks(page);
    await page.getByTestId('open-record').click();
    const t0 = Date.now();
    await page.getByTestId('open-folder').setInputFiles(big);
    const errors = page.getByTestId('record-errors');
    await expect.poll(() => errors.count(), { timeout: 60_000 }).toBe(1);
    const seconds = (Date.now() - t0) / 1000;
    const items = await errors.locator('li').allTextContents();
    expect(items).toHaveLength(101);
    expect(items[0]).toMatch(/^data\/events\.jsonl:1: field "\(line\)": not valid JSON/);
    expect(items[99]).toMatch(/^data\/events\.jsonl:100: /);
    expect(items[100]).toBe(
      '… and 900 more problems; reading stopped after 1000 problems, so there may be more: fix these first',
    );
    const long = await longTasks(page);
    console.log(`50 MB bad record: refused in ${seconds.toFixed(1)} s; long tasks (ms): ${long.join(', ')}`);
    expect(Math.max(0, ...long)).toBeLessThan(2000);
    // The record on screen is kept, and still answers.
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('6 December 2024');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('current-date').textContent()).toBe('7 December 2024');
  });

  it('150,000 well-formed events of an unknown place: seconds of checking, none of them on the page', async () => {
    // Every line passes the schema, so the loader reads and validates them all before the place check
    // finds the first problem: the slowest bad record per byte. On the main thread this froze the page.
    const lines = Array.from({ length: 150_000 }, (_, i) =>
      JSON.stringify({
        id: `e${i}`,
        date: '2024-12-06',
        place: 'nowhere',
        status: 'controlled',
        factions: ['hts'],
        citations: [{ source: 'x', quote: 'q' }],
        confidence: 'high',
        precision: 'day',
      }),
    );
    const slow = withEvents('slow', `${lines.join('\n')}\n`);
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await watchLongTasks(page);
    await page.getByTestId('open-record').click();
    const t0 = Date.now();
    await page.getByTestId('open-folder').setInputFiles(slow);
    const errors = page.getByTestId('record-errors');
    await expect.poll(() => errors.count(), { timeout: 80_000 }).toBe(1);
    const seconds = (Date.now() - t0) / 1000;
    const items = await errors.locator('li').allTextContents();
    expect(items[0]).toMatch(/^data\/events\.jsonl:1: field "[^"]+": /);
    expect(items).toHaveLength(101);
    const long = await longTasks(page);
    console.log(`150,000 events: refused in ${seconds.toFixed(1)} s; long tasks (ms): ${long.join(', ')}`);
    // Checked on the page instead, this record was one task of 3.2 s; in the worker the longest measured
    // 0.2–1 s on this shared machine (reading the files, garbage collection).
    expect(Math.max(0, ...long)).toBeLessThan(2000);
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('6 December 2024');
  });
});
