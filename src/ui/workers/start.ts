// Where the app's workers come from. Served (dist/), each is a file of the build: the territory worker, the
// record checker and MapLibre's. The portable build (one HTML file opened from file://, where Chromium starts no worker
// from a file) swaps this module for start.portable.ts, which starts both from blob: URLs of inlined code.
import maplibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function startTerritoryWorker(): Worker {
  return new Worker(new URL('./territory.worker.ts', import.meta.url), { type: 'module' });
}

/** Checks a record brought to the page (record-check.ts), one worker per check. */
export function startCheckWorker(): Worker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
}

/** For MapLibre's setWorkerUrl, which wants an absolute URL (Vite's is relative to the page, base './'). */
export function maplibreWorkerUrl(): string {
  return new URL(maplibreWorker, document.baseURI).href;
}
