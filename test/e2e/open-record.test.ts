// A record brought to the page (issue 10), in real Chromium: a folder chosen with the Open button, a .zip
// dropped onto the page, both read through openRecord; a bad record's errors are listed with file, line and
// field, and the record on screen is kept. The records are copies of the bundled one made here: a renamed
// good copy, and a copy with one broken event.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, waitForIdleMap, type AppSession } from './harness';
import { REPO_ROOT } from '../fixtures/records/open';

const FILES = [
  'data/record.json',
  'data/factions.jsonl',
  'data/sources.jsonl',
  'data/source-kinds.jsonl',
  'data/events.jsonl',
  'geo/places.jsonl',
  'geo/geonames-sy.tsv',
  'geo/outlines.geojson',
  'geo/basemap/syria.geojson',
  'geo/basemap/orontes.geojson',
];
const work = mkdtempSync(join(tmpdir(), 'frontline-open-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the bundled record under `work/name`, with `edit` applied to its files' texts. */
function copyRecord(name: string, edit: (path: string, text: string) => string): string {
  const root = join(work, name);
  for (const f of FILES) {
    cpSync(join(REPO_ROOT, f), join(root, f));
    writeFileSync(join(root, f), edit(f, readFileSync(join(root, f), 'utf8')));
  }
  return root;
}

const RENAMED = 'A renamed copy of the record, for the test';
const good = copyRecord('renamed', (p, t) =>
  p === 'data/record.json'
    ? JSON.stringify({ ...JSON.parse(t), title: RENAMED, defaultDate: '2024-12-08' }, null, 2)
    : t,
);
// Line 7 of events.jsonl (Idlib, the first event after the header comments) gets a faction no record knows.
const bad = copyRecord('broken', (p, t) => {
  if (p !== 'data/events.jsonl') return t;
  const lines = t.split('\n');
  lines[6] = lines[6]!.replace(/"factions":\["[a-z]+"\]/, '"factions":["martians"]');
  return lines.join('\n');
});

// The edit must have happened, or the "bad" record would open and the test mean nothing.
if (!readFileSync(join(bad, 'data/events.jsonl'), 'utf8').split('\n')[6]!.includes('martians')) {
  throw new Error('the broken copy is not broken');
}

function zipOf(root: string, top: string): Buffer {
  const entries: Record<string, Uint8Array> = {};
  for (const f of FILES) entries[`${top}/${f}`] = strToU8(readFileSync(join(root, f), 'utf8'));
  return Buffer.from(zipSync(entries));
}

/** Drops a file onto the page as a browser does (a DataTransfer with the file on the drop event). */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'application/zip' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

describe('opening another record', () => {
  it('a folder chosen with the Open button replaces the record on screen', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await page.getByTestId('open-record').click();
    await page.getByTestId('open-folder').setInputFiles(good);
    await expect.poll(() => page.getByTestId('record-opened').textContent()).toContain(RENAMED);
    await waitForIdleMap(page);
    // The new record's own default day, and its title in the side panel.
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('8 December 2024');
    expect(await page.locator('p.about').textContent()).toContain(RENAMED);
    expect(relative(work, good)).toBe('renamed');
  });

  it('a bad .zip dropped onto the page is refused with file, line and field; the record stays', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    await dropFile(page, 'broken.zip', zipOf(bad, 'broken'));
    const errors = page.getByTestId('record-errors');
    await expect.poll(() => errors.count()).toBe(1);
    const text = (await errors.textContent())!;
    expect(text).toContain('the record on screen is kept');
    expect(text).toMatch(/data\/events\.jsonl:7: field "factions[^"]*"/);
    expect(text).toContain('martians');
    // Still the bundled record, on the same day, and its map still answers.
    await expect(page.getByTestId('current-date').textContent()).resolves.toBe('6 December 2024');
    expect(await page.locator('p.about').textContent()).not.toContain(RENAMED);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('current-date').textContent()).toBe('7 December 2024');

    // The good one, zipped and dropped, opens.
    await dropFile(page, 'renamed.zip', zipOf(good, 'renamed'));
    await expect.poll(() => page.getByTestId('record-opened').textContent()).toContain(RENAMED);
    await expect.poll(() => page.getByTestId('record-errors').count()).toBe(0);
    await waitForIdleMap(page);
    const hts = await page.evaluate(() => {
      const map = window.frontline!.map;
      const f = map.querySourceFeatures('places').find((q) => q.properties?.id === 'homs')!;
      return map.getFeatureState({ source: 'places', id: f.id! }).faction;
    });
    expect(hts).toBe('hts');
  });

  it('a drop without a record says what is missing', async () => {
    s = await openApp('#date=2024-12-06');
    const { page } = s;
    const zip = Buffer.from(zipSync({ 'notes/readme.json': strToU8('{}') }));
    await dropFile(page, 'notes.zip', zip);
    await expect.poll(() => page.getByTestId('record-errors').textContent()).toMatch(/no data\/record\.json/);
  });
});
