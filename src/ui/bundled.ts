// The bundled record's files (data/, geo/), by their path relative to the record's root (`data/events.jsonl`).
// This module inlines them as text (Vite `?raw`): the dev server, the unit tests and the portable single-file
// build (a file:// page, which cannot fetch) use it. The served build swaps it for bundled.fetch.ts
// (scripts/vite/bundled.ts), which fetches the same files as static assets, so ~1 MB of text is not parsed as
// JavaScript before the first map. Both give the same interface.
const inlined = import.meta.glob<string>(
  [
    '../../data/*.json',
    '../../data/*.jsonl',
    '../../geo/*.jsonl',
    '../../geo/*.tsv',
    '../../geo/*.geojson',
    '../../geo/basemap/*.geojson',
  ],
  { query: '?raw', import: 'default', eager: true },
);

const files: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(inlined).map(([path, text]) => [path.replace(/^\.\.\/\.\.\//, ''), text]),
);

/** Every bundled file (the basemap's included). */
export function bundledFiles(): Promise<Readonly<Record<string, string>>> {
  return Promise.resolve(files);
}

/** Only the basemap's files (geo/basemap/…), which the map needs first. */
export function bundledBasemap(): Promise<Readonly<Record<string, string>>> {
  return Promise.resolve(
    Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith('geo/basemap/'))),
  );
}
