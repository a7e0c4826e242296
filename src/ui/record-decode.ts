// What the check worker does with a brought record, as a pure function (tested in Node): decode every file
// strictly (core/load/text: invalid UTF-8 or binary data is refused with file, offset and line, never read as
// U+FFFD), then open the record through core/record's openRecord. The answer is the decoded texts, or the
// report: at most 100 problems and "and N more".
import { decodeText, TextDecodeError } from '../core/load/text';
import { openRecordSync } from '../core/record/open';
import { DataError, issueReport } from '../core/types';
import { MAX_RECORD_BYTES } from './record-files';

export type CheckAnswer = { ok: true; files: Record<string, string> } | { ok: false; lines: string[] };

export function decodeAndCheck(files: Readonly<Record<string, Uint8Array>>): CheckAnswer {
  const texts: Record<string, string> = {};
  const undecodable: string[] = [];
  for (const [path, bytes] of Object.entries(files)) {
    try {
      texts[path] = decodeText(bytes, path, { maxBytes: MAX_RECORD_BYTES }).text;
    } catch (e) {
      if (!(e instanceof TextDecodeError)) throw e;
      undecodable.push(e.message);
    }
  }
  if (undecodable.length) return { ok: false, lines: undecodable };
  try {
    openRecordSync((path) => {
      const text = texts[path];
      if (text === undefined) throw new Error('not in what was brought');
      return text;
    });
    return { ok: true, files: texts };
  } catch (e) {
    if (e instanceof DataError) return { ok: false, lines: issueReport(e.issues) };
    return { ok: false, lines: [e instanceof Error ? e.message : String(e)] };
  }
}
