// What the exports read of a record, and the export context made from it: a module of its own, without the
// writers, so that a file that needs only one export (the app's compare view) does not load them all.
import type { FrontlineRecord } from '../record/open';
import type { ExportContext } from './context';

/** What the exports read of a record. */
export type ExportRecord = Pick<
  FrontlineRecord,
  'info' | 'factions' | 'sources' | 'events' | 'places' | 'placesById' | 'model'
>;

export function exportContext(record: ExportRecord, generated: string | undefined): ExportContext {
  return {
    factions: record.factions,
    sources: record.sources,
    record: record.info,
    events: record.events,
    ...(generated ? { generated } : {}),
  };
}
