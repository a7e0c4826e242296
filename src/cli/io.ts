// What every command shares: where the repository is, how to print, how to fail.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrontlineRecord } from '../core/record';

/** The repository root (geo/ and data/ live there), wherever the command is run from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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
  /** Reads standard input to the end (for `-` arguments). */
  stdin: () => Promise<string>;
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

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
