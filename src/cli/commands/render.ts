// `frontline render --from D1 --to D2 --out advance.webm`: the app's own animation (Download ▸ Animation…), made
// headless for newsroom pipelines. It serves the built app (dist/, from `npm run build`) on a localhost port
// with the app's Content-Security-Policy, drives it in Debian's Chromium through playwright-core (every request
// off localhost is refused), fills in the dialog, and saves the file the app downloads. The frames are the
// app's frames: drawn day by day, each once the map is idle, so the same command gives the same video.
//   --out FILE.webm | FILE.gif        the format follows the extension
//   --fps N                           WebM frames a second (default 10)
//   --days-per-second N               0.5, 1, 2 (default) or 4
//   --size WxH                        1280x720 (default), 1080x1080, 1080x1920, or any even size from 160
//   --no-areas --no-front-lines --no-distance   leave a layer out
//   --force                           replace an existing file
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium, INSTALL_COMMAND } from '../../../scripts/chromium.mjs';
import { CONTENT_SECURITY_POLICY } from '../../../scripts/csp.mjs';
import { type CliIO, type CommandContext, parseArgs, repoPath, UsageError } from '../io';
import { checkDate } from './state';
import { framePlan, planProblem, VIDEO_SIZES, type AnimationOptions } from '../../core/video/plan';

export const USAGE =
  'usage: frontline render --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.webm|FILE.gif [--fps N] [--days-per-second N] [--size WxH] [--no-areas] [--no-front-lines] [--no-distance] [--force]';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** dist/ on a free localhost port, with the app's CSP as a header (as `vite preview` serves it to the tests). */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      ok({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/` });
    });
  });
}

function parseSize(text: string): { width: number; height: number } {
  const preset = VIDEO_SIZES.find((s) => s.id === text);
  if (preset) return { width: preset.width, height: preset.height };
  const m = /^(\d+)x(\d+)$/.exec(text);
  if (!m) throw new UsageError(`--size: expected WxH such as 1280x720, not "${text}"`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

export const help = `The advance as a video, drawn frame by frame by the built app (dist/; run \`npm run build\` first)
in headless Chromium (Debian's chromium, or CHROMIUM_PATH), through the app's own Download ▸ Animation….

  --from YYYY-MM-DD, --to YYYY-MM-DD   the first and last day
  --out FILE.webm | FILE.gif           the format follows the extension
  --fps N                              WebM frames a second (default 10)
  --days-per-second N                  0.5, 1, 2 (default) or 4
  --size WxH                           1280x720 (default), 1080x1080, 1080x1920, or any even size from 160
  --no-areas, --no-front-lines, --no-distance   leave a layer out
  --force                              replace an existing file
Prints a JSON summary: the file, its size, the frame count and the first and last frame's day.`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { values, flags, positional } = parseArgs(args, {
    values: ['from', 'to', 'out', 'fps', 'size', 'days-per-second'],
    flags: ['no-areas', 'no-front-lines', 'no-distance', 'force'],
  });
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"; ${USAGE}`);
  if (!values.from || !values.to || !values.out)
    throw new UsageError(`--from, --to and --out are required; ${USAGE}`);
  const ext = extname(values.out).toLowerCase();
  if (ext !== '.webm' && ext !== '.gif')
    throw new UsageError(`--out: the file must end in .webm or .gif (${values.out})`);
  const out = resolve(process.cwd(), values.out);
  if (existsSync(out) && !flags.has('force'))
    throw new UsageError(`${values.out} exists; use --force to replace it`);
  const r = await ctx.record();
  const from = checkDate(values.from, r.info.start, r.info.end);
  const to = checkDate(values.to, r.info.start, r.info.end);
  const size = parseSize(values.size ?? '1280x720');
  const options: AnimationOptions = {
    from,
    to,
    daysPerSecond: Number(values['days-per-second'] ?? 2),
    fps: Number(values.fps ?? 10),
    ...size,
    areas: !flags.has('no-areas'),
    frontLines: !flags.has('no-front-lines'),
    distance: !flags.has('no-distance'),
    webm: ext === '.webm',
    gif: ext === '.gif',
  };
  const problem = planProblem(options, r.info);
  if (problem) throw new UsageError(problem);
  if (![0.5, 1, 2, 4].includes(options.daysPerSecond))
    throw new UsageError('--days-per-second: expected 0.5, 1, 2 or 4');

  const dist = repoPath('dist');
  if (!existsSync(join(dist, 'index.html')))
    throw new UsageError('dist/ is missing: the video is drawn by the built app; run `npm run build` first');
  const executablePath = findChromium();
  if (!executablePath)
    throw new UsageError(`Chromium not found; install it with: ${INSTALL_COMMAND} (or set CHROMIUM_PATH)`);

  const { chromium } = await import('playwright-core');
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}#date=${from}`);
    await page.waitForFunction(
      () => (window as { frontline?: { ready: boolean } }).frontline?.ready === true,
      undefined,
      {
        timeout: 120_000,
      },
    );
    await page.getByTestId('download-menu').click();
    await page.getByTestId('download-animation').click();
    await page.getByTestId('animation-from').fill(from);
    await page.getByTestId('animation-to').fill(to);
    await page.getByTestId('animation-dps').selectOption(String(options.daysPerSecond));
    const preset = VIDEO_SIZES.find((s) => s.width === size.width && s.height === size.height);
    if (preset) await page.getByTestId('animation-size').selectOption(preset.id);
    else {
      await page.getByTestId('animation-size').selectOption('custom');
      await page.getByTestId('animation-width').fill(String(size.width));
      await page.getByTestId('animation-height').fill(String(size.height));
    }
    await page.getByTestId('animation-fps').fill(String(options.fps));
    await page.getByTestId('animation-areas').setChecked(options.areas);
    await page.getByTestId('animation-front-lines').setChecked(options.frontLines);
    await page.getByTestId('animation-distance').setChecked(options.distance);
    await page.getByTestId('animation-webm').setChecked(options.webm);
    await page.getByTestId('animation-gif').setChecked(options.gif);

    const download = page.waitForEvent('download', { timeout: 0 });
    await page.getByTestId('animation-render').click();
    // Progress on stderr, so a pipeline's log shows the render moving.
    const total = framePlan(options).frames.length;
    let last = '';
    const timer = setInterval(() => {
      void page
        .getByTestId('animation-count')
        .textContent({ timeout: 1000 })
        .then((t) => {
          if (t && t !== last) io.err(`frontline render: ${(last = t)}`);
        })
        .catch(() => undefined);
    }, 2000);
    try {
      await Promise.race([
        page.getByTestId('animation-result').waitFor({ timeout: 0 }),
        page
          .getByTestId('animation-message')
          .waitFor({ timeout: 0 })
          .then(async () => {
            throw new Error(
              (await page.getByTestId('animation-message').textContent()) ?? 'the render failed',
            );
          }),
      ]);
    } finally {
      clearInterval(timer);
    }
    const result = page.getByTestId('animation-result');
    const frames = JSON.parse((await result.getAttribute('data-frames')) ?? '[]') as string[];
    const d = await download;
    const path = await d.path();
    const bytes = readFileSync(path);
    writeFileSync(out, bytes);
    if (errors.length) io.err(`frontline render: the page reported: ${errors.join('; ')}`);
    io.out(
      JSON.stringify(
        {
          file: out,
          bytes: bytes.length,
          format: ext.slice(1),
          from,
          to,
          width: size.width,
          height: size.height,
          fps: options.webm ? options.fps : null,
          days_per_second: options.daysPerSecond,
          frames: options.webm ? frames.length : framePlan(options).days.length,
          expected_frames: options.webm ? total : framePlan(options).days.length,
          first_frame_date: frames[0] ?? null,
          last_frame_date: frames.at(-1) ?? null,
          encoder: await result.getAttribute('data-encoder'),
        },
        null,
        2,
      ),
    );
    return 0;
  } catch (e) {
    io.err(`frontline render: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}
