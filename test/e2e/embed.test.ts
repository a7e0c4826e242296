// `#embed` (issue 16), in real Chromium: at 600×400 the map, the compact timeline, the legend and the credits
// are all inside the viewport, with no side panel, header or scrolling; the wheel over the map scrolls the host
// page, not the map, until the reader clicks into it; the Share menu gives the permalink and the iframe snippet
// of the view on screen, and copies them.
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('#embed', () => {
  it('fits 600×400 with nothing cut off: map, compact timeline, legend and credits, no side panel', async () => {
    s = await openApp('#embed&date=2024-12-06&place=homs', { viewport: { width: 600, height: 400 } });
    const { page } = s;
    const boxes = await page.evaluate(() => {
      const q = (sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        const st = getComputedStyle(el);
        return {
          sel,
          top: r.top,
          left: r.left,
          bottom: r.bottom,
          right: r.right,
          w: r.width,
          h: r.height,
          shown: st.display !== 'none' && st.visibility !== 'hidden',
        };
      };
      return {
        parts: [
          '.maplibregl-canvas',
          '[data-testid=current-date]',
          '[data-testid=play]',
          '.timeline input[type=range]',
          '.legend summary',
          '.maplibregl-ctrl-attrib',
          '[data-testid=embed-credits]',
          '.maplibregl-ctrl-scale',
        ].map(q),
        header: document.querySelector('header.top'),
        side: q('#side-panel'),
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      };
    });
    expect(boxes.header).toBeNull();
    expect(boxes.side?.shown).toBe(false);
    expect(boxes.scroll).toEqual([600, 400]);
    for (const b of boxes.parts) {
      expect(b, 'present').not.toBeNull();
      expect(b!.shown, `${b!.sel} shown`).toBe(true);
      expect(b!.w * b!.h, `${b!.sel} has a size`).toBeGreaterThan(0);
      expect(
        b!.left >= 0 && b!.top >= 0 && b!.right <= 600 && b!.bottom <= 400,
        `${b!.sel} inside 600×400`,
      ).toBe(true);
    }
    const canvas = boxes.parts[0]!;
    // The map keeps most of the frame.
    expect(canvas.h).toBeGreaterThan(250);
    // The credits line says the areas are estimated and links to the full map of the same view.
    const credits = page.getByTestId('embed-credits');
    expect(await credits.textContent()).toMatch(/estimates/);
    const href = await credits.locator('a').getAttribute('href');
    expect(href).toMatch(/#map=.*date=2024-12-06&place=homs$/);
    expect(href).not.toContain('embed');
    // The link keeps `embed` as the view changes.
    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#embed&map=.*date=2024-12-07/);
  });

  it('the wheel over the map does not zoom it before a click into the map; after one it does, and that click opens no popup', async () => {
    s = await openApp('#embed&date=2024-12-06&map=7/34.8/37.6', { viewport: { width: 600, height: 400 } });
    const { page } = s;
    const zoom = () => page.evaluate(() => window.frontline!.map.getZoom());
    const before = await zoom();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    // A spot of open desert, away from every place dot (a click there opens no popup).
    const x = box.x + box.width * 0.85;
    const y = box.y + box.height * 0.75;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(600);
    await waitForIdleMap(page);
    expect(await zoom()).toBe(before);
    await page.mouse.click(x, y);
    // The waking click only wakes the map: no area popup opens under the reader's wheel.
    await page.waitForTimeout(300);
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    await page.mouse.wheel(0, -600);
    await expect.poll(zoom, { timeout: 5000 }).toBeGreaterThan(before + 0.2);
  });
});

describe('the Share menu', () => {
  it('gives the permalink and the iframe snippet of the view on screen, and copies them', async () => {
    s = await openApp('#date=2024-12-06&place=rastan');
    const { page, context } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('share-menu').click();
    const permalink = await page.getByTestId('share-permalink').inputValue();
    const hash = await page.evaluate(() => location.hash);
    expect(permalink).toBe(new URL(hash, page.url()).href);
    expect(permalink).toMatch(/date=2024-12-06&place=rastan/);
    const iframe = await page.getByTestId('share-iframe').inputValue();
    expect(iframe).toMatch(
      /^<iframe src="[^"]+#embed&amp;map=[^"]+&amp;date=2024-12-06&amp;place=rastan" width="600" height="400" title="[^"<>]+"/,
    );
    await page.getByTestId('share-copy-iframe').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    await page.getByTestId('share-copy-permalink').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);

    // The snippet works: its address, opened at 600×400, shows the embed of the same date.
    const src = /src="([^"]+)"/.exec(iframe)![1]!.replace(/&amp;/g, '&');
    const embed = await context.newPage();
    await embed.setViewportSize({ width: 600, height: 400 });
    await embed.goto(src);
    await waitForIdleMap(embed);
    expect(await embed.locator('header.top').count()).toBe(0);
    expect((await embed.getByTestId('current-date').textContent())!.trim()).toBe('6 December 2024');
    await embed.close();
  });
});
