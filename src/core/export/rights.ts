// Whose is what in a record: the record's own licence (an SPDX id in data/record.json), and the quotes, which
// are not the record's to license. One statement, written into every export and shown by the app, so that
// what a file says about its licence is true of every part of it.
import type { RecordInfo } from '../types';

/** SPDX ids a record is likely to use, with the name and deed people read. */
const KNOWN: Record<string, { name: string; url: string }> = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': { name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
};

/** `CC-BY-4.0` → `CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)`; an unknown id as it is. */
export function licenceName(spdx: string): string {
  const k = KNOWN[spdx];
  return k ? `${k.name} (${k.url})` : spdx;
}

/** Said of the quotes when the record says nothing of them: true of any quote from a publication. */
export const DEFAULT_QUOTES_RIGHTS =
  "The quotes are not under the record's licence: each remains its publisher's and is quoted, with attribution " +
  "to its outlet, as evidence for one event; reuse them under their publishers' terms.";

/** The record's licence and the quotes' rights, in two sentences. */
export function licenceStatement(info: Pick<RecordInfo, 'title' | 'licence' | 'quotesRights'>): string {
  return (
    `The record (places' control states, events, estimated areas and front lines) is licensed ` +
    `${licenceName(info.licence)}: credit "${info.title}". ${info.quotesRights ?? DEFAULT_QUOTES_RIGHTS}`
  );
}
