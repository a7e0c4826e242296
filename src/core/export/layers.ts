// One layer per geometry kind. A date's snapshot mixes points (places), polygons (areas) and lines (front lines,
// the ruler) in one FeatureCollection, which GeoJSON allows but GDAL reads as one layer of "Unknown (any)"
// geometry, and which a Shapefile or a typed FlatGeobuf cannot hold. Each layer also gets one property schema
// (the union of its features' keys, missing ones null), so every tool infers the same columns.
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const LAYER_KINDS = ['places', 'areas', 'lines'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

export function layerOf(g: Geometry | null): LayerKind | null {
  switch (g?.type) {
    case 'Point':
    case 'MultiPoint':
      return 'places';
    case 'Polygon':
    case 'MultiPolygon':
      return 'areas';
    case 'LineString':
    case 'MultiLineString':
      return 'lines';
    default:
      return null;
  }
}

/** Every feature the same keys, in first-seen order; a key a feature lacks is null. */
export function uniformProperties<G extends Geometry>(features: Array<Feature<G>>): Array<Feature<G>> {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    for (const k of Object.keys(f.properties ?? {})) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return features.map((f) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    return { ...f, properties: Object.fromEntries(keys.map((k) => [k, props[k] ?? null])) };
  });
}

/** Polygons become MultiPolygons (lines MultiLineStrings) where a layer mixes both: one type a layer. */
export function promoteToMulti<G extends Geometry>(features: Array<Feature<G>>): Array<Feature<Geometry>> {
  const types = new Set(features.map((f) => f.geometry?.type));
  const mixed = (one: string) => types.has(one as never) && types.has(`Multi${one}` as never);
  return features.map((f) => {
    const g = f.geometry as Geometry;
    if (g.type === 'Polygon' && mixed('Polygon')) {
      return { ...f, geometry: { type: 'MultiPolygon', coordinates: [g.coordinates] } };
    }
    if (g.type === 'LineString' && mixed('LineString')) {
      return { ...f, geometry: { type: 'MultiLineString', coordinates: [g.coordinates] } };
    }
    if (g.type === 'Point' && mixed('Point')) {
      return { ...f, geometry: { type: 'MultiPoint', coordinates: [g.coordinates] } };
    }
    return f as Feature<Geometry>;
  });
}

/**
 * The features of `fc` of one kind, as their own FeatureCollection: the top-level members (name, description,
 * metadata) are kept, and `name` says which layer it is.
 */
export function selectLayer(fc: FeatureCollection, kind: LayerKind): FeatureCollection {
  const features = promoteToMulti(uniformProperties(fc.features.filter((f) => layerOf(f.geometry) === kind)));
  const out = { ...fc, features } as FeatureCollection & { name?: unknown };
  if (typeof out.name === 'string') out.name = `${out.name}-${kind}`;
  return out;
}
