// The record a command works on: the repository's own (data/ and geo/ at its root), or the folder given with
// `--record <dir>`. Read through the one loader, core/record's openRecord, with a reader over the file system;
// opened once per folder and process.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openRecord, openRecordSync, type FrontlineRecord } from '../core/record';
import { REPO_ROOT } from './io';
import { decodeText } from '../core/load/text';

const opened = new Map<string, Promise<FrontlineRecord>>();

/** Larger than any file of a record should be (the app refuses a bigger drop, too). */
const MAX_RECORD_FILE_BYTES = 64 * 1024 * 1024;

/**
 * A reader of files under `root`, by their path relative to it. Bytes are decoded strictly (core/load/text):
 * invalid UTF-8 or binary data in a data file is reported with its offset and line, never read as U+FFFD.
 */
export function fileReader(root: string): (path: string) => Promise<string> {
  return async (path) =>
    decodeText(new Uint8Array(await readFile(resolve(root, path))), path, { maxBytes: MAX_RECORD_FILE_BYTES })
      .text;
}

/** The record at `dir` (relative to the working directory), or the repository's own. */
export function openRecordAt(dir?: string): Promise<FrontlineRecord> {
  const root = dir === undefined ? REPO_ROOT : resolve(process.cwd(), dir);
  let r = opened.get(root);
  if (!r) {
    r = openRecord(fileReader(root));
    opened.set(root, r);
    // A failed read is not cached: the analyst fixes the file and runs the command again in the same process.
    r.catch(() => opened.delete(root));
  }
  return r;
}

/** The repository's record (or the one at `dir`), read synchronously: for scripts and tests. */
export function openRecordSyncAt(dir?: string): FrontlineRecord {
  const root = dir === undefined ? REPO_ROOT : resolve(process.cwd(), dir);
  return openRecordSync(
    (path) =>
      decodeText(new Uint8Array(readFileSync(resolve(root, path))), path, { maxBytes: MAX_RECORD_FILE_BYTES })
        .text,
  );
}
