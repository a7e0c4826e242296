// The map's style: an embedded basemap in calm newsroom colours, then the layers of the record (estimated areas,
// front lines, places coloured by feature-state) and the labels on top. No tiles, no sprite, no glyph server:
// everything the style names ships with the app.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { LabelAnchor, LabelHints } from '../../core/types';
import type { Basemap } from './basemap';
import { FONT_REGULAR, FONT_SEMIBOLD, fontFaces } from './fonts';
import { PALETTE } from './palette';

export const SRC = {
  places: 'places',
  areas: 'areas',
  frontLines: 'front-lines',
  contested: 'contested-areas',
  countryLabels: 'country-labels',
} as const;

export const LAYER = {
  areas: 'areas-fill',
  contestedAreas: 'contested-areas',
  frontLines: 'front-lines',
  frontLinesCasing: 'front-lines-casing',
  placesPulse: 'places-pulse',
  places: 'places',
  placesPrev: 'places-prev',
  placesContested: 'places-contested',
  labelsMinor: 'labels-minor',
  labelsRecord: 'labels-record',
} as const;

export const HATCH_IMAGE = 'hatch-contested';
export const HATCH_PATTERN = 'hatch-pattern';

/** Every layer the places source feeds: the ones a click or a query looks at. */
export const PLACE_LAYERS = [LAYER.places, LAYER.labelsRecord, LAYER.labelsMinor];

export interface StyleInput {
  basemap: Basemap;
  places: FeatureCollection<Point>;
  countryLabels: FeatureCollection<Point>;
  /** Faction id → `#rrggbb`. */
  factionColors: Record<string, string>;
  /** Bloc id → `#rrggbb`, for estimated areas that mix factions of one bloc. */
  blocColors: Record<string, string>;
  /** Which side of its dot each always-labelled place's label sits on (the record's labelHints). */
  labelHints: Pick<LabelHints, 'anchors' | 'defaultAnchor'>;
}

type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;

const JUSTIFY: Record<LabelAnchor, 'left' | 'right' | 'center'> = {
  left: 'left',
  right: 'right',
  top: 'center',
  bottom: 'center',
};

/** `match` on the place id over the record's anchors (or justifications), the default for the rest. */
function byPlace(
  hints: StyleInput['labelHints'],
  f: (a: LabelAnchor) => string,
): ExpressionSpecification | string {
  const pairs = Object.entries(hints.anchors).flatMap(([id, a]) => [id, f(a)]);
  if (pairs.length === 0) return f(hints.defaultAnchor);
  return ['match', ['get', 'id'], ...pairs, f(hints.defaultAnchor)] as unknown as ExpressionSpecification;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** `match` on a feature-state key over faction colours, `fallback` when unset. */
function factionColorBy(
  value: ExpressionSpecification,
  colors: Record<string, string>,
  fallback: string,
): ExpressionSpecification {
  const pairs = Object.entries(colors).flat();
  if (pairs.length === 0) return ['to-color', fallback];
  return ['match', value, ...pairs, fallback] as unknown as ExpressionSpecification;
}

function label(
  name: ExpressionSpecification,
  nameAr: ExpressionSpecification,
  separator: ExpressionSpecification | string = '\n',
): ExpressionSpecification {
  // English, then Arabic a touch smaller (below, or beside it); the Arabic is dropped where there is none.
  return [
    'format',
    name,
    {},
    ['case', ['!=', nameAr, ''], separator, ''],
    {},
    nameAr,
    { 'font-scale': 0.92 },
  ];
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const { basemap } = input;
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
  ];
  for (const [name, fc] of Object.entries(basemap)) {
    sources[`basemap-${name}`] = { type: 'geojson', data: fc, attribution: undefined };
  }
  const has = (name: keyof Basemap) => basemap[name] !== undefined;

  if (has('countries')) {
    layers.push({
      id: 'countries-fill',
      type: 'fill',
      source: 'basemap-countries',
      paint: { 'fill-color': PALETTE.land },
    });
  }
  if (has('syria')) {
    layers.push({
      id: 'syria-fill',
      type: 'fill',
      source: 'basemap-syria',
      paint: { 'fill-color': PALETTE.syria },
    });
  }
  if (has('lakes')) {
    layers.push({
      id: 'lakes',
      type: 'fill',
      source: 'basemap-lakes',
      paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterLine },
    });
  }

  sources[SRC.areas] = { type: 'geojson', data: EMPTY };
  layers.push({
    id: LAYER.areas,
    type: 'fill',
    source: SRC.areas,
    paint: {
      // An area held by one faction takes its colour; an area mixing factions of one bloc (faction null)
      // takes the bloc's. (A `coalesce` over a `match` never falls through: the match always has a value.)
      'fill-color': [
        'case',
        ['==', ['typeof', ['get', 'faction']], 'string'],
        factionColorBy(['get', 'faction'], input.factionColors, PALETTE.unknown),
        factionColorBy(['get', 'bloc'], input.blocColors, PALETTE.unknown),
      ] as unknown as ExpressionSpecification,
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.22, 9, 0.14],
    },
  });

  sources[SRC.contested] = { type: 'geojson', data: EMPTY };
  layers.push({
    id: LAYER.contestedAreas,
    type: 'fill',
    source: SRC.contested,
    paint: { 'fill-pattern': HATCH_PATTERN, 'fill-opacity': 0.55 },
  });

  if (has('governorates')) {
    layers.push({
      id: 'governorates-line',
      type: 'line',
      source: 'basemap-governorates',
      paint: {
        'line-color': PALETTE.adminLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 10, 1.2],
        'line-dasharray': [3, 2],
      },
    });
  }
  if (has('countries')) {
    layers.push({
      id: 'countries-line',
      type: 'line',
      source: 'basemap-countries',
      paint: {
        'line-color': PALETTE.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 10, 1.4],
      },
    });
  }
  if (has('syria')) {
    layers.push({
      id: 'syria-line',
      type: 'line',
      source: 'basemap-syria',
      paint: {
        'line-color': PALETTE.syriaBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.3, 10, 2.4],
      },
    });
  }
  if (has('rivers')) {
    layers.push({
      id: 'rivers',
      type: 'line',
      source: 'basemap-rivers',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.waterLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.5],
      },
    });
  }
  if (has('orontes')) {
    // GSHHG's Orontes and Euphrates (geo/basemap/orontes.geojson, scripts/geo-gshhg.ts): real courses, drawn
    // solid over Natural Earth's coarser Euphrates; Lake Qattinah, west of Homs, filled as water.
    layers.push(
      {
        id: 'orontes-lake',
        type: 'fill',
        source: 'basemap-orontes',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterLine },
      },
      {
        id: 'orontes',
        type: 'line',
        source: 'basemap-orontes',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': PALETTE.waterLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.5],
        },
      },
    );
  }
  if (has('roads')) {
    layers.push({
      id: 'roads',
      type: 'line',
      source: 'basemap-roads',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.road,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 2],
      },
    });
    layers.push({
      id: 'roads-label',
      type: 'symbol',
      source: 'basemap-roads',
      minzoom: 6.5,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 260,
        'text-field': ['coalesce', ['get', 'ref'], ['get', 'name'], ''],
        'text-font': [FONT_SEMIBOLD],
        'text-size': 10,
      },
      paint: {
        'text-color': PALETTE.roadText,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.5,
      },
    });
  }

  sources[SRC.frontLines] = { type: 'geojson', data: EMPTY };
  layers.push(
    {
      id: LAYER.frontLinesCasing,
      type: 'line',
      source: SRC.frontLines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.halo, 'line-width': 4, 'line-opacity': 0.7 },
    },
    {
      id: LAYER.frontLines,
      type: 'line',
      source: SRC.frontLines,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.frontLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 10, 2.6],
        'line-dasharray': [3, 2],
      },
    },
  );

  // Places: one source, numeric feature ids; colour, status and the change animation all live in
  // feature-state, so a new date costs a few setFeatureState calls rather than a rebuilt source.
  sources[SRC.places] = { type: 'geojson', data: input.places };
  const r5: ExpressionSpecification = ['match', ['get', 'rank'], 1, 5.5, 2, 4, 3.2];
  const r10: ExpressionSpecification = ['match', ['get', 'rank'], 1, 9, 2, 7, 5.5];
  const radius: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, r5, 10, r10];
  const pulse: ExpressionSpecification = ['coalesce', ['feature-state', 'pulse'], 0];
  // `zoom` may only sit at the top of an expression, so the pulse is added inside each stop.
  const grow: ExpressionSpecification = ['*', 18, pulse];
  const pulseRadius: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['zoom'],
    5,
    ['+', r5, grow],
    10,
    ['+', r10, grow],
  ];
  layers.push(
    {
      id: LAYER.placesPulse,
      type: 'circle',
      source: SRC.places,
      paint: {
        'circle-radius': pulseRadius,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': factionColorBy(
          ['feature-state', 'faction'],
          input.factionColors,
          PALETTE.frontLine,
        ),
        'circle-stroke-width': 2.5,
        'circle-stroke-opacity': [
          'case',
          ['>', pulse, 0],
          ['-', 1, pulse],
          0,
        ] as unknown as ExpressionSpecification,
      },
    },
    {
      id: LAYER.places,
      type: 'circle',
      source: SRC.places,
      paint: {
        'circle-radius': radius,
        'circle-color': [
          'case',
          ['==', ['feature-state', 'status'], 'contested'],
          PALETTE.contestedBase,
          factionColorBy(['feature-state', 'faction'], input.factionColors, PALETTE.unknown),
        ] as unknown as ExpressionSpecification,
        'circle-stroke-color': PALETTE.placeStroke,
        'circle-stroke-width': ['match', ['get', 'rank'], 1, 1.4, 1],
      },
    },
    {
      // The previous holder's colour, fading out over the new one while a change animates.
      id: LAYER.placesPrev,
      type: 'circle',
      source: SRC.places,
      paint: {
        'circle-radius': radius,
        'circle-color': factionColorBy(
          ['feature-state', 'prevFaction'],
          input.factionColors,
          PALETTE.unknown,
        ),
        'circle-opacity': ['coalesce', ['feature-state', 'prevOpacity'], 0],
        'circle-stroke-opacity': 0,
      },
    },
    {
      // Contested places carry a hatch drawn over their circle: a pattern, not a blink.
      id: LAYER.placesContested,
      type: 'symbol',
      source: SRC.places,
      layout: {
        'icon-image': HATCH_IMAGE,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.42, 10, 0.7],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-opacity': ['case', ['==', ['feature-state', 'status'], 'contested'], 1, 0],
      },
    },
  );

  sources[SRC.countryLabels] = { type: 'geojson', data: input.countryLabels };
  layers.push({
    id: 'country-labels',
    type: 'symbol',
    source: SRC.countryLabels,
    maxzoom: 8,
    layout: {
      'text-field': ['upcase', ['get', 'name']],
      'text-font': [FONT_SEMIBOLD],
      'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 14],
      'text-letter-spacing': 0.25,
      'text-padding': 8,
    },
    paint: {
      'text-color': PALETTE.countryText,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.2,
    },
  });

  const labelLayout: SymbolLayerSpecification['layout'] = {
    'text-font': [FONT_REGULAR],
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': 0.7,
    'text-justify': 'auto',
    'text-line-height': 1.15,
    'text-max-width': 20,
  };
  const { 'text-variable-anchor': _variable, ...labelLayoutFixed } = labelLayout;
  layers.push(
    {
      // Other places: ranked, so that the whole-country view shows the cities and the corridor shows towns.
      id: LAYER.labelsMinor,
      type: 'symbol',
      source: SRC.places,
      filter: ['all', ['!=', ['get', 'rank'], 1], ['>=', ['zoom'], ['match', ['get', 'rank'], 2, 4.8, 7.2]]],
      layout: {
        ...labelLayout,
        'text-field': label(['get', 'name'], ['get', 'nameAr']),
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10.5, 10, 13],
        'symbol-sort-key': ['get', 'sort'],
        'text-padding': 3,
      },
      paint: {
        'text-color': PALETTE.text,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.4,
      },
    },
    {
      // The places the record is about are always labelled: they may overlap others, never disappear.
      id: LAYER.labelsRecord,
      type: 'symbol',
      source: SRC.places,
      filter: ['==', ['get', 'rank'], 1],
      layout: {
        ...labelLayoutFixed,
        // Fixed sides, because overlap is allowed (a variable anchor would always take its first choice): the
        // record names the side for places so near each other that their labels would print over each other.
        'text-anchor': byPlace(input.labelHints, (a) => a) as SymbolLayout['text-anchor'],
        'text-justify': byPlace(input.labelHints, (a) => JUSTIFY[a]) as SymbolLayout['text-justify'],
        // A label beside its dot (left or right) is one line, English then Arabic, level with the dot: a
        // second line would hang below the dot's row, where a neighbour's dot may sit (Hama's Arabic name beside
        // a government village at the country view). A label above or below keeps the two lines.
        'text-field': label(
          ['get', 'name'],
          ['get', 'nameAr'],
          byPlace(input.labelHints, (a) =>
            a === 'left' || a === 'right' ? '  ' : '\n',
          ) as ExpressionSpecification,
        ),
        'text-font': [FONT_SEMIBOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 10, 15],
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': PALETTE.textStrong,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.6,
      },
    },
  );

  return {
    version: 8,
    name: 'Frontline',
    'font-faces': fontFaces(),
    sources,
    layers,
  };
}
