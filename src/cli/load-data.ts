// Loads the control record from the repository's data/ folder, checking place ids against geo/places.jsonl.
// The ids are read straight from the file so the record can be checked without building the gazetteer.
import { existsSync } from 'node:fs';
import { ControlModel } from '../core/control';
import { similarity } from '../core/gazetteer/fuzzy';
import { loadRecord, readJsonLines, type LoadedRecord } from '../core/load/data';
import type { DataIssue } from '../core/types';
import { readRepoText, repoPath } from './io';

export const DATA_FILES = {
  record: 'data/record.json',
  factions: 'data/factions.jsonl',
  sources: 'data/sources.jsonl',
  events: 'data/events.jsonl',
  sourceKinds: 'data/source-kinds.jsonl',
} as const;

export const PLACES_FILE = 'geo/places.jsonl';

export interface RepoPlace {
  id: string;
  name: string;
}

/** Curated place ids and names from geo/places.jsonl, or null when the gazetteer has not been built. */
export function readPlaces(): RepoPlace[] | null {
  if (!existsSync(repoPath(PLACES_FILE))) return null;
  const issues: DataIssue[] = [];
  const rows = readJsonLines(readRepoText(PLACES_FILE), PLACES_FILE, issues);
  return rows.map((r) => {
    const v = r.value as { id?: unknown; name?: unknown };
    return { id: String(v.id), name: typeof v.name === 'string' ? v.name : String(v.id) };
  });
}

/** The ids most like `id`, best first: for "did you mean" messages. */
export function nearestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  return [...known]
    .map((k) => ({ k, s: similarity(id, k) + (k.startsWith(id) || id.startsWith(k) ? 0.3 : 0) }))
    .filter((x) => x.s >= 0.4)
    .sort((a, b) => b.s - a.s || a.k.localeCompare(b.k))
    .slice(0, limit)
    .map((x) => x.k);
}

export interface RepoRecord extends LoadedRecord {
  model: ControlModel;
  places: RepoPlace[] | null;
}

export function loadRepoRecord(): RepoRecord {
  const places = readPlaces();
  const placeIds = places ? new Set(places.map((p) => p.id)) : undefined;
  const file = (name: string) => ({ text: readRepoText(name), fileName: name });
  const loaded = loadRecord(
    {
      record: file(DATA_FILES.record),
      factions: file(DATA_FILES.factions),
      sources: file(DATA_FILES.sources),
      events: file(DATA_FILES.events),
      sourceKinds: file(DATA_FILES.sourceKinds),
    },
    { placeIds, suggest: placeIds ? (id) => nearestIds(id, placeIds) : undefined },
  );
  const model = new ControlModel(loaded.events, loaded.factions, loaded.record, {
    places: places?.map((p) => p.id),
  });
  return { ...loaded, model, places };
}
