// Reading a record the reader brings: a folder dropped onto the page (webkitGetAsEntry) or chosen with
// <input webkitdirectory>, or a .zip dropped or chosen (fflate). Everything ends as path → bytes, then
// record-files.ts finds the record in it; the bytes are decoded and checked in a worker (record-check.ts), and
// App opens a record that passed through openRecord.
import { unzipSync } from 'fflate';
import { MAX_RECORD_BYTES, mayBeRecordFile, recordFilesFrom, type FoundRecord } from './record-files';

export class RecordInputError extends Error {}

/** One file brought to the page: its path in the drop and its bytes, not yet decoded. */
export interface BroughtFile {
  path: string;
  content: Uint8Array;
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function isZip(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** A .zip's record files (only those; the rest are never inflated). */
export async function filesOfZip(file: File): Promise<BroughtFile[]> {
  if (file.size > MAX_RECORD_BYTES) throw new RecordInputError(`${file.name} is larger than a record can be`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => mayBeRecordFile(f.name) && f.originalSize <= MAX_RECORD_BYTES,
    });
  } catch (e) {
    throw new RecordInputError(
      `${file.name} is not a readable .zip archive (${e instanceof Error ? e.message : e})`,
    );
  }
  return Object.entries(entries).map(([path, content]) => ({ path, content }));
}

/** Files chosen with <input webkitdirectory> (each knows its path in the folder) or one .zip. */
export async function filesOfList(list: FileList | readonly File[]): Promise<BroughtFile[]> {
  const files = [...list];
  if (files.length === 1 && isZip(files[0]!.name)) return filesOfZip(files[0]!);
  let total = 0;
  const out: BroughtFile[] = [];
  for (const f of files) {
    const path = f.webkitRelativePath || f.name;
    if (!mayBeRecordFile(path)) continue;
    total += f.size;
    if (total > MAX_RECORD_BYTES) throw new RecordInputError('the folder is larger than a record can be');
    out.push({ path, content: await bytesOf(f) });
  }
  return out;
}

function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  return new Promise((resolve, reject) => {
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Everything dropped: folders walked, a .zip unpacked, loose files read. */
export async function filesOfDrop(items: DataTransferItemList): Promise<BroughtFile[]> {
  // Entries must be taken synchronously, before the first await: the list empties after the event.
  const entries = [...items].flatMap((i) => {
    const e = i.kind === 'file' ? i.webkitGetAsEntry() : null;
    return e ? [e] : [];
  });
  const out: BroughtFile[] = [];
  let total = 0;
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory) {
      for (const child of await readEntries(entry as FileSystemDirectoryEntry)) await walk(child, `${path}/`);
      return;
    }
    const file = await fileOf(entry as FileSystemFileEntry);
    if (isZip(file.name) && entries.length === 1) {
      out.push(...(await filesOfZip(file)));
      return;
    }
    if (!mayBeRecordFile(path)) return;
    total += file.size;
    if (total > MAX_RECORD_BYTES) throw new RecordInputError('the drop is larger than a record can be');
    out.push({ path, content: await bytesOf(file) });
  };
  for (const e of entries) await walk(e, '');
  return out;
}

/** The record in what was brought, or an error saying why there is none. */
export function findRecord(files: readonly BroughtFile[]): FoundRecord<Uint8Array> {
  const found = recordFilesFrom(files);
  if (!found)
    throw new RecordInputError(
      'no data/record.json in what was dropped: drop the record’s folder, or a .zip of it',
    );
  return found;
}
