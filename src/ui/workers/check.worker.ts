// Checks a record brought to the page off the main thread: core/record's openRecord over its files, answering
// only whether it opened and, if not, its report (the first problems and "and N more"). A 50 MB file of bad lines
// takes seconds to read even with the loader stopping at 1,000 problems; here the page keeps answering meanwhile.
// The Record itself holds class instances that cannot cross to the page, so the page opens a clean record again.
import { openRecordSync } from '../../core/record/open';
import { DataError, issueReport } from '../../core/types';

export interface CheckRequest {
  files: Record<string, string>;
}

export type CheckAnswer = { ok: true } | { ok: false; lines: string[] };

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { files } = e.data;
  let answer: CheckAnswer;
  try {
    openRecordSync((path) => {
      const text = files[path];
      if (text === undefined) throw new Error('not in what was brought');
      return text;
    });
    answer = { ok: true };
  } catch (err) {
    answer = {
      ok: false,
      lines:
        err instanceof DataError
          ? issueReport(err.issues)
          : [err instanceof Error ? err.message : String(err)],
    };
  }
  self.postMessage(answer);
};
