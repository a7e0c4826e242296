// `frontline render` (issue 16): the built app, driven headless in Chromium through playwright-core, renders a
// short range into a WebM that parses with the expected frames and size; its summary names the first and last
// frame's day. Bad options are refused before any browser starts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { parseWebm } from '../fixtures/media';

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdin: async () => '' };
}

describe('frontline render', () => {
  it('renders 5–6 December as a WebM of 4 frames at 320×240 from the built app', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'frontline-render-')), 'advance.webm');
    const io = capture();
    const code = await main(
      [
        'render',
        '--from',
        '2024-12-05',
        '--to',
        '2024-12-06',
        '--out',
        out,
        '--size',
        '320x240',
        '--fps',
        '4',
      ],
      io,
    );
    expect(io.stderr.filter((l) => !/^frontline render: \d+ \/ \d+ frames$/.test(l))).toEqual([]);
    expect(code).toBe(0);
    const summary = JSON.parse(io.stdout.join('')) as Record<string, unknown>;
    expect(summary).toMatchObject({
      file: out,
      format: 'webm',
      width: 320,
      height: 240,
      frames: 4,
      expected_frames: 4,
      first_frame_date: '2024-12-05',
      last_frame_date: '2024-12-06',
      encoder: 'webcodecs',
    });
    const webm = parseWebm(new Uint8Array(readFileSync(out)));
    expect(webm).toMatchObject({ docType: 'webm', codec: 'V_VP8', width: 320, height: 240, frames: 4 });
    expect(summary.bytes).toBe(readFileSync(out).length);
  });

  it('refuses bad options with a clear message and keeps an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontline-render-'));
    const existing = join(dir, 'kept.webm');
    writeFileSync(existing, 'mine');
    const cases: Array<[string[], RegExp]> = [
      [['--from', '2024-12-05', '--to', '2024-12-06', '--out', existing], /exists; use --force/],
      [['--from', '2024-12-05', '--to', '2024-12-06', '--out', join(dir, 'a.mp4')], /\.webm or \.gif/],
      [
        ['--from', '2024-12-05', '--to', '2024-12-06', '--out', join(dir, 'a.webm'), '--size', 'big'],
        /--size/,
      ],
      [['--from', '2024-12-07', '--to', '2024-12-06', '--out', join(dir, 'a.webm')], /after the last/],
      [
        ['--from', '2024-12-05', '--to', '2024-12-06', '--out', join(dir, 'a.webm'), '--size', '321x240'],
        /even/,
      ],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await main(['render', ...args], io)).toBe(2);
      expect(io.stderr.join('')).toMatch(message);
    }
    expect(readFileSync(existing, 'utf8')).toBe('mine');
  });
});
