// The advance chart and the distance panel in real Chromium: clicking a day sets the date; the panel names the
// nearest opposition place to Homs for that date. On 2024-12-06 that is al-Dar al-Kabirah, taken that day with
// Rastan and Talbiseh (issue 11's research), 7 580.652 m from Homs' GeoNames point to the village's Wikipedia
// coordinates (geographiclib); Talbiseh is 12 654.463 m (STACK.md).
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('advance chart and distance panel', () => {
  it('clicking a day on the chart sets the date; the panel follows', async () => {
    s = await openApp('#date=2024-11-27');
    const { page } = s;
    const chart = page.getByTestId('advance-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toMatch(/nearest opposition-held place/);

    // The x scale runs from the record's first day at 42 px to its last at width − 20 px (AdvanceChart).
    const box = (await chart.boundingBox())!;
    const dayButtons = page.locator('figure.advance details:last-of-type tbody th button');
    const dayCount = await dayButtons.count();
    expect(dayCount).toBe(17); // 2024-11-26 … 2024-12-12
    expect(await dayButtons.first().textContent()).toBe('26 Nov');
    // 2024-12-06 is day 10 after 2024-11-26.
    const i = 10;
    const x = 42 + (i / (dayCount - 1)) * (box.width - 42 - 20);
    await chart.click({ position: { x, y: box.height / 2 } });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('date=2024-12-06');
    await expect.poll(() => page.getByTestId('advance-readout').textContent()).toContain('6 Dec: 7.58 km');

    const row = page.getByTestId('distance-table').locator('tr', { hasText: 'Opposition' });
    expect(await row.textContent()).toMatch(/Al-Dar al-Kabirah\s*7\.58 km/);
  });

  it('lists the seed claims with a verdict each', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await page.getByTestId('claims').locator('summary').click();
    const items = page.getByTestId('claims').locator(':scope > ul > li');
    expect(await items.count()).toBe(3);
    expect(await items.first().textContent()).toMatch(/five kilometers \(three miles\) from the outskirts/);
    expect(await items.first().textContent()).toMatch(/Holds|Does not hold/);
  });

  it('draws only the advancing side’s line by default; the others are one click away', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const sides = () =>
      page.evaluate(() => {
        const feats = window.frontline!.map.querySourceFeatures('tools-distance');
        return [...new Set(feats.map((f) => String(f.properties.side)))].sort();
      });
    await page.evaluate(() => window.frontline!.idle());
    expect(await sides()).toEqual(['opposition']);
    // The SDF row's checkbox adds its line (182 km across the country) and only it.
    const sdf = page.getByTestId('distance-table').locator('tr[data-side="sdf"]');
    await sdf.getByRole('checkbox').check();
    await expect.poll(sides).toEqual(['opposition', 'sdf']);
    await sdf.getByRole('checkbox').uncheck();
    await expect.poll(sides).toEqual(['opposition']);
  });

  it('when a side holds the target, the panel and the chart say "holds Homs", 0 km', async () => {
    s = await openApp('#date=2024-12-08');
    const { page } = s;
    const opp = page.getByTestId('distance-table').locator('tr[data-side="opposition"]');
    expect(await opp.locator('td').first().textContent()).toBe('holds Homs (0 km)');
    await expect
      .poll(() => page.getByTestId('advance-readout').textContent())
      .toBe('8 Dec: holds Homs (0 km)');
    expect(await page.getByTestId('advance-chart').getAttribute('aria-label')).toMatch(/holds Homs/);
    // No opposition line is drawn to a place it holds.
    await page.evaluate(() => window.frontline!.idle());
    const lines = await page.evaluate(
      () => window.frontline!.map.querySourceFeatures('tools-distance').length,
    );
    expect(lines).toBe(0);
    // The day before, the government held it: the government row says so.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('advance-readout').textContent()).not.toContain('holds');
  });
});
