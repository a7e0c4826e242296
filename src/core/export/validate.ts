// Our own RFC 7946 checks, for what the independent checkers (check-geojson, GDAL) do not flag: ring winding,
// coordinate ranges, decimals, empty parts, closed rings, duplicate feature ids, a stray `crs`.
//
// Independent of the normaliser it checks (core/geometry): nothing is imported from it, and the winding is
// found another way, by the turn at the ring's lowest-then-leftmost vertex, so one bug cannot pass both.
import type { Geometry, Position } from 'geojson';

/**
 * +1 when the ring runs counter-clockwise, −1 clockwise, 0 when it has no area. The lowest (then leftmost)
 * vertex is on the convex hull, so the turn there gives the ring's orientation; when it is flat there (the
 * neighbours are collinear with it), the ring's area says whether it has any.
 */
function orientation(ring: Position[]): number {
  const n = ring.length - 1; // closed: the last position repeats the first
  let k = 0;
  for (let i = 1; i < n; i++) {
    const [x, y] = ring[i] as [number, number];
    const [bx, by] = ring[k] as [number, number];
    if (y < by || (y === by && x < bx)) k = i;
  }
  // The nearest distinct neighbours of the extreme vertex, either side.
  const at = (i: number) => ring[((i % n) + n) % n] as [number, number];
  const [px, py] = at(k);
  let a = k - 1;
  while (a > k - n && at(a)[0] === px && at(a)[1] === py) a--;
  let b = k + 1;
  while (b < k + n && at(b)[0] === px && at(b)[1] === py) b++;
  const [ax, ay] = at(a);
  const [bx, by] = at(b);
  const turn = (px - ax) * (by - ay) - (py - ay) * (bx - ax);
  if (turn !== 0) return Math.sign(turn);
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const [x0, y0] = at(i);
    const [x1, y1] = at(i + 1);
    twice += (x1 - x0) * (y1 + y0);
  }
  return twice === 0 ? 0 : twice < 0 ? 1 : -1;
}

export interface Rfc7946Problem {
  /** Feature index and a path into its geometry, e.g. `features[3].geometry.coordinates[0][1]`. */
  at: string;
  message: string;
}

function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e')) return Infinity;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

function checkPosition(p: Position, at: string, out: Rfc7946Problem[], maxDecimals: number): void {
  if (
    !Array.isArray(p) ||
    p.length < 2 ||
    p.length > 3 ||
    !p.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    out.push({ at, message: 'a position is two (or three) finite numbers' });
    return;
  }
  const [lon, lat] = p as [number, number];
  if (lon < -180 || lon > 180) out.push({ at, message: `longitude ${lon} outside −180..180` });
  if (lat < -90 || lat > 90) out.push({ at, message: `latitude ${lat} outside −90..90` });
  if (decimals(lon) > maxDecimals || decimals(lat) > maxDecimals)
    out.push({ at, message: `more than ${maxDecimals} decimals: ${lon}, ${lat}` });
}

function checkRing(ring: Position[], at: string, exterior: boolean, out: Rfc7946Problem[], d: number): void {
  if (ring.length < 4) {
    out.push({ at, message: `a ring needs at least 4 positions, has ${ring.length}` });
    return;
  }
  ring.forEach((p, i) => checkPosition(p, `${at}[${i}]`, out, d));
  const [a, z] = [ring[0]!, ring[ring.length - 1]!];
  if (a[0] !== z[0] || a[1] !== z[1]) out.push({ at, message: 'ring is not closed' });
  const turn = orientation(ring);
  if (turn === 0) out.push({ at, message: 'ring has no area' });
  else if (turn > 0 !== exterior)
    out.push({
      at,
      message: exterior
        ? 'exterior ring is clockwise (RFC 7946 wants counter-clockwise)'
        : 'hole is counter-clockwise (RFC 7946 wants clockwise)',
    });
}

function checkPolygon(rings: Position[][], at: string, out: Rfc7946Problem[], d: number): void {
  if (rings.length === 0) out.push({ at, message: 'empty polygon' });
  rings.forEach((r, i) => checkRing(r, `${at}[${i}]`, i === 0, out, d));
}

function checkLine(line: Position[], at: string, out: Rfc7946Problem[], d: number): void {
  if (line.length < 2) out.push({ at, message: `a line needs at least 2 positions, has ${line.length}` });
  line.forEach((p, i) => checkPosition(p, `${at}[${i}]`, out, d));
}

function checkGeometry(g: Geometry, at: string, out: Rfc7946Problem[], d: number): void {
  const c = `${at}.coordinates`;
  switch (g.type) {
    case 'Point':
      return checkPosition(g.coordinates, c, out, d);
    case 'MultiPoint':
      if (g.coordinates.length === 0) out.push({ at, message: 'empty MultiPoint' });
      return g.coordinates.forEach((p, i) => checkPosition(p, `${c}[${i}]`, out, d));
    case 'LineString':
      return checkLine(g.coordinates, c, out, d);
    case 'MultiLineString':
      if (g.coordinates.length === 0) out.push({ at, message: 'empty MultiLineString' });
      return g.coordinates.forEach((l, i) => checkLine(l, `${c}[${i}]`, out, d));
    case 'Polygon':
      return checkPolygon(g.coordinates, c, out, d);
    case 'MultiPolygon':
      if (g.coordinates.length === 0) out.push({ at, message: 'empty MultiPolygon' });
      return g.coordinates.forEach((p, i) => checkPolygon(p, `${c}[${i}]`, out, d));
    case 'GeometryCollection':
      return g.geometries.forEach((x, i) => checkGeometry(x, `${at}.geometries[${i}]`, out, d));
    default:
      out.push({ at, message: `unknown geometry type ${(g as { type: string }).type}` });
  }
}

/** Problems that make `value` less than RFC 7946 FeatureCollection to the letter; [] when it is clean. */
export function validateRfc7946(value: unknown, maxDecimals = 6): Rfc7946Problem[] {
  const out: Rfc7946Problem[] = [];
  const fc = value as { type?: unknown; features?: unknown; crs?: unknown };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return [{ at: '', message: 'not a FeatureCollection' }];
  if ('crs' in fc) out.push({ at: 'crs', message: 'RFC 7946 removed `crs`: coordinates are WGS84 lon/lat' });
  const ids = new Set<unknown>();
  (fc.features as Array<Record<string, unknown>>).forEach((f, i) => {
    const at = `features[${i}]`;
    if (f.type !== 'Feature') out.push({ at, message: 'not a Feature' });
    if (f.id !== undefined) {
      if (typeof f.id !== 'string' && typeof f.id !== 'number')
        out.push({ at, message: 'id must be a string or number' });
      if (ids.has(f.id)) out.push({ at, message: `duplicate id ${String(f.id)}` });
      ids.add(f.id);
    }
    if (!('properties' in f)) out.push({ at, message: 'missing properties member' });
    if (f.geometry === null) return;
    if (typeof f.geometry !== 'object' || f.geometry === undefined)
      out.push({ at, message: 'missing geometry' });
    else checkGeometry(f.geometry as Geometry, `${at}.geometry`, out, maxDecimals);
  });
  return out;
}
