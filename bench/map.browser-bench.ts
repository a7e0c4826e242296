// Browser benchmark (npm run bench builds first): in Debian's Chromium, offline,
// 1. time from navigation to the first idle map — the app against a bare MapLibre page drawing the same
//    basemap files with no record, no labels and no UI (the baseline, in the same run);
// 2. main-thread cost during playback at 4 days a second over the real record: frame intervals and long tasks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium, INSTALL_COMMAND } from '../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;

const BARE_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/__bare/maplibre-gl.css"><style>html,body,#m{margin:0;height:100%}</style></head>
<body><div id="m"></div><script type="module">
import { Map, setWorkerUrl } from '/__bare/maplibre-gl.mjs';
setWorkerUrl('/__bare/maplibre-gl-worker.mjs');
const layers = ['countries', 'syria', 'governorates', 'rivers', 'lakes', 'roads'];
const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#cfdde6' } }] };
for (const l of layers) {
  style.sources[l] = { type: 'geojson', data: '/__bare/' + l + '.geojson' };
  const line = l === 'rivers' || l === 'roads' || l === 'governorates';
  style.layers.push(line ? { id: l, type: 'line', source: l, paint: { 'line-color': '#888' } }
                         : { id: l, type: 'fill', source: l, paint: { 'fill-color': '#eee', 'fill-outline-color': '#999' } });
}
const map = new Map({ container: 'm', style, bounds: [35.5, 32.3, 42.4, 37.4] });
map.once('idle', () => { window.bareIdle = performance.now(); });
</script></body></html>`;

function bareFile(name: string): { body: Buffer; contentType: string } {
  if (name.startsWith('maplibre-gl')) {
    const body = readFileSync(resolve(ROOT, 'node_modules/maplibre-gl/dist', name));
    return { body, contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript' };
  }
  return { body: readFileSync(resolve(ROOT, 'geo/basemap', name)), contentType: 'application/json' };
}

async function timeToIdle(browser: Browser, url: string, bare: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== '127.0.0.1') {
      external.push(u.href);
      return route.abort();
    }
    if (u.pathname === '/__bare.html') return route.fulfill({ body: BARE_PAGE, contentType: 'text/html' });
    if (u.pathname.startsWith('/__bare/'))
      return route.fulfill(bareFile(u.pathname.slice('/__bare/'.length)));
    return route.continue();
  });
  const page = await context.newPage();
  await page.goto(url);
  let ms: number;
  if (bare) {
    await page.waitForFunction(() => (window as unknown as { bareIdle?: number }).bareIdle, undefined, {
      timeout: 60_000,
    });
    ms = await page.evaluate(() => (window as unknown as { bareIdle: number }).bareIdle);
  } else {
    await page.waitForFunction(() => window.frontline?.ready === true, undefined, { timeout: 60_000 });
    await page.evaluate(() => window.frontline!.idle());
    ms = await page.evaluate(() => performance.now());
  }
  if (external.length) throw new Error(`requests left localhost: ${external.join(', ')}`);
  await context.close();
  return ms;
}

// Runs in the page as a string: tsx would wrap named functions in a helper the page does not have.
const PLAYBACK_PROBE = `new Promise((done) => {
  const frames = [];
  let longTask = 0;
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => (longTask += e.duration)));
  obs.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  const start = last;
  document.querySelector('[data-testid="play"]').click();
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    if (now - start < 4500) return requestAnimationFrame(tick);
    obs.disconnect();
    frames.sort((a, b) => a - b);
    done({
      frames: frames.length,
      meanFrameMs: frames.reduce((a, b) => a + b, 0) / frames.length,
      p95FrameMs: frames[Math.floor(frames.length * 0.95)],
      maxFrameMs: frames[frames.length - 1],
      longTaskMs: longTask,
    });
  };
  requestAnimationFrame(tick);
})`;

async function playback(browser: Browser, base: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.goto(base + '#date=2024-11-26');
  await page.waitForFunction(() => window.frontline?.ready === true, undefined, { timeout: 60_000 });
  await page.evaluate(() => window.frontline!.idle());
  await page
    .selectOption('select', { label: '4 days/s' })
    .catch(() => page.selectOption('select', { index: 3 }));
  const result = (await page.evaluate(PLAYBACK_PROBE)) as Record<string, number>;
  const date = await page.evaluate(() => location.hash);
  await context.close();
  return { ...result, reachedDay: Number(/date=2024-12-(\d\d)/.exec(date)?.[1] ?? 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const executablePath = findChromium();
if (!executablePath) throw new Error(`Chromium not found: ${INSTALL_COMMAND}`);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timeToIdle(browser, base + '__bare.html', true));
    app.push(await timeToIdle(browser, base + '#date=2024-12-06', false));
  }
  console.log(`navigation → first idle map, median of ${RUNS} (software WebGL, SwiftShader):`);
  console.log(`  bare MapLibre, same basemap (baseline): ${median(bare).toFixed(0)} ms`);
  console.log(`  Frontline, 2024-12-06, full record + UI: ${median(app).toFixed(0)} ms`);
  console.log(`  ratio: ${(median(app) / median(bare)).toFixed(2)}×`);
  const p = await playback(browser, base);
  console.log('playback at 4 days/s over the real record (4.5 s):');
  console.log(
    `  frames ${p.frames}, mean ${p.meanFrameMs!.toFixed(1)} ms, p95 ${p.p95FrameMs!.toFixed(1)} ms, ` +
      `max ${p.maxFrameMs!.toFixed(1)} ms; long tasks ${p.longTaskMs!.toFixed(0)} ms in all`,
  );
} finally {
  await browser.close();
  await server.close();
}
