// Every control period of every place as a Point with `start_date` and `end_date`: the shape QGIS's Temporal
// Controller and OpenHistoricalMap tools play back. ISO dates (YYYY-MM-DD) so GDAL types them Date. kepler.gl
// plays only timestamps (a date-only field is its `date` type, with no playback), so each period also carries
// `start_time`/`end_time`, the ISO date-time at which the record's day begins in its own zone, and the same
// instants as epoch milliseconds (`start_ms`/`end_ms`).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ControlEvent, ControlPeriod, Place } from '../types';
import { addDays } from '../dates';
import {
  citationsOf,
  dayStart,
  dayStartMs,
  type ExportContext,
  metadata,
  nameAndDescription,
} from './context';
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
  const zone = ctx.record.utcOffset;
  const features: Array<Feature<Point>> = periods.map((p) => {
    const place = places.get(p.place);
    if (!place) throw new RangeError(`period of unknown place ${p.place}`);
    const ev = events.get(p.eventId);
    const end = p.end ?? openEnd;
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
        end_date: end,
        start_time: dayStart(p.start, zone),
        end_time: dayStart(end, zone),
        start_ms: dayStartMs(p.start, zone),
        end_ms: dayStartMs(end, zone),
        open_ended: p.end === null,
        event_id: p.eventId,
        confidence: ev?.confidence ?? null,
        alt_date: ev?.altDate ?? null,
        ...citationsOf(events, p.eventId),
      },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    };
  });
  const endNote =
    `end_date is exclusive: a period holds from start_date up to the day before end_date. Days are calendar ` +
    `days at UTC${zone}; start_time and end_time (and start_ms, end_ms in milliseconds since 1970 UTC) are the ` +
    `instants those days begin. A period still open at the record's end (${ctx.record.end}) is given end_date ` +
    `${openEnd}, the day after, and open_ended true.`;
  return normalizeFeatureCollection({
    type: 'FeatureCollection',
    ...nameAndDescription(
      ctx,
      'frontline-timeline',
      `${ctx.record.title}: every control period of every place, ${ctx.record.start} to ${ctx.record.end}. ${endNote}`,
    ),
    ...metadata(ctx),
    end_date_note: endNote,
    features,
  } as FeatureCollection<Point>);
}
