import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../src/ui/data';
import { blocColors, factionColors } from '../../src/ui/colors';
import { loadBasemap } from '../../src/ui/map/basemap';
import { countryLabelPoints, placeFeatures } from '../../src/ui/map/features';
import { buildStyle } from '../../src/ui/map/style';

// The map's style, as the app builds it from the embedded basemap and record, checked by MapLibre's own
// style-spec validator: a typo in a paint property or an expression fails here, not silently in the browser.
describe('the map style', async () => {
  // fonts.ts resolves the bundled font URLs against the page, as MapLibre needs absolute URLs.
  vi.stubGlobal('document', { baseURI: 'http://localhost:4173/' });
  const { data } = await loadAppData();
  const basemap = await loadBasemap();
  const style = buildStyle({
    basemap,
    places: placeFeatures(data.places, data.info.labelHints.always),
    countryLabels: countryLabelPoints(basemap.countries, ['name'], ['Turkey', 'Iraq'], [34, 30, 44, 38]),
    factionColors: factionColors(data.factions),
    blocColors: blocColors(data.factions),
    labelHints: data.info.labelHints,
  });

  it('passes the MapLibre style-spec validator with no error', () => {
    const errors = validateStyleMin(style).map((e) => e.message);
    expect(errors).toEqual([]);
  });

  it('the validator does catch a broken layer (the check can fail)', () => {
    const broken = structuredClone(style);
    broken.layers.push({
      id: 'broken',
      type: 'fill',
      source: 'no-such-source',
      paint: { 'fill-colour': 'red' },
    } as never);
    const errors = validateStyleMin(broken).map((e) => e.message);
    expect(errors.some((m) => m.includes('no-such-source'))).toBe(true);
    expect(errors.some((m) => m.includes('fill-colour'))).toBe(true);
  });

  it('names no glyph server, sprite or remote source: everything ships with the app', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(JSON.stringify(source)).not.toMatch(/https?:\/\//);
    }
  });
});
