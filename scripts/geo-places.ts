// From cities500.txt (GeoNames TSV) to the Syrian extract and the curated places.
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;
import type { Alias, Place } from '../src/core/types';
import { arabicName, arabicNames, latinNames, type GeoNamesRow } from '../src/core/gazetteer/geonames';
import { GEONAMES_COLUMNS } from '../src/core/load/geo';
import { CURATED, defaultKind, type CuratedRow } from './geo-curated';

/** One row of cities500.txt, the columns Frontline uses: the extract's row before a governorate is named. */
export type GeoRow = Omit<GeoNamesRow, 'governorate'>;

/** cities500.txt columns (GeoNames readme): 0 id, 1 name, 2 ascii, 3 alternates, 4 lat, 5 lon, 7 fcode, 8 cc, 10 admin1, 14 pop. */
export function parseCities500(text: string, country: string): GeoRow[] {
  const rows: GeoRow[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c[8] !== country) continue;
    rows.push({
      geonameid: Number(c[0]),
      name: c[1]!,
      asciiname: c[2]!,
      alternatenames: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      featureCode: c[7]!,
      admin1: c[10]!,
      population: Number(c[14] || 0),
    });
  }
  return rows;
}

export function derivePoint(
  d: NonNullable<CuratedRow['derive']>,
  byId: Map<number, GeoRow>,
  names: Map<number, string>,
): { lat: number; lon: number; coordSource: string } {
  if (d.kind === 'cited') {
    if (!/^https?:\/\/\S+$/.test(d.source))
      throw new Error(`a cited point needs the page's URL, not "${d.source}"`);
    return { lat: d.lat, lon: d.lon, coordSource: `cited: ${d.source} (${d.lat}, ${d.lon}); ${d.why}` };
  }
  const from = byId.get(d.from);
  if (!from) throw new Error(`derivation refers to missing GeoNames id ${d.from}`);
  const g = Geodesic.WGS84;
  const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
  if (d.kind === 'offset') {
    const p = g.Direct(from.lat, from.lon, d.bearing, d.km * 1000);
    return {
      lat: r5(p.lat2!),
      lon: r5(p.lon2!),
      coordSource: `approximate: offset ${d.km} km on bearing ${d.bearing}° (WGS84 geodesic) from GeoNames ${d.from} '${names.get(d.from)}' (${from.lat}, ${from.lon}); ${d.why}`,
    };
  }
  const to = byId.get(d.to);
  if (!to) throw new Error(`derivation refers to missing GeoNames id ${d.to}`);
  const inv = g.Inverse(from.lat, from.lon, to.lat, to.lon);
  const p = g.Direct(from.lat, from.lon, inv.azi1!, inv.s12! * d.t);
  return {
    lat: r5(p.lat2!),
    lon: r5(p.lon2!),
    coordSource: `approximate: ${d.t} of the way (WGS84 geodesic) from GeoNames ${d.from} '${names.get(d.from)}' to GeoNames ${d.to} '${names.get(d.to)}'; ${d.why}`,
  };
}

function dedupe(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const k = `${a.text}\u0000${a.source}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function buildCurated(
  rows: GeoRow[],
  governorateOf: (lon: number, lat: number, admin1: string | null) => string,
): Place[] {
  const byId = new Map(rows.map((r) => [r.geonameid, r]));
  const names = new Map(rows.map((r) => [r.geonameid, r.name]));
  // The coarse governorate polygons miss some coastal points (the port of Tartus): fall back to the
  // governorate of the GeoNames row the point is derived from.
  const nearestRow = (p: { lat: number; lon: number }): GeoRow =>
    rows.reduce((best, r) =>
      (r.lat - p.lat) ** 2 + (r.lon - p.lon) ** 2 < (best.lat - p.lat) ** 2 + (best.lon - p.lon) ** 2
        ? r
        : best,
    );
  const derivedGovernorate = (p: { lat: number; lon: number }, from: number | undefined): string => {
    try {
      return governorateOf(p.lon, p.lat, null);
    } catch {
      const r = from === undefined ? nearestRow(p) : byId.get(from)!;
      return governorateOf(r.lon, r.lat, r.admin1);
    }
  };
  const seen = new Set<string>();
  return CURATED.map((c): Place => {
    if (seen.has(c.id)) throw new Error(`${c.id}: curated twice`);
    seen.add(c.id);
    const extra: Alias[] = (c.aliases ?? []).map(([text, source]) => ({ text, source }));
    if (c.geonameid !== undefined) {
      const r = byId.get(c.geonameid);
      if (!r) throw new Error(`${c.id}: GeoNames id ${c.geonameid} is not a Syrian row of cities500`);
      const geo: Alias[] = [...latinNames(r), ...arabicNames(r)].map((text) => ({
        text,
        source: 'geonames',
      }));
      // An override of the Arabic name must still be one of GeoNames' own spellings.
      if (c.nameAr && !arabicNames(r).includes(c.nameAr))
        throw new Error(`${c.id}: ${c.nameAr} is not a GeoNames alternate`);
      return {
        id: c.id,
        name: c.name,
        nameAr: c.nameAr ?? arabicName(r),
        aliases: dedupe([{ text: c.name, source: 'curated' }, ...extra, ...geo]),
        geonamesId: r.geonameid,
        lat: r.lat,
        lon: r.lon,
        kind: c.kind ?? defaultKind(r.population, r.featureCode),
        governorate: governorateOf(r.lon, r.lat, r.admin1),
        population: c.population?.value ?? (r.population > 0 ? r.population : null),
        coordSource: `geonames:${r.geonameid}`,
        curated: true,
      };
    }
    if (!c.derive) throw new Error(`${c.id}: neither a GeoNames id nor a derivation`);
    const p = derivePoint(c.derive, byId, names);
    const ar: Alias[] = c.nameAr ? [{ text: c.nameAr, source: 'curated' }] : [];
    return {
      id: c.id,
      name: c.name,
      nameAr: c.nameAr ?? '',
      aliases: dedupe([{ text: c.name, source: 'curated' }, ...extra, ...ar]),
      geonamesId: null,
      lat: p.lat,
      lon: p.lon,
      kind: c.kind ?? 'town',
      governorate: derivedGovernorate(p, c.derive.from),
      population: c.population?.value ?? null,
      coordSource: p.coordSource,
      curated: true,
    };
  });
}

export function extractTsv(
  rows: GeoRow[],
  governorateOf: (lon: number, lat: number, admin1: string) => string,
): string {
  const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ');
  const lines = [...rows]
    .sort((a, b) => a.geonameid - b.geonameid)
    .map((r) =>
      [
        r.geonameid,
        clean(r.name),
        clean(r.asciiname),
        r.alternatenames.map(clean).join(','),
        r.lat,
        r.lon,
        r.featureCode,
        r.admin1,
        governorateOf(r.lon, r.lat, r.admin1),
        r.population,
      ].join('\t'),
    );
  return [GEONAMES_COLUMNS.join('\t'), ...lines].join('\n') + '\n';
}
