// Estimated areas and front lines off the main thread: a Voronoi of every known place, dissolved and clipped,
// takes tens of milliseconds for the real record and far more for a large one, which playback can't spare.
// Two kinds of request: the map's territory from points, and a whole snapshot (core/record's snapshotAt)
// of the record whose files were sent first with `open` — the same value `frontline export` writes.
import { estimateTerritory, type TerritoryPoint } from '../../core/territory';
import { openRecordSync, snapshotAt, type FrontlineRecord } from '../../core/record';
import { DataError, formatIssue } from '../../core/types';
import type { MultiPolygon, Polygon } from 'geojson';

export interface TerritoryRequest {
  id: number;
  points: TerritoryPoint[];
  clip: Polygon | MultiPolygon;
}

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

let record: FrontlineRecord | null = null;
let openError: string | null = null;

self.onmessage = (e: MessageEvent<TerritoryRequest | OpenRequest | SnapshotRequest>) => {
  const m = e.data;
  if ('type' in m && m.type === 'open') {
    try {
      record = openRecordSync((path) => {
        const text = m.files[path];
        if (text === undefined) throw new Error('missing from the build');
        return text;
      });
    } catch (err) {
      openError = err instanceof DataError ? err.issues.map(formatIssue).join('\n') : String(err);
    }
    return;
  }
  const { id } = m;
  try {
    if ('type' in m) {
      if (!record) throw new Error(openError ?? 'no record opened');
      self.postMessage({ id, snapshot: snapshotAt(record, m.date, m.target ? { target: m.target } : {}) });
    } else self.postMessage({ id, territory: estimateTerritory(m.points, m.clip) });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
};
