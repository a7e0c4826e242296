// Browser benchmark (npm run bench builds first): in Debian's Chromium, offline,
// 1. time from navigation to the first idle map — the app against a bare MapLibre page drawing the same
//    basemap files with no record, no labels and no UI (the baseline, in the same run);
// 2. main-thread cost during playback at 4 days a second over the real record: frame intervals and long tasks,
//    and, from a Chrome trace, the main-thread JavaScript our own scripts run in each frame (every JS entry
//    whose script is not MapLibre's chunk, with what it calls, MapLibre included; rasterisation, layout and
//    MapLibre's own render loop apart);
// 3. the JS heap after playing the whole record five times against after the first play (after a GC each).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { goal } from './summary.ts';
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

async function appPage(browser: Browser, base: string, hash: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  await page.goto(base + hash);
  await page.waitForFunction(() => window.frontline?.ready === true, undefined, { timeout: 60_000 });
  await page.evaluate(() => window.frontline!.idle());
  // The timeline's speed (its values are days a second); the hidden panels have selects of their own.
  await page.getByLabel('Playback speed, days per second').selectOption('4');
  return page;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

/**
 * Our main-thread JS per frame, from a devtools.timeline trace: the renderer main thread's JS entries
 * (FunctionCall, EvaluateScript, v8.callFunction…) whose script is ours (not MapLibre's chunk, which
 * vite.config.ts keeps apart), outermost only, summed per frame (BeginMainThreadFrame to the next).
 */
function ownJsPerFrame(events: TraceEvent[]): number[] {
  const own = (e: TraceEvent) => {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    return /\/assets\//.test(url) && !/\/assets\/maplibre-/.test(url) && !/worker/.test(url);
  };
  const calls = events.filter(
    (e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript'),
  );
  // The page's main thread: the one that runs our scripts.
  const byThread = new Map<string, number>();
  for (const e of calls)
    if (own(e)) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('the trace has no JavaScript of ours');
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
  const frames = events
    .filter((e) => onMain(e) && e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  if (frames.length < 10) throw new Error(`the trace has ${frames.length} frames`);
  const perFrame = new Array<number>(frames.length).fill(0);
  let end = -Infinity;
  for (const e of calls.filter(onMain).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue; // inside an entry already counted
    end = e.ts + (e.dur ?? 0);
    if (!own(e)) continue;
    // The frame the call starts in (binary search over the frame starts).
    let lo = 0;
    let hi = frames.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (frames[mid]! <= e.ts) lo = mid;
      else hi = mid - 1;
    }
    perFrame[lo]! += (e.dur ?? 0) / 1000;
  }
  return perFrame;
}

async function playback(browser: Browser, base: string): Promise<Record<string, number>> {
  const page = await appPage(browser, base, '#date=2024-11-26');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'],
  });
  const result = (await page.evaluate(PLAYBACK_PROBE)) as Record<string, number>;
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const own = ownJsPerFrame(trace.traceEvents).sort((a, b) => a - b);
  const date = await page.evaluate(() => location.hash);
  await page.context().close();
  return {
    ...result,
    ownP95Ms: own[Math.floor(own.length * 0.95)]!,
    ownMeanMs: own.reduce((a, b) => a + b, 0) / own.length,
    tracedFrames: own.length,
    reachedDay: Number(/date=2024-12-(\d\d)/.exec(date)?.[1] ?? 0),
  };
}

/** JS heap (bytes, after a GC) after each of `plays` plays of the whole record at 4 days/s. */
async function heapOverPlays(browser: Browser, base: string, plays: number): Promise<number[]> {
  const page = await appPage(browser, base, '#date=2024-11-26');
  const cdp = await page.context().newCDPSession(page);
  const heaps: number[] = [];
  for (let i = 0; i < plays; i++) {
    // At the end, play starts again from the first day (Timeline's togglePlay).
    await page.getByTestId('play').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="current-date"]')?.textContent?.includes('8 December'),
      undefined,
      { timeout: 60_000 },
    );
    await page.evaluate(() => window.frontline!.idle());
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heaps.push(usedSize);
  }
  await page.context().close();
  return heaps;
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
  goal({
    name: 'first idle map ÷ bare MapLibre page (median of 5)',
    value: median(app) / median(bare),
    unit: '×',
    limit: 1.5,
  });
  const p = await playback(browser, base);
  console.log('playback at 4 days/s over the real record (4.5 s):');
  console.log(
    `  frames ${p.frames}, mean ${p.meanFrameMs!.toFixed(1)} ms, p95 ${p.p95FrameMs!.toFixed(1)} ms, ` +
      `max ${p.maxFrameMs!.toFixed(1)} ms; long tasks ${p.longTaskMs!.toFixed(0)} ms in all`,
  );
  console.log(
    `  our own main-thread JS (trace, ${p.tracedFrames} frames): mean ${p.ownMeanMs!.toFixed(2)} ms, ` +
      `p95 ${p.ownP95Ms!.toFixed(2)} ms a frame`,
  );
  goal({
    name: 'playback 4 days/s, real record: our JS a frame, p95',
    value: p.ownP95Ms!,
    unit: 'ms',
    baseline: p.p95FrameMs!,
    limit: 4,
  });
  const heaps = await heapOverPlays(browser, base, 5);
  console.log(`JS heap after each of 5 plays: ${heaps.map((h) => (h / 2 ** 20).toFixed(1)).join(', ')} MB`);
  goal({
    name: 'JS heap after 5 plays ÷ after the first',
    value: heaps[4]! / heaps[0]!,
    unit: '×',
    limit: 1.1,
  });
} finally {
  await browser.close();
  await server.close();
}
