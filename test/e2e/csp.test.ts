import { afterEach, describe, expect, it } from 'vitest';
import { closeChecked, openApp, type AppSession } from './harness';
import { CONTENT_SECURITY_POLICY } from '../../scripts/csp.mjs';

// The app ships a strict Content-Security-Policy (a <meta> in the build, a header from vite preview), and the
// whole browser suite runs under it: the harness fails any test on a violation report.
describe('Content-Security-Policy', () => {
  let s: AppSession | undefined;
  afterEach(async () => {
    await closeChecked(s);
    s = undefined;
  });

  it('is sent as a header and a meta tag, and the app renders under it with no violation', async () => {
    s = await openApp('#date=2024-12-06');
    const response = await s.page.request.get(s.page.url());
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const meta = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(await s.page.locator('canvas.maplibregl-canvas').count()).toBe(1);
  });

  it('blocks an injected inline script and reports it (the check can fail)', async () => {
    s = await openApp();
    const ran = await s.page.evaluate(async () => {
      const el = document.createElement('script');
      el.textContent = 'window.__injected = true';
      document.head.append(el);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => s!.errors.some((e) => e.startsWith('csp: script-src'))).toBe(true);
    // The violation was provoked on purpose: clear it so closeChecked checks the rest.
    s.errors.splice(
      0,
      s.errors.length,
      ...s.errors.filter((e) => !e.startsWith('csp:') && !/Content Security Policy/.test(e)),
    );
  });
});
