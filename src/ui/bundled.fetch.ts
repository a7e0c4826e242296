// The served build's bundled.ts (swapped in by scripts/vite/bundled.ts): the record's files are static
// assets of the build (record/data/events.jsonl, …; precached by the service worker), fetched in parallel as
// soon as this module runs, so the download overlaps the start-up and none of it is parsed as JavaScript.
import { BUNDLED_DIR, BUNDLED_PATHS } from 'virtual:frontline-bundled';

async function get(path: string): Promise<string> {
  const res = await fetch(new URL(`${BUNDLED_DIR}/${path}`, document.baseURI));
  // A missing file reads as missing to openRecord, which names it; any other failure is said as it is.
  if (!res.ok) throw new Error(`${path}: ${res.status} ${res.statusText}`.trim());
  return res.text();
}

const started = new Map(BUNDLED_PATHS.map((p) => [p, get(p)] as const));

async function collect(paths: readonly string[]): Promise<Readonly<Record<string, string>>> {
  const texts = await Promise.all(paths.map((p) => started.get(p)!));
  return Object.fromEntries(paths.map((p, i) => [p, texts[i]!]));
}

export function bundledFiles(): Promise<Readonly<Record<string, string>>> {
  return collect(BUNDLED_PATHS);
}

export function bundledBasemap(): Promise<Readonly<Record<string, string>>> {
  return collect(BUNDLED_PATHS.filter((p) => p.startsWith('geo/basemap/')));
}
