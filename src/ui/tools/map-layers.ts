// Sources and layers the tools add to the map the MapView owns. Idempotent, so a component can call it on
// every change and after a style reload, and it never touches the MapView's own layers.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export type ToolLayer = LayerSpecification & { source: string };

/**
 * Runs `fn` now, or once the style itself is parsed if it is not yet. Not `isStyleLoaded()`: that stays false
 * while any source is still loading (our own previous setData included), and 'load' would never come again.
 * Returns a cancel function.
 */
export function whenStyleReady(map: MapLibreMap, fn: () => void): () => void {
  let cancelled = false;
  const attempt = (): void => {
    if (cancelled) return;
    try {
      fn();
    } catch (e) {
      // MapLibre throws "Style is not done loading" before the style JSON is in; try again when it is.
      if (!/not done loading/i.test(String(e))) throw e;
      map.once('styledata', attempt);
    }
  };
  attempt();
  return () => {
    cancelled = true;
    map.off('styledata', attempt);
  };
}

/** Sets the data of a tool's GeoJSON source, creating the source and its layers the first time. */
export function setToolData(
  map: MapLibreMap,
  sourceId: string,
  data: FeatureCollection,
  layers: readonly ToolLayer[],
): void {
  const src = map.getSource(sourceId) as GeoJSONSource | undefined;
  if (src) src.setData(data);
  else map.addSource(sourceId, { type: 'geojson', data });
  // Tool layers go on top of everything: a measurement must never hide under a label.
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

export function removeTool(map: MapLibreMap, sourceId: string, layers: readonly ToolLayer[]): void {
  // A map already removed (component torn down after the MapView) has no style left to clean.
  if (!map.style) return;
  for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(sourceId)) map.removeSource(sourceId);
}
