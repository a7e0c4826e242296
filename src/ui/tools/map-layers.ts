// Sources and layers the tools add to the map the MapView owns. Idempotent, so a component can call it on
// every change and after a style reload, and it never touches the MapView's own layers.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export type ToolLayer = LayerSpecification & { source: string };

/** Runs `fn` now if the style is ready, else once it is. Returns a cancel function. */
export function whenStyleReady(map: MapLibreMap, fn: () => void): () => void {
  if (map.isStyleLoaded()) {
    fn();
    return () => {};
  }
  let cancelled = false;
  const run = (): void => {
    if (!cancelled) fn();
  };
  map.once('load', run);
  return () => {
    cancelled = true;
    map.off('load', run);
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
