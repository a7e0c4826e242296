// One FeatureCollection for one date: what the map shows, as GIS tools want it. Properties are flat and keep
// one type per name across features, so GDAL, QGIS and kepler.gl infer a single schema.
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { ControlEvent, Snapshot, SnapshotDistances } from '../types';
import { geodesicPath, METHOD, metresToMiles, pathLength, type LonLat } from '../measure/geodesic';
import { citationsOf, type ExportContext, metadata, nameAndDescription } from './context';
import { normalizeFeatureCollection } from './normalize';

export interface SnapshotExportOptions extends ExportContext {
  /** The ruler's points, if the user measured something: one feature per leg. */
  ruler?: readonly LonLat[];
}

export const AREA_LABEL = 'Estimated control area';
export const FRONT_LABEL = 'Estimated front line';
export const CONTESTED_LABEL = 'Estimated contested area';
export const NO_INFORMATION_LABEL = 'No information: beyond every place’s reach';

/** Suffix `:2`, `:3`… when an id repeats (two areas of one bloc), so feature ids stay unique and stable. */
function uniqueId(seen: Map<string, number>, id: string): string {
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  return n === 1 ? id : `${id}:${n}`;
}

export function rulerFeatures(points: readonly LonLat[]): Array<Feature<LineString>> {
  const { legs, total } = pathLength(points);
  return legs.map((m, i) => ({
    type: 'Feature',
    id: `ruler:${i + 1}`,
    properties: {
      feature_type: 'ruler',
      label: `${(m / 1000).toFixed(1)} km (${metresToMiles(m).toFixed(1)} mi)`,
      estimated: false,
      leg: i + 1,
      metres: Math.round(m * 1000) / 1000,
      km: Math.round(m) / 1000,
      mi: Math.round(metresToMiles(m) * 1000) / 1000,
      total_km: Math.round(total) / 1000,
      total_mi: Math.round(metresToMiles(total) * 1000) / 1000,
      method: METHOD,
    },
    // Densified so that any tool drawing straight lon/lat segments draws the geodesic that was measured.
    geometry: {
      type: 'LineString',
      coordinates: geodesicPath(points[i]!, points[i + 1]!, 1000).map((p) => [p[0], p[1]]),
    },
  }));
}

const km = (metres: number): number => Math.round(metres) / 1000;

/** The snapshot's distances as a foreign member: the distance panel's table, in km to the metre. */
function distancesMember(d: SnapshotDistances): Record<string, unknown> {
  return {
    target: d.target,
    method: METHOD,
    sides: d.sides.map((s) => ({
      side: s.side,
      centre_place: s.centre?.place ?? null,
      centre_km: s.centre ? km(s.centre.metres) : null,
      outskirts_place: s.outskirts?.place ?? null,
      outskirts_km: s.outskirts ? km(s.outskirts.metres) : null,
    })),
  };
}

export function snapshotToGeoJSON(snapshot: Snapshot, opts: SnapshotExportOptions): FeatureCollection {
  const factions = new Map(opts.factions.map((f) => [f.id, f]));
  const events = new Map<string, ControlEvent>(opts.events.map((e) => [e.id, e]));
  const features: Feature<Geometry>[] = [];
  for (const { place, state } of snapshot.places) {
    features.push({
      type: 'Feature',
      id: `place:${place.id}`,
      properties: {
        feature_type: 'place',
        label: place.name,
        estimated: false,
        // Not `id`: GDAL would read it as the field that shadows the feature's own id (`place:<id>`).
        place: place.id,
        name: place.name,
        name_ar: place.nameAr,
        kind: place.kind,
        geonames_id: place.geonamesId,
        faction: state.faction,
        faction_name: state.faction ? (factions.get(state.faction)?.name ?? null) : null,
        factions: state.factions.join(';'),
        bloc: state.bloc,
        status: state.status,
        since: state.since,
        event_id: state.eventId,
        ...citationsOf(events, state.eventId),
      },
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    });
  }
  const seen = new Map<string, number>();
  for (const a of snapshot.areas.features) {
    const p = a.properties;
    features.push({
      type: 'Feature',
      id: uniqueId(seen, `area:${p.bloc}`),
      properties: {
        feature_type: 'area',
        label: AREA_LABEL,
        estimated: true,
        bloc: p.bloc,
        faction: p.faction,
        faction_name: p.faction ? (factions.get(p.faction)?.name ?? null) : null,
        // The places it was drawn from, and the rules that shaped it: a reader can trace every area.
        places: (p.places ?? []).join(';'),
        rule: p.rule ?? null,
      },
      geometry: a.geometry,
    });
  }
  for (const c of snapshot.contested?.features ?? []) {
    features.push({
      type: 'Feature',
      id: uniqueId(seen, 'contested'),
      properties: {
        feature_type: 'contested',
        label: CONTESTED_LABEL,
        estimated: true,
        places: c.properties.places.join(';'),
        rule: (c.properties as { rule?: string }).rule ?? null,
      },
      geometry: c.geometry,
    });
  }
  for (const n of snapshot.noInformation?.features ?? []) {
    features.push({
      type: 'Feature',
      id: uniqueId(seen, 'no-information'),
      properties: {
        feature_type: 'no-information',
        label: NO_INFORMATION_LABEL,
        estimated: true,
        places: '',
        rule: n.properties.rule,
      },
      geometry: n.geometry,
    });
  }
  for (const l of snapshot.frontLines.features) {
    const [x, y] = l.properties.blocs;
    features.push({
      type: 'Feature',
      id: uniqueId(seen, `front:${x}-${y}`),
      properties: { feature_type: 'front-line', label: FRONT_LABEL, estimated: true, blocs: `${x};${y}` },
      geometry: l.geometry,
    });
  }
  if (opts.ruler && opts.ruler.length >= 2) features.push(...rulerFeatures(opts.ruler));
  return normalizeFeatureCollection({
    type: 'FeatureCollection',
    ...nameAndDescription(
      opts,
      `frontline-${snapshot.date}`,
      `${opts.record.title}: the state of every place on ${snapshot.date} (a calendar day at UTC${opts.record.utcOffset}), ` +
        `with the control areas and front lines estimated from the places (estimates, not surveyed lines: ` +
        `estimated is true on them).`,
    ),
    date: snapshot.date,
    ...metadata(opts),
    ...(snapshot.distances ? { distances: distancesMember(snapshot.distances) } : {}),
    features,
  } as FeatureCollection);
}
