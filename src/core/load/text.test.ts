import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, TextDecodeError } from './text';

const enc = new TextEncoder();

describe('decodeText', () => {
  it('reads UTF-8, Arabic included, and drops a UTF-8 byte order mark', () => {
    expect(decodeText(enc.encode('Rastan الرستن'), 'a.txt')).toEqual({
      text: 'Rastan الرستن',
      encoding: 'utf-8',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('Homs')]);
    expect(decodeText(bom, 'b.txt').text).toBe('Homs');
  });

  it('decodes UTF-16 with a byte order mark and says so', () => {
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Hama حماة'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const r = decodeText(le, 'report.txt');
    expect(r.text).toBe('Hama حماة');
    expect(r.encoding).toBe('utf-16le');
    expect(r.notice).toMatch(/UTF-16LE/);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(decodeText(be, 'x').text).toBe('Hi');
  });

  it('refuses Latin-1 with the offset and line of the first bad byte', () => {
    const latin1 = new Uint8Array([...enc.encode('line one\nDeir ez-Zor '), 0xe9, 0x0a]);
    expect(() => decodeText(latin1, 'data/events.jsonl')).toThrow(
      /data\/events\.jsonl: is not valid UTF-8: byte 0xe9 at offset 21 \(line 2\)/,
    );
  });

  it('refuses binary (a NUL byte) and UTF-16 without a byte order mark', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'x.png')).toThrow(
      /NUL byte at offset 4/,
    );
    const bomless = new Uint8Array([0x48, 0x00, 0x69, 0x00]);
    expect(() => decodeText(bomless, 'u16.txt')).toThrow(TextDecodeError);
  });

  it('refuses input over the size limit before decoding it', () => {
    expect(() => decodeText(new Uint8Array(2048), 'big.txt', { maxBytes: 1024 })).toThrow(
      /over the 0 MiB limit|limit/,
    );
  });

  it('agrees with the platform decoder on what is valid UTF-8 (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(firstInvalidUtf8(enc.encode(s))).toBe(-1);
      }),
    );
  });
});
