// A record, opened and checked (open.ts), and its snapshot on a date (snapshot.ts). The app's main bundle
// imports open.ts alone, so that the territory estimator ships only in the worker.
export {
  openRecord,
  openRecordSync,
  orderEvents,
  nearestIds,
  sidesOf,
  RECORD_FILES,
  type FrontlineRecord,
  type Outline,
  type OutlineProperties,
  type ReadFile,
  type ReadFileSync,
} from './open';
export { snapshotAt, distancesFor, type RecordSnapshot, type SnapshotOptions } from './snapshot';
