// Every control period of every place as a Point with `start_date` and `end_date`: the shape QGIS's Temporal
// Controller, OpenHistoricalMap tools and kepler.gl play back. ISO dates (YYYY-MM-DD) so GDAL types them Date.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ControlEvent, ControlPeriod, Place } from '../types';
import { addDays } from '../dates';
import { citationsOf, type ExportContext, metadata } from './context';
import { normalizeFeatureCollection } from './normalize';

export function timelineToGeoJSON(
  periods: readonly ControlPeriod[],
  places: ReadonlyMap<string, Place>,
  ctx: ExportContext,
): FeatureCollection<Point> {
  const factions = new Map(ctx.factions.map((f) => [f.id, f]));
  const events = new Map<string, ControlEvent>(ctx.events.map((e) => [e.id, e]));
  // A period still open at the record's end has no end; tools need one, so it ends the day after the record.
  const openEnd = addDays(ctx.record.end, 1);
  const features: Array<Feature<Point>> = periods.map((p) => {
    const place = places.get(p.place);
    if (!place) throw new RangeError(`period of unknown place ${p.place}`);
    const ev = events.get(p.eventId);
    return {
      type: 'Feature',
      id: `period:${p.place}:${p.start}`,
      properties: {
        feature_type: 'period',
        place: p.place,
        name: place.name,
        name_ar: place.nameAr,
        kind: place.kind,
        status: p.status,
        faction: p.faction,
        faction_name: p.faction ? (factions.get(p.faction)?.name ?? null) : null,
        factions: p.factions.join(';'),
        bloc: p.bloc,
        start_date: p.start,
        end_date: p.end ?? openEnd,
        open_ended: p.end === null,
        event_id: p.eventId,
        confidence: ev?.confidence ?? null,
        alt_date: ev?.altDate ?? null,
        ...citationsOf(events, p.eventId),
      },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    };
  });
  return normalizeFeatureCollection({
    type: 'FeatureCollection',
    ...metadata(ctx),
    end_date_note: `end_date is exclusive. A period still open at the record's end (${ctx.record.end}) is given end_date ${openEnd}, the day after, and open_ended true.`,
    features,
  } as FeatureCollection<Point>);
}
