// The day's snapshot off the main thread: core/record's snapshotAt (every place's state, the estimated areas,
// front lines and contested cells, the distances to the target) for the record whose files were sent first
// with `open` — the same value `frontline export` writes. The map paints it and the Download menu writes
// it; snapshotAt caches by date, so scrubbing back over a day costs nothing. A Voronoi of every known place,
// dissolved and clipped, takes tens of milliseconds for the real record and far more for a large one, which
// playback can't spare on the main thread.
import { openRecordSync, snapshotAt, type FrontlineRecord } from '../../core/record';
import { compareSnapshots } from '../../core/compare';
import { DataError, issueReport } from '../../core/types';

/** The record's files by path relative to its root; opened once, answered from for every `snapshot`. */
export interface OpenRequest {
  type: 'open';
  files: Record<string, string>;
}

export interface SnapshotRequest {
  type: 'snapshot';
  id: number;
  date: string;
  target?: string;
}

/** Two dates compared (core/compare): Turf's union and difference, kept off the main thread too. */
export interface CompareRequest {
  type: 'compare';
  id: number;
  from: string;
  to: string;
}

let record: FrontlineRecord | null = null;
let openError: string | null = null;

self.onmessage = (e: MessageEvent<OpenRequest | SnapshotRequest | CompareRequest>) => {
  const m = e.data;
  if (m.type === 'open') {
    try {
      record = openRecordSync((path) => {
        const text = m.files[path];
        if (text === undefined) throw new Error('missing from the build');
        return text;
      });
    } catch (err) {
      openError = err instanceof DataError ? issueReport(err.issues).join('\n') : String(err);
    }
    return;
  }
  try {
    if (!record) throw new Error(openError ?? 'no record opened');
    if (m.type === 'compare') {
      const comparison = compareSnapshots(snapshotAt(record, m.from), snapshotAt(record, m.to), record.model);
      self.postMessage({ id: m.id, comparison });
      return;
    }
    self.postMessage({
      id: m.id,
      snapshot: snapshotAt(record, m.date, m.target ? { target: m.target } : {}),
    });
  } catch (err) {
    self.postMessage({ id: m.id, error: String(err) });
  }
};
