// start.ts for the portable build (scripts/vite/portable.ts puts this module in its place): the workers'
// code is inlined in the page and started from blob: URLs, which the portable CSP allows. Our own workers
// are built as classic workers there (vite.config.ts); MapLibre turns its blob: URL into a data: URL itself
// on a file:// page.
import TerritoryWorker from './territory.worker.ts?worker&inline';
import CheckWorker from './check.worker.ts?worker&inline';
import maplibreWorkerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

export function startTerritoryWorker(): Worker {
  return new TerritoryWorker();
}

export function startCheckWorker(): Worker {
  return new CheckWorker();
}

let maplibreUrl: string | null = null;

export function maplibreWorkerUrl(): string {
  maplibreUrl ??= URL.createObjectURL(new Blob([maplibreWorkerSource], { type: 'text/javascript' }));
  return maplibreUrl;
}
