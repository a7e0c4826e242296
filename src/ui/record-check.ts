// The page's side of workers/check.worker.ts: a record brought to the page is checked in a worker of its own,
// started for the one check and ended after it, so that a huge bad file never freezes the page.
import type { CheckAnswer, CheckRequest } from './workers/check.worker';
import { startCheckWorker } from './workers/start';

/** The problems of a record that did not open: the report lines, at most 100 and "and N more". */
export class RecordProblems extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'RecordProblems';
  }
}

/** Resolves when the record in `files` opens cleanly; rejects with RecordProblems when it does not. */
export function checkRecord(files: Readonly<Record<string, string>>): Promise<void> {
  const worker = startCheckWorker();
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<CheckAnswer>) => {
      worker.terminate();
      if (e.data.ok) resolve();
      else reject(new RecordProblems(e.data.lines));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new RecordProblems([`the record could not be checked: ${e.message}`]));
    };
    const request: CheckRequest = { files: { ...files } };
    worker.postMessage(request);
  });
}
