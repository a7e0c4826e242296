// The MapLibre types the map's child components need, so that only src/ui/map names maplibre-gl.
import type { LayerSpecification } from 'maplibre-gl';

export type {
  ExpressionSpecification,
  FilterSpecification,
  Map as MapLibreMap,
  MapMouseEvent,
} from 'maplibre-gl';

/** A layer of one GeoJsonLayers source: its spec without `source`, which the component fills in. */
export type SourceLayer = Omit<Exclude<LayerSpecification, { type: 'background' }>, 'source'>;
