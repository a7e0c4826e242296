// Checks a record brought to the page off the main thread (record-decode.ts: decode every file strictly, then
// open it through core/record's openRecord). A 50 MB file of bad lines takes a second or more to decode and read
// even with the loader stopping at 1,000 problems; here the page keeps answering meanwhile. The Record itself
// holds class instances that cannot cross to the page, so the answer is the decoded texts, which the page opens.
import { decodeAndCheck } from '../record-decode';

export interface CheckRequest {
  files: Record<string, Uint8Array>;
}

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  self.postMessage(decodeAndCheck(e.data.files));
};
