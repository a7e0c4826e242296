// The page's side of workers/check.worker.ts: a record brought to the page is decoded and checked in a worker
// of its own, started for the one check and ended after it, so that a huge bad file never freezes the page.
import type { CheckAnswer } from './record-decode';
import type { CheckRequest } from './workers/check.worker';
import { startCheckWorker } from './workers/start';

/** The problems of a record that did not open: the report lines, at most 100 and "and N more". */
export class RecordProblems extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'RecordProblems';
  }
}

/**
 * The decoded texts of the record in `files` when it opens cleanly; rejects with RecordProblems when it does
 * not. The bytes are transferred to the worker, not copied: `files` is unusable afterwards.
 */
export function checkRecord(files: Readonly<Record<string, Uint8Array>>): Promise<Record<string, string>> {
  const worker = startCheckWorker();
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<CheckAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.files);
      else reject(new RecordProblems(e.data.lines));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new RecordProblems([`the record could not be checked: ${e.message}`]));
    };
    const request: CheckRequest = { files: { ...files } };
    // Each buffer once (the files of one .zip may share one): copying 50 MB would itself block the page.
    worker.postMessage(request, [...new Set(Object.values(files).map((b) => b.buffer as ArrayBuffer))]);
  });
}
