// What every command shares: where the repository is, how to print, how to fail.
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, DEFAULT_MAX_TEXT_BYTES, formatBytes, TextDecodeError } from '../core/load/text';
import type { FrontlineRecord } from '../core/record';
import { echoName } from '../core/echo';

/**
 * The repository root (geo/ and data/ live there), wherever the command is run from: the nearest folder above
 * this module that holds package.json. The module is src/cli/io.ts under tsx and vitest, and a chunk in
 * dist-cli/ once compiled, so a fixed number of `..` would be wrong for one of them.
 */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`frontline: no package.json above ${from}`);
  }
}

export function repoPath(...parts: string[]): string {
  return resolve(REPO_ROOT, ...parts);
}

export function readRepoText(...parts: string[]): string {
  return readFileSync(repoPath(...parts), 'utf8');
}

/** What main hands every command besides its arguments. */
export interface CommandContext {
  /** The record the command runs on (the repository's, or `--record <dir>`), opened and checked once. */
  record: () => Promise<FrontlineRecord>;
}

/** Output streams, injectable so that commands are tested without spawning a process. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Binary data to standard output, as it is (a FlatGeobuf with `--out -`); `out` takes text only. */
  outBytes?: (bytes: Uint8Array) => void;
  /** Reads standard input to the end (for `-` arguments). */
  stdin: () => Promise<string>;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  outBytes: (b) => process.stdout.write(b),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  stdin: async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of process.stdin) {
      size += (c as Buffer).length;
      // Stop reading at the limit instead of buffering an endless pipe.
      if (size > DEFAULT_MAX_TEXT_BYTES) {
        throw new UsageError(
          `standard input is over the ${formatBytes(DEFAULT_MAX_TEXT_BYTES)} limit for one text; split it`,
        );
      }
      chunks.push(c as Buffer);
    }
    return decodeOrFail(new Uint8Array(Buffer.concat(chunks)), '(standard input)', processIO);
  },
};

/** Decoded text, a notice on stderr when it was not plain UTF-8, or a UsageError saying why it is refused. */
function decodeOrFail(bytes: Uint8Array, name: string, io: Pick<CliIO, 'err'>): string {
  try {
    const decoded = decodeText(bytes, name);
    if (decoded.notice) io.err(decoded.notice);
    return decoded.text;
  } catch (e) {
    if (e instanceof TextDecodeError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * The text of a file named on the command line (`-` is standard input): UTF-8, or UTF-16 with a byte order
 * mark; binary, invalid UTF-8 and files over the size limit are refused with a one-line reason.
 */
export async function readTextArgument(arg: string, io: CliIO): Promise<string> {
  if (arg === '-') return io.stdin();
  const path = resolve(arg);
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > DEFAULT_MAX_TEXT_BYTES) {
      throw new UsageError(
        `${arg}: is ${formatBytes(size)}, over the ${formatBytes(DEFAULT_MAX_TEXT_BYTES)} limit for one text; split it`,
      );
    }
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return decodeOrFail(bytes, arg, io);
}

export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A user error: the message goes to stderr and the command exits non-zero. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file the command could not write (`--out`): one line naming the path and why; exit status 1. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/** Why a write failed, in words, by the system's error code. */
const WRITE_REASONS: Record<string, string> = {
  ENOENT: 'no such folder (create it first)',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder; give a file name',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'the disk is full',
  EDQUOT: 'over the disk quota',
};

/**
 * Writes `text` to `arg` (resolved against the working directory) or throws an OutputError: never a stack trace
 * for a mistyped folder. The path is echoed in at most 200 characters (an over-long name is one of the errors).
 */
export function writeOutputFile(arg: string, text: string): string {
  const file = resolve(process.cwd(), arg);
  try {
    writeFileSync(file, text, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = WRITE_REASONS[code] ?? `${code || (e as Error).message}`;
    throw new OutputError(`cannot write ${echoName(arg, 200)}: ${reason}`);
  }
  return file;
}

/** One file a command writes: where (`-` is standard output) and what. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

function cannotWrite(arg: string, e: unknown): OutputError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const reason = WRITE_REASONS[code] ?? `${code || (e as Error).message}`;
  return new OutputError(`cannot write ${echoName(arg, 200)}: ${reason}`);
}

/**
 * Whether `arg` could be written, before anything is computed or written: a missing folder, a folder given as
 * the file, a part of the path that is a file, a name too long or a file without write permission is an
 * OutputError naming the path and the reason. Returns whether the file exists already.
 */
export function checkWritable(arg: string): boolean {
  const file = resolve(process.cwd(), arg);
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    accessSync(file, constants.W_OK);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(arg, e);
  }
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch (e) {
    throw cannotWrite(arg, e);
  }
  return false;
}

/**
 * Writes every file, or none: each must be writable, and an existing file is kept unless `force` (checked for
 * all before any is written, so a refused sidecar leaves no half-export behind). `-` writes to standard
 * output, text as it is and bytes through `outBytes`. Returns each file's absolute path and size.
 */
export function writeOutputs(
  io: CliIO,
  files: readonly OutputFile[],
  force: boolean,
): Array<{ file: string; bytes: number }> {
  const taken = files.filter((f) => f.path !== '-' && checkWritable(f.path));
  if (taken.length && !force)
    throw new UsageError(
      `${taken.map((t) => echoName(t.path, 200)).join(', ')} already exist${taken.length === 1 ? 's' : ''}; ` +
        'add --force to overwrite',
    );
  return files.map((f) => {
    const bytes = typeof f.data === 'string' ? Buffer.byteLength(f.data, 'utf8') : f.data.length;
    if (f.path === '-') {
      if (typeof f.data === 'string') io.out(f.data);
      else if (io.outBytes) io.outBytes(f.data);
      else throw new UsageError('this output cannot take binary data: write it to a file with --out');
      return { file: '-', bytes };
    }
    const abs = resolve(process.cwd(), f.path);
    try {
      writeFileSync(abs, f.data);
    } catch (e) {
      throw cannotWrite(f.path, e);
    }
    return { file: abs, bytes };
  });
}

/** Reads `--name value` and `--flag` options; the rest are positional arguments. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; flags?: string[] },
): { positional: string[]; values: Record<string, string>; flags: Set<string> } {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (spec.values?.includes(name)) {
        const v = inline ?? args[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        values[name] = v;
      } else if (spec.flags?.includes(name)) {
        flags.add(name);
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, values, flags };
}
