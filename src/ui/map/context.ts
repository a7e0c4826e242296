// The map that MapView owns, handed to its child components through Svelte context (the pattern of
// svelte-maplibre-gl): a tool layer or the place popup asks for the map when it mounts, adds its own sources,
// layers and listeners, and removes them when it is destroyed. MapView renders its children only once the
// style has loaded, so a child may add sources and layers straight away.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('frontline:map');

/**
 * Called by MapView during its initialisation, before the map exists (context can only be set then): the
 * children it renders later read the map through `current`.
 */
export function provideMap(current: () => MapLibreMap | null): void {
  setContext(KEY, current);
}

/** The loaded map of the enclosing MapView. Call it during a child component's initialisation. */
export function useMap(): MapLibreMap {
  const current = getContext<(() => MapLibreMap | null) | undefined>(KEY);
  const map = current?.();
  if (!map) throw new Error('useMap() called outside a MapView, or before its map loaded');
  return map;
}
