// What you see is what you export: the app's Download menu (src/ui/tools/download.ts) and `frontline export`
// write the same bytes for the same date, from the same snapshot value, apart from the generation time.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { snapshotAt } from '../../src/core/record';
import { exportFile } from '../../src/ui/tools/download';
import { recordAt } from '../fixtures/records/open';

async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: async () => '' };
  expect(await main(['export', ...args], io)).toBe(0);
  expect(err).toEqual([]);
  return out.join('');
}

const GENERATED = /"generated":"[^"]+"/;
/** The file with its generation time blanked: the one part that may differ. */
const timeless = (text: string) => {
  expect(text).toMatch(GENERATED);
  return text.replace(GENERATED, '"generated":"…"');
};

const record = recordAt();
const RULER = '36.73241,34.92667;36.72339,34.72682';

describe('the Download menu and frontline export give the same bytes', () => {
  it.each(['2024-11-26', '2024-12-06', '2024-12-08'])('GeoJSON of %s', async (date) => {
    const app = exportFile(record, { kind: 'snapshot', snapshot: snapshotAt(record, date) });
    expect(app.name).toBe(`frontline-${date}.geojson`);
    expect(timeless(app.text)).toBe(timeless(await cli('--date', date)));
  });

  it('GeoJSON of a date with the ruler', async () => {
    const ruler = RULER.split(';').map((p) => p.split(',').map(Number) as [number, number]);
    const app = exportFile(record, { kind: 'snapshot', snapshot: snapshotAt(record, '2024-12-06'), ruler });
    const text = await cli('--date', '2024-12-06', '--ruler', RULER);
    expect(timeless(app.text)).toBe(timeless(text));
    expect(text).toContain('"feature_type":"ruler"');
  });

  it('the timeline', async () => {
    const app = exportFile(record, { kind: 'timeline', date: '2024-12-06' });
    expect(timeless(app.text)).toBe(timeless(await cli('--timeline')));
  });

  it('the CSV of events, byte for byte, in the record’s date order', async () => {
    const app = exportFile(record, { kind: 'events', date: '2024-12-06' });
    const text = await cli('--csv');
    expect(app.text).toBe(text);
    const dates = text
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',')[1]!);
    expect(dates.length).toBe(record.events.length);
    expect([...dates].sort()).toEqual(dates);
  });
});
