// Honest territory in real Chromium, read from what the map renders at a point: on 26 November the desert
// east of Palmyra is drawn as no information, Idlib city lies in the opposition's area and Homs in the
// government's; on 6 December the opposition's area reaches Talbiseh while the government's holds Homs.
// A click on an area opens a popup naming the places it was drawn from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

const places = new Map(
  readFileSync(resolve(import.meta.dirname, '../../geo/places.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { id: string; lon: number; lat: number })
    .map((p) => [p.id, [p.lon, p.lat] as [number, number]]),
);
const at = (id: string) => places.get(id)!;

/** What the map draws at a point: 'no-information', 'contested', an area's bloc, or '' for nothing. */
async function drawnAt(page: Page, lngLat: [number, number]): Promise<string> {
  return page.evaluate((p) => {
    const map = window.frontline!.map;
    const px = map.project(p);
    // Both areas layers (they cross-fade between days): only the one shown is opaque.
    const layers = ['no-information-fill', 'contested-areas', 'areas-fill', 'areas-fill-b'].filter(
      (l) => map.getLayer(l) && (!l.startsWith('areas') || map.getPaintProperty(l, 'fill-opacity') !== 0),
    );
    const f = map.queryRenderedFeatures(px, { layers })[0];
    if (!f) return '';
    const kind = String(f.properties?.kind);
    return kind === 'area' ? String(f.properties?.bloc) : kind;
  }, lngLat);
}

describe('estimated areas on the map', () => {
  it('26 November: desert east of Palmyra is no information; Idlib is the opposition’s, Homs the government’s', async () => {
    s = await openApp('#date=2024-11-26');
    const { page } = s;
    // 60 km east of Palmyra, 43 km from the nearest place of the record.
    expect(await drawnAt(page, [38.9, 34.5])).toBe('no-information');
    expect(await drawnAt(page, at('idlib'))).toBe('opposition');
    expect(await drawnAt(page, at('homs'))).toBe('government');
    await expect(page.getByLabel('Legend').textContent()).resolves.toMatch(/No information/);
  });

  it('6 December: the opposition’s area reaches Talbiseh, the government’s holds Homs; an area’s popup names its places', async () => {
    s = await openApp('#map=9/34.86/36.75&date=2024-12-06');
    const { page } = s;
    expect(await drawnAt(page, at('talbiseh'))).toBe('opposition');
    expect(await drawnAt(page, at('homs'))).toBe('government');
    // Click the opposition's area near Talbiseh where no place's dot or label is drawn.
    const [lon, lat] = at('talbiseh');
    const px = await page.evaluate(
      ({ lon, lat }) => {
        const map = window.frontline!.map;
        const r = map.getCanvas().getBoundingClientRect();
        const placeLayers = ['places', 'labels-record', 'labels-minor'].filter((l) => map.getLayer(l));
        for (const [dx, dy] of [
          [0.12, 0.06],
          [0.1, -0.08],
          [-0.1, 0.08],
          [0.15, 0],
          [0, 0.12],
        ] as const) {
          const q = map.project([lon + dx, lat + dy]);
          const box: [[number, number], [number, number]] = [
            [q.x - 6, q.y - 6],
            [q.x + 6, q.y + 6],
          ];
          if (map.queryRenderedFeatures(box, { layers: placeLayers }).length) continue;
          const a = map.queryRenderedFeatures(q, { layers: ['areas-fill', 'areas-fill-b'] })[0];
          if (a?.properties?.bloc === 'opposition') return { x: r.left + q.x, y: r.top + q.y };
        }
        throw new Error('no clear point of the opposition area near Talbiseh');
      },
      { lon, lat },
    );
    await page.mouse.click(px.x, px.y);
    const popup = page.getByRole('dialog', { name: /estimated area/ });
    await expect.poll(() => popup.count()).toBe(1);
    const text = (await popup.textContent()) ?? '';
    expect(text).toMatch(/Drawn from \d+ places/);
    expect(text).toContain('Talbiseh');
    expect(text).toContain('Rastan');
  });
});
