// `frontline state` and `frontline timeline`, run in-process with captured output.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { openRecordSyncAt } from '../../src/cli/record';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => void (out += t + '\n'),
    err: (t) => void (err += t + '\n'),
    stdin: async () => '',
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('frontline state', () => {
  it('prints every curated place with faction, bloc, status, since and quoted sources', async () => {
    const { code, out, err } = await run('state', '--date', '2024-12-06');
    expect([code, err]).toEqual([0, '']);
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    // One row per curated place of geo/places.jsonl, the 80 of the first record among them.
    expect(rows).toHaveLength(openRecordSyncAt().places.length);
    expect(rows.length).toBeGreaterThanOrEqual(80);
    const byId = new Map(rows.map((r) => [r.place, r]));
    expect(byId.get('rastan')).toMatchObject({
      name: 'Rastan',
      faction: 'hts',
      bloc: 'opposition',
      status: 'controlled',
      since: '2024-12-06',
    });
    expect(byId.get('homs')).toMatchObject({ faction: 'government', since: '2024-11-26' });
    expect(byId.get('deir-ezzor')).toMatchObject({ faction: 'sdf', bloc: 'sdf' });
    expect(byId.get('suwayda')).toMatchObject({
      status: 'contested',
      faction: null,
      bloc: null,
      factions: ['southern', 'government'],
    });
    const sources = byId.get('rastan')!.sources as Array<{ source: string; quote: string }>;
    expect(sources.map((s) => s.source)).toContain('004_c6c7203b69ad82c5.txt');
    expect(sources.every((s) => s.quote.length > 0)).toBe(true);
  });

  it('rejects a malformed date with exit 2 and a message naming the format', async () => {
    const r = await run('state', '--date', '6/12/2024');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('not a date: "6/12/2024" (expected YYYY-MM-DD');
  });

  it('rejects a date outside the record with exit 2, giving the range', async () => {
    const r = await run('state', '--date', '2024-11-25');
    expect(r.code).toBe(2);
    expect(r.err).toContain('outside the record: it covers 2024-11-26 to 2024-12-12');
  });

  it('requires --date', async () => {
    const r = await run('state');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--date YYYY-MM-DD is required');
  });
});

describe('frontline timeline', () => {
  it('prints the periods of a place with exclusive ends and the open last period', async () => {
    const { code, out } = await run('timeline', 'homs');
    expect(code).toBe(0);
    const t = JSON.parse(out);
    expect(t.place).toBe('homs');
    expect(
      t.periods.map((p: { start: string; end: string | null; status: string; faction: string | null }) => [
        p.start,
        p.end,
        p.status,
        p.faction,
      ]),
    ).toEqual([
      ['2024-11-26', '2024-12-07', 'controlled', 'government'],
      ['2024-12-07', '2024-12-08', 'contested', null],
      ['2024-12-08', null, 'controlled', 'hts'],
    ]);
  });

  it('accepts the display name', async () => {
    const { code, out } = await run('timeline', 'Deir Ezzor');
    expect(code).toBe(0);
    expect(JSON.parse(out).periods.map((p: { faction: string }) => p.faction)).toEqual([
      'government',
      'sdf',
      'hts',
    ]);
  });

  it('rejects an unknown place with suggestions and exit 2', async () => {
    const r = await run('timeline', 'homz');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown place "homz"; did you mean homs/);
  });
});
