// What "the app works" means to the offline tests: the map has drawn its labels and the places' colours of
// the day, the timeline shows the date, and the event log lists the record's changes.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export async function expectRecordShown(page: Page, date: string, longDate: string): Promise<void> {
  const labels = await page.evaluate(() => {
    const map = window.frontline!.map;
    const layers = ['labels-record', 'labels-minor'].filter((l) => map.getLayer(l));
    return map.queryRenderedFeatures(undefined, { layers }).map((f) => String(f.properties?.name));
  });
  for (const name of ['Aleppo', 'Homs', 'Damascus']) expect(labels).toContain(name);
  const drawn = await page.evaluate(() => {
    const map = window.frontline!.map;
    return map
      .querySourceFeatures('places')
      .filter((f) => f.id !== undefined && map.getFeatureState({ source: 'places', id: f.id }).faction)
      .length;
  });
  expect(drawn, 'places coloured by the faction holding them').toBeGreaterThan(50);
  expect((await page.getByTestId('current-date').textContent())?.trim()).toBe(longDate);
  expect(page.url()).toContain(`date=${date}`);
  const changes = await page.locator('section[aria-label="Event log"] li').count();
  expect(changes, 'event log entries').toBeGreaterThan(10);
}
