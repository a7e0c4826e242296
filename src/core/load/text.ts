// Bytes to text, refusing what is not text rather than guessing. A data file or a news report given to the
// command line may be UTF-16 (Windows "Unicode" saves), Latin-1 or cp1252 (old editors), or not text at all;
// decoding any of them as UTF-8 silently turns names into U+FFFD and finds nothing. So: a UTF-8 or UTF-16 byte
// order mark is honoured and said; invalid UTF-8 is refused with the byte offset and line of the first bad
// sequence; NUL bytes mean binary; a size limit keeps one command from eating the machine's memory.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Set when the input was decoded from something other than plain UTF-8: say so to the user. */
  notice?: string;
}

export class TextDecodeError extends Error {
  constructor(
    readonly file: string,
    /** What is wrong, without the file name (for a report that names the file itself). */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'TextDecodeError';
  }
}

export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 16 MiB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_TEXT_BYTES = 16 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1048576) return `${(n / 1048576).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${n} bytes`;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new TextDecodeError(
      file,
      `has a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding}`,
    );
  }
}

/** The first offset at which `bytes` stops being valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → continuation bytes needed and the smallest code point that may use that many (no overlongs).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    const min = [0, 0x80, 0x800, 0x10000][need]!;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Text of `bytes` read from `file` (a name for messages), or a TextDecodeError that says what is wrong. */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  const max = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (bytes.length > max) {
    throw new TextDecodeError(
      file,
      `is ${formatBytes(bytes.length)}, over the ${formatBytes(max)} limit for one text; split it`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: decodeUtf16(bytes, 'utf-16le', file),
      encoding: 'utf-16le',
      notice: `${file}: read as UTF-16LE (byte order mark)`,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: decodeUtf16(bytes, 'utf-16be', file),
      encoding: 'utf-16be',
      notice: `${file}: read as UTF-16BE (byte order mark)`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new TextDecodeError(
      file,
      `holds a NUL byte at offset ${nul} (line ${lineAt(bytes, nul)}): binary data or UTF-16 without a byte order mark, not UTF-8 text`,
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new TextDecodeError(
      file,
      `is not valid UTF-8: byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad} (line ${lineAt(bytes, bad)}); ` +
        'save it as UTF-8 (it may be Latin-1 or Windows-1252)',
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8').decode(hasBom ? bytes.subarray(3) : bytes);
  return { text, encoding: 'utf-8' };
}
