// Offline for real: after one visit, the service worker (scripts/vite/offline.ts) has the whole build, and the
// app opens again with the network cut and its server gone. This test serves dist/ itself (the shared
// server of the other tests must stay up), closes that server after the first visit, and checks that
// nothing failed on the reload and that every response came from the service worker.
import { readFileSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';
import { expectRecordShown } from './record-shown';

let s: AppSession | undefined;
let server: PreviewServer | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
  await server?.close();
  server = undefined;
});

/** The URLs the build's service worker precaches, read from dist/sw.js. */
function precached(): string[] {
  const sw = readFileSync('dist/sw.js', 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]!);
}

describe('offline, after the first visit', () => {
  it('opens with the network cut and no server: map, timeline and record, nothing failed', async () => {
    const urls = precached();
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'THIRD-PARTY-NOTICES.txt']));
    expect(urls.some((u) => /^assets\/maplibre-gl-worker-.*\.mjs$/.test(u))).toBe(true);
    expect(urls.some((u) => /^assets\/territory\.worker-.*\.js$/.test(u))).toBe(true);
    expect(urls.filter((u) => u.endsWith('.woff2'))).toHaveLength(6);

    server = await preview({
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    const base = server.resolvedUrls!.local[0]!;
    s = await openApp('#date=2024-12-06', { base, serviceWorkers: true });
    const { page, context } = s;
    // The worker activates once it has precached everything, then takes this page (clientsClaim).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    const cached = await page.evaluate(async () => {
      const out: string[] = [];
      for (const k of await caches.keys()) {
        for (const r of await (await caches.open(k)).keys()) out.push(new URL(r.url).pathname);
      }
      return out;
    });
    for (const u of urls) expect(cached, u).toContain(`/${u}`);

    await server.close();
    server = undefined;
    await expect(fetch(base)).rejects.toThrow();
    await context.setOffline(true);

    const failed: string[] = [];
    const notFromWorker: string[] = [];
    const fromWorker: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.fromServiceWorker()) fromWorker.push(r.url());
      else if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) notFromWorker.push(r.url());
    });
    await page.reload();
    await waitForIdleMap(page);
    await expectRecordShown(page, '2024-12-06', '6 December 2024');
    // A day later, still offline: the territory worker (from the cache too) computes the new snapshot.
    await page.keyboard.press('ArrowRight');
    await waitForIdleMap(page);
    await expect.poll(() => page.getByTestId('current-date').textContent()).toContain('7 December 2024');
    expect(failed).toEqual([]);
    expect(notFromWorker).toEqual([]);
    // The page, its script and style, the two workers and the fonts, at least.
    expect(fromWorker.length).toBeGreaterThanOrEqual(6);
    expect(fromWorker.some((u) => /maplibre-gl-worker-.*\.mjs$/.test(u))).toBe(true);
  });
});
