// Download ▸ Animation… (issue 16), in real Chromium: a short range renders frame by frame into a WebM (WebCodecs
// + webm-muxer) and a GIF (gifenc); both files parse with the expected frame count, size and timing, the frame
// list runs from the first day to the last, the preview plays, and the map is put back as it was. Cancel stops
// a render. Ranges and sizes are small: software GL draws every frame here.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';
import { parseGif, parseWebm } from '../fixtures/media';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

async function fill(
  page: Page,
  o: { from: string; to: string; w: number; h: number; fps: number; gif: boolean },
) {
  await page.getByTestId('download-menu').click();
  await page.getByTestId('download-animation').click();
  await page.getByTestId('animation-from').fill(o.from);
  await page.getByTestId('animation-to').fill(o.to);
  await page.getByTestId('animation-dps').selectOption('2');
  await page.getByTestId('animation-size').selectOption('custom');
  await page.getByTestId('animation-width').fill(String(o.w));
  await page.getByTestId('animation-height').fill(String(o.h));
  await page.getByTestId('animation-fps').fill(String(o.fps));
  if (o.gif) await page.getByTestId('animation-gif').check();
}

describe('animation', () => {
  it('renders 5–6 December as a WebM and a GIF with the expected frames, size and days', async () => {
    s = await openApp('#date=2024-12-08');
    const { page } = s;
    const canvasBefore = await page.evaluate(() => [
      window.frontline!.map.getCanvas().width,
      window.frontline!.map.getCanvas().height,
    ]);
    await fill(page, { from: '2024-12-05', to: '2024-12-06', w: 320, h: 240, fps: 4, gif: true });
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByTestId('animation-render').click();
    const result = page.getByTestId('animation-result');
    await result.waitFor({ timeout: 90_000 });
    // 2 days at 2 days/s and 4 frames/s: 2 frames a day.
    const frames = JSON.parse((await result.getAttribute('data-frames'))!) as string[];
    expect(frames).toEqual(['2024-12-05', '2024-12-05', '2024-12-06', '2024-12-06']);
    expect(await result.getAttribute('data-encoder')).toBe('webcodecs');
    expect(await page.getByTestId('animation-count').textContent()).toBe('4 / 4 frames');
    await expect.poll(() => downloads.length).toBe(2);
    const byName = new Map(downloads.map((d) => [d.suggestedFilename(), d]));
    const webm = parseWebm(
      new Uint8Array(await readFile((await byName.get('frontline-2024-12-05-2024-12-06.webm')!.path())!)),
    );
    expect(webm).toMatchObject({ docType: 'webm', codec: 'V_VP8', width: 320, height: 240, frames: 4 });
    expect(webm.timestamps).toEqual([0, 250, 500, 750]);
    const gif = parseGif(
      new Uint8Array(await readFile((await byName.get('frontline-2024-12-05-2024-12-06.gif')!.path())!)),
    );
    // One GIF frame a day, each held half a second.
    expect(gif).toMatchObject({ version: 'GIF89a', width: 320, height: 240, frames: 2, delays: [50, 50] });

    // The preview plays in Chromium: the browser reads the file's size and length.
    const played = await page.getByTestId('animation-preview').evaluate(async (v: HTMLVideoElement) => {
      if (v.readyState < 1) await new Promise((r) => v.addEventListener('loadedmetadata', r, { once: true }));
      await v.play();
      return { w: v.videoWidth, h: v.videoHeight };
    });
    expect(played).toEqual({ w: 320, h: 240 });

    // The map is back as the reader left it: the date and the canvas size.
    expect((await page.getByTestId('current-date').textContent())!.trim()).toBe('8 December 2024');
    expect(
      await page.evaluate(() => [
        window.frontline!.map.getCanvas().width,
        window.frontline!.map.getCanvas().height,
      ]),
    ).toEqual(canvasBefore);
  });

  it('Cancel stops the render and puts the map back', async () => {
    s = await openApp('#date=2024-12-08');
    const { page } = s;
    await fill(page, { from: '2024-11-27', to: '2024-12-08', w: 320, h: 240, fps: 2, gif: false });
    await page.getByTestId('animation-render').click();
    await page.getByTestId('animation-cancel').click();
    await expect
      .poll(() => page.getByTestId('animation-message').textContent(), { timeout: 30_000 })
      .toBe('Cancelled.');
    expect(await page.getByTestId('animation-result').count()).toBe(0);
    expect((await page.getByTestId('current-date').textContent())!.trim()).toBe('8 December 2024');
  });
});
