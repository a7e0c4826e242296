// A record brought to the page (a dropped or chosen folder, or a .zip): its files by path relative to the
// record's root, the folder that holds data/record.json. Pure, so the folder walk and the archive both end
// in the same check, tested in Node; the page then opens the result through core/record's openRecord.

/** Files a record can name: JSON, JSON Lines, GeoJSON and the GeoNames TSV. Others are left out. */
const RECORD_FILE = /\.(json|jsonl|geojson|tsv)$/i;
/** Larger than any record should be; a bigger drop is refused before it is read. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface FoundRecord<T = string> {
  /** The record's folder in the drop ('' when data/ sat at the top). */
  root: string;
  /** Each file's content (its bytes as read, or its text), by path relative to the root. */
  files: Record<string, T>;
}

/**
 * The record among `paths` (slash-separated, as a folder walk or an archive lists them): the shallowest folder
 * with a data/record.json. Null when there is none.
 */
export function recordRoot(paths: Iterable<string>): string | null {
  let best: string | null = null;
  for (const raw of paths) {
    const p = raw.replace(/^\/+/, '');
    if (!(p === 'data/record.json' || p.endsWith('/data/record.json'))) continue;
    const root = p.slice(0, p.length - 'data/record.json'.length);
    if (best === null || root.split('/').length < best.split('/').length) best = root;
  }
  return best;
}

/** The record's files from everything dropped: those under its root, renamed relative to it. */
export function recordFilesFrom<T>(
  entries: ReadonlyArray<{ path: string; content: T }>,
): FoundRecord<T> | null {
  const root = recordRoot(entries.map((e) => e.path));
  if (root === null) return null;
  const files: Record<string, T> = {};
  for (const e of entries) {
    const p = e.path.replace(/^\/+/, '');
    if (!p.startsWith(root) || !RECORD_FILE.test(p)) continue;
    const rel = p.slice(root.length);
    // macOS archives carry __MACOSX/ shadow copies; hidden files are never part of a record.
    if (rel.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')) continue;
    files[rel] = e.content;
  }
  return { root: root.replace(/\/$/, ''), files };
}

/** Whether a path is worth reading at all (before its bytes are decoded). */
export function mayBeRecordFile(path: string): boolean {
  return RECORD_FILE.test(path) && !path.split('/').some((p) => p === '__MACOSX');
}
