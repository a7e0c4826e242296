// The record a command works on: the repository's own (data/ and geo/ at its root), or the folder given with
// `--record <dir>`. Read through the one loader, core/record's openRecord, with a reader over the file system;
// opened once per folder and process.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openRecord, openRecordSync, type FrontlineRecord } from '../core/record';
import { REPO_ROOT } from './io';

const opened = new Map<string, Promise<FrontlineRecord>>();

/** A reader of files under `root`, by their path relative to it. */
export function fileReader(root: string): (path: string) => Promise<string> {
  return (path) => readFile(resolve(root, path), 'utf8');
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
  return openRecordSync((path) => readFileSync(resolve(root, path), 'utf8'));
}
