// `window.frontline`: the handle browser tests, screenshots and benchmarks wait on (see test/e2e/harness.ts).
// `ready` once the style and the record's data are on the map; `idle()` once the map has drawn all it was asked,
// including work the app started off the map (a territory computation in the worker, a camera flight).
import type { Map as MapLibreMap } from 'maplibre-gl';

let pending = 0;
let waiters: Array<() => void> = [];
let currentMap: MapLibreMap | null = null;
/** Bumped when a new map is installed (another record opened): work begun for the old map no longer counts. */
let generation = 0;

/** Marks app work the map will show when it is done; call the returned function when it is. */
export function beginWork(): () => void {
  pending++;
  const mine = generation;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (mine !== generation) return;
    pending--;
    if (pending === 0) waitForMapIdle();
  };
}

function waitForMapIdle(): void {
  const map = currentMap;
  if (!map || waiters.length === 0) return;
  map.once('idle', () => {
    if (pending > 0) return; // beginWork came in meanwhile; its end calls us again
    const ws = waiters;
    waiters = [];
    ws.forEach((w) => w());
  });
  // With nothing left to draw MapLibre fires 'idle' right after this frame.
  map.triggerRepaint();
}

/** Resolves once no app work is pending and the map has drawn everything asked of it (the animation waits on it). */
export function whenIdle(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiters.push(resolve);
    if (pending === 0) waitForMapIdle();
  });
}

export function installTestingHandle(map: MapLibreMap): { setReady: () => void } {
  if (currentMap && currentMap !== map) {
    generation++;
    pending = 0;
  }
  currentMap = map;
  const handle = {
    ready: false,
    map,
    idle: whenIdle,
  };
  window.frontline = handle;
  return {
    setReady: () => {
      handle.ready = true;
    },
  };
}
