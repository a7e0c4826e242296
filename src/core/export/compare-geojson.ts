// Two dates compared, as one FeatureCollection: a point for each place that changed hands (its side on either
// date, the events between and their sources and quotes) and a polygon for each side's ground gained or lost
// (estimated, as the areas are). Flat properties with one type per name, like the snapshot export.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Comparison } from '../compare';
import { type ExportContext, metadata } from './context';
import { normalizeFeatureCollection } from './normalize';

export const AREA_CHANGE_LABEL = 'Estimated area';

export function comparisonToGeoJSON(c: Comparison, opts: ExportContext): FeatureCollection {
  const factions = new Map(opts.factions.map((f) => [f.id, f]));
  const name = (id: string | null): string | null => (id ? (factions.get(id)?.name ?? id) : null);
  const features: Feature<Geometry>[] = [];
  for (const p of c.places) {
    const citations = p.events.flatMap((e) => e.citations.map((x) => ({ event: e.id, ...x })));
    features.push({
      type: 'Feature',
      id: `change:${p.place}`,
      properties: {
        feature_type: 'place-change',
        label: `${p.name}: ${name(p.from.faction) ?? p.from.status} → ${name(p.to.faction) ?? p.to.status}`,
        estimated: false,
        id: p.place,
        name: p.name,
        name_ar: p.nameAr,
        from_status: p.from.status,
        from_faction: p.from.faction,
        from_factions: p.from.factions.join(';'),
        from_bloc: p.from.bloc,
        to_status: p.to.status,
        to_faction: p.to.faction,
        to_factions: p.to.factions.join(';'),
        to_bloc: p.to.bloc,
        events: p.events.map((e) => e.id).join(';'),
        event_dates: p.events.map((e) => e.date).join(';'),
        sources: [...new Set(citations.map((x) => x.source))].join(';'),
        quotes: JSON.stringify(citations.map((x) => ({ event: x.event, source: x.source, quote: x.quote }))),
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    });
  }
  for (const a of c.areas) {
    features.push({
      type: 'Feature',
      id: `area-${a.change}:${a.side}`,
      properties: {
        feature_type: `area-${a.change}`,
        label: `${AREA_CHANGE_LABEL} ${a.change} by ${a.side}`,
        estimated: true,
        side: a.side,
        change: a.change,
        km2: a.km2,
      },
      geometry: a.geometry,
    });
  }
  return normalizeFeatureCollection({
    type: 'FeatureCollection',
    from: c.from,
    to: c.to,
    ...metadata(opts),
    features,
  } as FeatureCollection);
}
