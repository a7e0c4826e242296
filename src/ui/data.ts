// The record the app shows: its files come from ./bundled (fetched as static assets in the served build,
// inlined in the portable one) and are read through core/record's openRecord, the same loader the CLI uses,
// so a malformed line fails the same way, with file, line and field, in both.
import { openRecordSync, type FrontlineRecord } from '../core/record/open';
import { bundledFiles } from './bundled';

/** The app's record (core/record's Record value). */
export type AppData = FrontlineRecord;

/** A reader over a set of files, for openRecord; a file missing from the set is reported by name. */
export function readerOver(files: Readonly<Record<string, string>>): (path: string) => string {
  return (path) => {
    const text = files[path];
    if (text === undefined) throw new Error('missing from the build');
    return text;
  };
}

/** The bundled record, read and checked, with its files; rejects with DataError naming file, line and field. */
export async function loadAppData(): Promise<{ data: AppData; files: Readonly<Record<string, string>> }> {
  const files = await bundledFiles();
  return { data: openRecordSync(readerOver(files)), files };
}
