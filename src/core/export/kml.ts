// KML 2.2 for Google Earth users, written from the same FeatureCollections the GeoJSON exports produce, so a
// KML file says exactly what the GeoJSON says. A feature with `start_date`/`end_date` gets a <TimeSpan>, which
// is what Google Earth's time slider plays; every property goes into <ExtendedData> untouched (Arabic too:
// the file is UTF-8). Text is escaped for XML, and characters XML 1.0 forbids are dropped, since record text is
// never trusted.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { LAYER_KINDS, layerOf } from './layers';

export interface KmlOptions {
  /** The document's name (Google Earth's Places panel shows it). */
  name: string;
  description?: string;
  /**
   * One <Folder> per geometry kind (places, areas, lines): GDAL reads each folder as a layer of one geometry
   * type, so the file converts to a Shapefile per layer; Google Earth shows them as folders to switch.
   */
  folders?: boolean;
}

// XML 1.0 allows tab, LF, CR and U+0020 upward, less the surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** KML's colour is aabbggrr; `#rrggbb` in, with the alpha given. */
export function kmlColor(hex: string, alpha = 0xff): string | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  const a = alpha.toString(16).padStart(2, '0');
  return `${a}${m[3]}${m[2]}${m[1]}`.toLowerCase();
}

function coords(ring: Position[]): string {
  return ring.map((p) => `${p[0]},${p[1]}`).join(' ');
}

function polygonKml(rings: Position[][]): string {
  const [outer, ...holes] = rings;
  if (!outer) return '';
  const inner = holes
    .map(
      (h) =>
        `<innerBoundaryIs><LinearRing><coordinates>${coords(h)}</coordinates></LinearRing></innerBoundaryIs>`,
    )
    .join('');
  return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(outer)}</coordinates></LinearRing></outerBoundaryIs>${inner}</Polygon>`;
}

export function geometryKml(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `<Point><coordinates>${g.coordinates[0]},${g.coordinates[1]}</coordinates></Point>`;
    case 'LineString':
      return `<LineString><tessellate>1</tessellate><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
    case 'Polygon':
      return polygonKml(g.coordinates);
    case 'MultiPoint':
      return `<MultiGeometry>${g.coordinates.map((c) => geometryKml({ type: 'Point', coordinates: c })).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${g.coordinates.map((c) => geometryKml({ type: 'LineString', coordinates: c })).join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${g.coordinates.map(polygonKml).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${g.geometries.map(geometryKml).join('')}</MultiGeometry>`;
  }
}

function styleKml(props: Record<string, unknown>, g: Geometry): string {
  const color = typeof props.color === 'string' ? props.color : null;
  if (!color) return '';
  const line = kmlColor(color);
  const fill = kmlColor(color, 0x59);
  if (!line || !fill) return '';
  if (g.type === 'Point' || g.type === 'MultiPoint') {
    return `<Style><IconStyle><color>${line}</color></IconStyle></Style>`;
  }
  return `<Style><LineStyle><color>${line}</color><width>2</width></LineStyle><PolyStyle><color>${fill}</color></PolyStyle></Style>`;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function placemark(f: Feature, index: number): string {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const name = props.name ?? props.label ?? f.id ?? `feature ${index + 1}`;
  // The instants with the record's zone where the feature has them (a day begins at 00:00 there, not in UTC).
  const start = str(props.start_time) ?? str(props.start_date);
  const end = str(props.end_time) ?? str(props.end_date);
  const time =
    start || end
      ? `<TimeSpan>${start ? `<begin>${xmlText(start)}</begin>` : ''}${end ? `<end>${xmlText(end)}</end>` : ''}</TimeSpan>`
      : '';
  const data = Object.entries(props)
    .map(([k, v]) => `<Data name="${xmlText(k)}"><value>${xmlText(v)}</value></Data>`)
    .join('');
  const id = f.id === undefined ? '' : ` id="${xmlText(f.id)}"`;
  const geometry = f.geometry ? geometryKml(f.geometry) : '';
  return (
    `<Placemark${id}><name>${xmlText(name)}</name>${time}${f.geometry ? styleKml(props, f.geometry) : ''}` +
    `<ExtendedData>${data}</ExtendedData>${geometry}</Placemark>`
  );
}

/** A KML document of every feature of `fc`, in order. */
export function featureCollectionToKml(fc: FeatureCollection, options: KmlOptions): string {
  const description = options.description ? `<description>${xmlText(options.description)}</description>` : '';
  const marks = fc.features.map((f, i) => ({ kind: layerOf(f.geometry), kml: placemark(f, i) }));
  const body = options.folders
    ? LAYER_KINDS.flatMap((kind) => {
        const inside = marks.filter((m) => m.kind === kind);
        return inside.length
          ? [`<Folder><name>${kind}</name>\n${inside.map((m) => m.kml).join('\n')}\n</Folder>`]
          : [];
      }).join('\n')
    : marks.map((m) => m.kml).join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>' +
    `<name>${xmlText(options.name)}</name>${description}\n` +
    body +
    '\n</Document>\n</kml>\n'
  );
}
