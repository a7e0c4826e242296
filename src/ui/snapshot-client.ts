// Asks the territory worker for core/record's snapshotAt: the one value the map shows and the Download menu
// writes, computed off the main thread so that the estimator is not part of the app's main bundle. The
// worker starts on the first request and keeps the record open after that.
import type { RecordSnapshot } from '../core/record/snapshot';
import type { ISODate } from '../core/types';
import type { Comparison } from '../core/compare';
import type { CompareRequest, OpenRequest, SnapshotRequest } from './workers/territory.worker';
import { startTerritoryWorker } from './workers/start';

export class SnapshotClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (s: RecordSnapshot | Comparison) => void; reject: (e: Error) => void }
  >();
  private readonly comparisons = new Map<string, Promise<Comparison>>();
  private readonly cache = new Map<string, Promise<RecordSnapshot>>();

  /** `files`: the record's files by path relative to its root, as openRecord reads them. */
  constructor(private readonly files: Readonly<Record<string, string>>) {}

  private start(): Worker {
    const w = startTerritoryWorker();
    w.onmessage = (
      e: MessageEvent<{ id: number; snapshot?: RecordSnapshot; comparison?: Comparison; error?: string }>,
    ) => {
      const p = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      const value = e.data.snapshot ?? e.data.comparison;
      if (value) p?.resolve(value);
      else p?.reject(new Error(e.data.error ?? 'the worker gave no snapshot'));
    };
    const open: OpenRequest = { type: 'open', files: { ...this.files } };
    w.postMessage(open);
    return w;
  }

  /** The snapshot of `date`, distances measured to `target` (the record's own target when not given). */
  snapshot(date: ISODate, target?: string): Promise<RecordSnapshot> {
    const key = `${date}|${target ?? ''}`;
    let hit = this.cache.get(key);
    if (!hit) {
      this.worker ??= this.start();
      const id = this.nextId++;
      const req: SnapshotRequest = { type: 'snapshot', id, date, ...(target ? { target } : {}) };
      hit = new Promise<RecordSnapshot>((resolve, reject) =>
        this.waiting.set(id, { resolve: (v) => resolve(v as RecordSnapshot), reject }),
      );
      // A failure is not kept: the next click asks again.
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
      this.worker.postMessage(req);
    }
    return hit;
  }

  /** `from` (the earlier date) compared with `to`: places that changed hands, areas gained and lost. */
  compare(from: ISODate, to: ISODate): Promise<Comparison> {
    const key = `${from}|${to}`;
    let hit = this.comparisons.get(key);
    if (!hit) {
      this.worker ??= this.start();
      const id = this.nextId++;
      const req: CompareRequest = { type: 'compare', id, from, to };
      hit = new Promise<Comparison>((resolve, reject) =>
        this.waiting.set(id, { resolve: (v) => resolve(v as Comparison), reject }),
      );
      hit.catch(() => this.comparisons.delete(key));
      this.comparisons.set(key, hit);
      this.worker.postMessage(req);
    }
    return hit;
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const w of this.waiting.values()) w.reject(new Error('closed'));
    this.waiting.clear();
  }
}
