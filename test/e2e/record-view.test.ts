// The app takes what makes the record this record from data/record.json: the day it opens on, the header, the
// view, the label sides, the milestones.
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, type AppSession } from './harness';
import { recordAt } from '../fixtures/records/open';

const { info } = recordAt();
let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('the record’s own settings', () => {
  it('opens on the record’s default day and view, with its header', async () => {
    s = await openApp();
    const { page } = s;
    await expect(page.getByTestId('current-date').textContent()).resolves.toMatch(/6 December 2024/);
    await expect(page.locator('h1').textContent()).resolves.toContain(info.header);
    const b = await page.evaluate(() => window.frontline!.map.getBounds().toArray());
    const [w, south, e, n] = info.view.bounds;
    // The map fits the record's bounds: they lie inside what is shown.
    expect(b[0][0]).toBeLessThanOrEqual(w);
    expect(b[0][1]).toBeLessThanOrEqual(south);
    expect(b[1][0]).toBeGreaterThanOrEqual(e);
    expect(b[1][1]).toBeGreaterThanOrEqual(n);
    const anchor = await page.evaluate(() =>
      JSON.stringify(window.frontline!.map.getLayoutProperty('labels-record', 'text-anchor')),
    );
    for (const [id, side] of Object.entries(info.labelHints.anchors))
      expect(anchor).toContain(`"${id}","${side}"`);
  });

  it('names the milestones of the day on the timeline', async () => {
    s = await openApp('#date=2024-12-08');
    const labels = await s.page.getByTestId('milestone').allTextContents();
    expect(labels).toEqual(['Homs falls', 'Damascus falls']);
  });

  it('suggests places from the core gazetteer while a name is typed into the ruler', async () => {
    s = await openApp('#date=2024-12-06');
    await s.page.getByTestId('ruler-place-input').fill('tallbis');
    const options = await s.page
      .locator('#ruler-place-suggestions option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options[0]).toBe('Talbiseh');
  });
});
