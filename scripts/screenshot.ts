// Screenshots of the built app for the README and for looking at the map while styling it.
// Usage: npx vite build && npx tsx scripts/screenshot.ts [name=hash[@WxH] ...]
// Default: the five dates of the README. Files go to docs/screenshots/<name>.png.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium, INSTALL_COMMAND } from './chromium.mjs';

const DEFAULT_SHOTS = [
  'app-2024-11-26=#date=2024-11-26',
  'app-2024-11-30=#date=2024-11-30',
  'app-2024-12-05=#date=2024-12-05',
  'app-2024-12-06=#date=2024-12-06',
  'app-2024-12-08=#date=2024-12-08',
];

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found: ${INSTALL_COMMAND}`);
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const shots = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SHOTS;
    for (const shot of shots) {
      const cut = shot.indexOf('=');
      const [name, rest] = cut < 0 ? [shot, ''] : [shot.slice(0, cut), shot.slice(cut + 1)];
      const [hash, size = '1280x800'] = rest.split('@') as [string, string?];
      const [width, height] = size.split('x').map(Number) as [number, number];
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`${name}: page error: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && console.error(`${name}: ${m.text()}`));
      await page.goto(base + hash);
      await page.waitForFunction(() => window.frontline?.ready === true, undefined, { timeout: 60_000 });
      await page.evaluate(() => window.frontline!.idle());
      const file = `docs/screenshots/${name}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// window.frontline is declared in test/e2e/harness.ts.
import type {} from '../test/e2e/harness';

await main();
