// Changes animate visibly (issue 13), in real Chromium: a day's areas cross-fade into the next day's (the
// canvas shows colours between the two while it does), and a place that changed pulses for well over a second.
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('change animation', () => {
  it('areas cross-fade between days: the canvas passes through colours between the old and the new', async () => {
    // Hama falls on 5 December: the area just south-east of the city turns from government to opposition colours.
    s = await openApp('#map=8/35.13/36.9&date=2024-12-04');
    const { page } = s;
    const colours = await page.evaluate(async () => {
      const map = window.frontline!.map;
      const p = map.project([36.82, 35.06]);
      const ratio = map.getCanvas().width / map.getCanvas().clientWidth;
      const read = (): string => {
        const c = document.createElement('canvas');
        c.width = c.height = 1;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(map.getCanvas(), p.x * ratio, p.y * ratio, 1, 1, 0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
      };
      const before = read();
      const seen: string[] = [];
      (document.querySelector('button[aria-label="Next day"]') as HTMLButtonElement).click();
      const t0 = performance.now();
      // Every frame until the colour has been the new day's for a second (the territory worker and the
      // software renderer take their time), or 8 s.
      let changedAt = 0;
      await new Promise<void>((done) => {
        const tick = (): void => {
          const c = read();
          const last = seen.at(-1);
          seen.push(c);
          const now = performance.now();
          if (c !== last) changedAt = now;
          if (now - t0 > 8000 || (c !== before && now - changedAt > 1000)) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      return { before, seen, after: read() };
    });
    expect(colours.after).not.toBe(colours.before);
    const between = new Set(colours.seen.filter((c) => c !== colours.before && c !== colours.after));
    // At least one frame drawn with neither day's colour: the two were blended, not switched.
    expect(between.size).toBeGreaterThan(0);
  });

  it('a changed place pulses long enough to be seen (still pulsing after 1 s, done by 3 s)', async () => {
    s = await openApp('#date=2024-12-04');
    const { page } = s;
    // Sampled in the page, with the page's own clock: the pulse's value some time after the click.
    const samples = await page.evaluate(async () => {
      const map = window.frontline!.map;
      const f = map.querySourceFeatures('places').find((q) => q.properties?.id === 'hama')!;
      const pulse = () => Number(map.getFeatureState({ source: 'places', id: f.id! }).pulse ?? 0);
      (document.querySelector('button[aria-label="Next day"]') as HTMLButtonElement).click();
      const t0 = performance.now();
      const out: Array<[number, number]> = [];
      while (performance.now() - t0 < 3200) {
        await new Promise((r) => setTimeout(r, 50));
        out.push([performance.now() - t0, pulse()]);
      }
      return out;
    });
    expect(samples.some(([t, p]) => t >= 1000 && p > 0)).toBe(true);
    expect(samples.filter(([t]) => t >= 3000).every(([, p]) => p === 0)).toBe(true);
    await waitForIdleMap(page);
  });
});
