// The record the app shows: its files are bundled as text (Vite `?raw`) and read through core/record's
// openRecord, the same loader the CLI uses, so a malformed line fails the same way, with file, line and
// field, in both.
import { openRecordSync, type FrontlineRecord } from '../core/record/open';

/** The app's record (core/record's Record value). */
export type AppData = FrontlineRecord;

// Every file a record may name: the fixed ones and whatever record.json's `geo` points to.
const bundled = import.meta.glob<string>(
  [
    '../../data/*.json',
    '../../data/*.jsonl',
    '../../geo/*.jsonl',
    '../../geo/*.tsv',
    '../../geo/*.geojson',
    '../../geo/basemap/*.geojson',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/** The bundled record's files by their path relative to the record's root (`data/events.jsonl`). */
export const recordFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(bundled).map(([path, text]) => [path.replace(/^\.\.\/\.\.\//, ''), text]),
);

/** A reader over a set of files, for openRecord; a file missing from the set is reported by name. */
export function readerOver(files: Readonly<Record<string, string>>): (path: string) => string {
  return (path) => {
    const text = files[path];
    if (text === undefined) throw new Error('missing from the build');
    return text;
  };
}

/** The bundled record, read and checked; throws DataError naming file, line and field. */
export function loadAppData(): AppData {
  return openRecordSync(readerOver(recordFiles));
}
