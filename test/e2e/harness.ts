// Drives Debian's Chromium through Playwright against the built app. Every request that does not go to
// localhost is aborted and recorded; `assertOffline` fails the test if there was any.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium, INSTALL_COMMAND } from '../../scripts/chromium.mjs';

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to load from anywhere but localhost (all were aborted). */
  externalRequests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  close: () => Promise<void>;
}

export function baseURL(): string {
  return inject('baseURL');
}

function isLocal(url: string): boolean {
  if (['data:', 'blob:', 'about:', 'file:'].some((p) => url.startsWith(p))) return true;
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(`Chromium not found. Install it with: ${INSTALL_COMMAND} (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Closes a session after checking that it stayed offline and raised no page error. For afterEach: the browser
 * is closed even when a check fails.
 */
export async function closeChecked(s: AppSession | undefined): Promise<void> {
  if (!s) return;
  try {
    expect(s.externalRequests, 'requests that left localhost').toEqual([]);
    expect(s.errors, 'page errors').toEqual([]);
  } finally {
    await s.close();
  }
}

/** Opens the app at `hash` (e.g. `#date=2024-12-06`) and waits for the map to be idle. */
export async function openApp(
  hash = '',
  options: {
    viewport?: { width: number; height: number };
    browser?: Browser;
    /** Another address of the built app than the shared server's (a server of its own, a file:// URL). */
    base?: string;
    /** Cut the network before the page opens. */
    offline?: boolean;
    /**
     * Let the app's service worker run (test/e2e/offline.test.ts). Off otherwise: requests it answered would
     * pass by the route below, which records and blocks every request that leaves localhost.
     */
    serviceWorkers?: boolean;
  } = {},
): Promise<AppSession> {
  const browser = options.browser ?? (await launch());
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  const externalRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    externalRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // The built app runs under a strict Content-Security-Policy (scripts/csp.mjs); any violation fails the test.
  await context.exposeBinding('__frontlineCspViolation', (_source, report: string) => {
    errors.push(`csp: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`;
      (window as unknown as { __frontlineCspViolation: (r: string) => void }).__frontlineCspViolation(report);
    });
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  if (options.offline) await context.setOffline(true);
  await page.goto((options.base ?? baseURL()) + hash);
  await waitForIdleMap(page);
  return {
    browser,
    context,
    page,
    externalRequests,
    errors,
    close: async () => {
      await context.close();
      if (!options.browser) await browser.close();
    },
  };
}

/** Waits until the app says its map has loaded and rendered everything it was asked to. */
export async function waitForIdleMap(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => window.frontline?.ready === true, undefined, { timeout });
  await page.evaluate(() => window.frontline!.idle());
}

declare global {
  interface Window {
    /** Test and automation handle the app exposes (see src/ui/map/testing-handle.ts). */
    frontline?: {
      ready: boolean;
      /** Resolves when the map has rendered every pending change. */
      idle: () => Promise<void>;
      map: import('maplibre-gl').Map;
    };
  }
}
