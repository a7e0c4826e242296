// FlatGeobuf, through the `flatgeobuf` package's own header and feature builders. Its convenience `serialize`
// takes the column types from the first feature alone (a null there makes a String column, a key missing there
// is lost), so the columns are inferred here over every feature: booleans Bool, whole numbers Long, other
// numbers Double, ISO dates and timestamps DateTime (GDAL then types start_date and end_date as dates), objects
// Json, the rest String. One geometry kind per file: pass a layer from ./layers.
import type { FeatureCollection, Geometry } from 'geojson';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { inferGeometryType } from 'flatgeobuf/lib/mjs/generic/header.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { uniformProperties } from './layers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function columnType(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return ColumnType.String;
  if (present.every((v) => typeof v === 'boolean')) return ColumnType.Bool;
  if (present.every((v) => typeof v === 'number')) {
    return present.every((v) => Number.isSafeInteger(v)) ? ColumnType.Long : ColumnType.Double;
  }
  if (present.every((v) => typeof v === 'string' && ISO_DATE.test(v))) return ColumnType.DateTime;
  if (present.every((v) => typeof v === 'object')) return ColumnType.Json;
  return ColumnType.String;
}

function column(name: string, type: ColumnType): ColumnMeta {
  return {
    name,
    type,
    title: null,
    description: null,
    width: -1,
    precision: -1,
    scale: -1,
    nullable: true,
    unique: false,
    primary_key: false,
  };
}

/**
 * The package writes a MultiLineString's part ends only when it has more than one part; GDAL refuses one
 * without ends ("Unexpected nullptr: MultiLineString ends data"), so a one-part line gets its one end.
 */
function geometryOf(g: Geometry): ReturnType<typeof parseGeometry> {
  const parsed = parseGeometry(g as never);
  if (parsed.type === GeometryType.MultiLineString && (!parsed.ends || parsed.ends.length === 0))
    parsed.ends = [parsed.xy.length / 2];
  return parsed;
}

/** Values as the column type stores them: a mixed column becomes text, a Long is written as a number. */
function cell(v: unknown, type: ColumnType): unknown {
  if (v === null || v === undefined) return null;
  if (type === ColumnType.String && typeof v !== 'string')
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  return v;
}

export interface FgbOptions {
  title?: string;
  description?: string;
}

/** A FlatGeobuf file (WGS84, EPSG:4326) of `fc`'s features, which must share one geometry kind. */
export function featureCollectionToFgb(fc: FeatureCollection, options: FgbOptions = {}): Uint8Array {
  if (fc.features.length === 0)
    throw new RangeError('a FlatGeobuf layer needs at least one feature (this layer has none on this date)');
  const features = uniformProperties(fc.features);
  const keys = Object.keys(features[0]!.properties ?? {});
  const columns = keys.map((k) => column(k, columnType(features.map((f) => f.properties?.[k]))));
  const header: HeaderMeta = {
    geometryType: inferGeometryType(features as never),
    columns,
    envelope: null,
    featuresCount: features.length,
    indexNodeSize: 0,
    crs: null,
    title: options.title ?? null,
    description: options.description ?? null,
    metadata: null,
  };
  const parts: Uint8Array[] = [buildHeader(header, 4326)];
  for (const f of features) {
    const props = Object.fromEntries(columns.map((c) => [c.name, cell(f.properties?.[c.name], c.type)]));
    parts.push(buildFeature(geometryOf(f.geometry), props as never, header));
  }
  const total = magicbytes.length + parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  out.set(magicbytes, 0);
  let offset = magicbytes.length;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
