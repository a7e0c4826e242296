// axe-core (Deque's accessibility engine, the one browser devtools and CI audits use) run inside the real app
// at the three sizes of issue 13, with a place popup open so its content is audited too. Serious or critical
// violations fail the test; moderate and minor ones are printed, not hidden.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not a <script> tag: the app's Content-Security-Policy forbids
  // inline scripts, and the harness fails a test on any violation.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('accessibility (axe-core)', () => {
  for (const [width, height] of [
    [1280, 860],
    [1920, 1080],
    [390, 844],
  ] as const) {
    it(`no serious or critical violation at ${width}×${height}`, async () => {
      s = await openApp('#date=2024-12-06&place=rastan', { viewport: { width, height } });
      await s.page.getByTestId('place-popup').waitFor();
      const violations = await runAxe(s.page);
      const others = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
      if (others.length)
        console.log(
          `${width}×${height}, not failing:`,
          others.map((v) => `${v.impact} ${v.id}`),
        );
      const bad = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    });
  }

  it('no serious or critical violation with the About dialog open', async () => {
    s = await openApp('#date=2024-12-06');
    await s.page.getByTestId('about').click();
    await s.page.getByTestId('about-dialog').waitFor();
    const bad = (await runAxe(s.page))
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
});
