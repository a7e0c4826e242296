// "Add a report" (issue 18) in real Chromium: seed 004 pasted with its outlet, date and URL; its places are
// highlighted as text (markup in the paste stays text); Rastan and Talbiseh are proposed with their sentence;
// accepted by keyboard, they download as lines the one loader has checked; a bad edit is refused with file,
// line and field; axe finds no serious violation in the open panel.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';
import { REPO_ROOT } from '../fixtures/records/open';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SEED = readFileSync(resolve(REPO_ROOT, 'data/seeds/004_c6c7203b69ad82c5.txt'), 'utf8');
const INJECTED = '<img src="x" data-injected="1"><b>bold</b>';
const RASTAN_QUOTE =
  'The towns of Rastan and Talbiseh fell under opposition control just a day after rebel forces seized Hama, the country’s fourth-largest city, marking a significant shift in the ongoing conflict.';

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('Add a report', () => {
  it('proposes Rastan and Talbiseh from seed 004 and downloads checked lines', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    // Keyboard: focus the toolbar button and open the panel with Enter.
    await page.getByRole('button', { name: 'Add a report' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a report' });
    await dialog.waitFor();

    await page.getByTestId('report-text').fill(`${SEED}\n${INJECTED}`);
    await page.getByTestId('report-outlet').fill('Associated Press');
    await page.getByTestId('report-date').fill('2024-12-06');
    await page.getByTestId('report-url').fill('https://apnews.com/article/syria-homs-rastan-talbiseh');

    // Highlighted names, and the pasted markup shown as text, never as elements.
    const highlighted = page.getByTestId('report-highlighted');
    const marks = await highlighted.locator('mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Rastan', 'Talbiseh', 'Homs', 'Hama']));
    expect(await highlighted.textContent()).toContain(INJECTED);
    expect(await dialog.locator('img, b, [data-injected]').count()).toBe(0);

    await page.getByTestId('report-propose').click();
    const rastan = page.locator('[data-testid="proposal"][data-place="rastan"]');
    const talbiseh = page.locator('[data-testid="proposal"][data-place="talbiseh"]');
    await rastan.waitFor();
    expect(await rastan.locator('blockquote').textContent()).toBe(RASTAN_QUOTE);
    expect(await rastan.textContent()).toContain('2024-12-06');
    expect(await talbiseh.locator('blockquote').textContent()).toBe(RASTAN_QUOTE);
    // Homs is named only as a distance: listed, not offered.
    const homs = page.locator('[data-testid="proposal"][data-place="homs"]').first();
    expect(await homs.textContent()).toContain('not a change');
    expect(await homs.getByRole('button', { name: 'Accept' }).count()).toBe(0);

    // Accept both by keyboard (Space on the focused button).
    for (const row of [rastan, talbiseh]) {
      await row.getByRole('button', { name: 'Accept' }).focus();
      await page.keyboard.press('Space');
      expect(await row.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true');
    }

    const events = await downloadText(page, 'report-download-events');
    expect(events.name).toMatch(/^associated-press-2024-12-06\.events\.jsonl$/);
    expect(await page.getByTestId('report-message').textContent()).toMatch(
      /Checked: 0 new event\(s\), 2 event\(s\)/,
    );
    const lines = events.text.split('\n').filter((l) => l && !l.startsWith('#'));
    const parsed = lines.map(
      (l) => JSON.parse(l) as { id: string; citations: Array<{ source: string; quote: string }> },
    );
    expect(parsed.map((e) => e.id)).toEqual(['2024-12-06-rastan', '2024-12-06-talbiseh']);
    for (const e of parsed)
      expect(e.citations.at(-1)).toEqual({ source: 'associated-press-2024-12-06', quote: RASTAN_QUOTE });
    expect(events.text).toMatch(/^# replaces data\/events\.jsonl line \d+ \(2024-12-06-rastan\)/m);

    const sources = await downloadText(page, 'report-download-sources');
    expect(JSON.parse(sources.text.trim())).toMatchObject({
      id: 'associated-press-2024-12-06',
      outlet: 'Associated Press',
      date: '2024-12-06',
      url: 'https://apnews.com/article/syria-homs-rastan-talbiseh',
      kind: 'news-site',
      language: 'en',
    });

    // An edit the loader refuses is not downloaded: the message names file, line and field.
    await rastan.getByLabel('Date for Rastan').fill('2024-12-41');
    await page.getByTestId('report-download-events').click();
    expect(await page.getByTestId('report-error').textContent()).toMatch(
      /would not open with these lines: data\/events\.jsonl:\d+: field "date"/,
    );

    // The open panel passes axe with no serious or critical violation.
    await page.evaluate(AXE_SOURCE);
    const bad = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              o: unknown,
            ) => Promise<{ violations: Array<{ id: string; impact: string | null }> }>;
          };
        }
      ).axe;
      const r = await axe.run(document.querySelector('dialog[open]'), { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(bad).toEqual([]);

    // Escape closes the panel.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});
