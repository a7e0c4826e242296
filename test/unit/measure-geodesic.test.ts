import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import {
  distanceMetres,
  geodesicPath,
  inverse,
  kmToMiles,
  METRES_PER_MILE,
  metresToMiles,
  milesToKm,
  pathLength,
  type LonLat,
} from '../../src/core/measure/geodesic';

// GeoNames points (cities500.txt rows 169577 Homs, 172946 Ar Rastan, 163779 Tallbīsah, 170017 Ḩamāh).
const HOMS: LonLat = [36.72339, 34.72682];
const RASTAN: LonLat = [36.73241, 34.92667];
const TALBISEH: LonLat = [36.73092, 34.84072];
const HAMA: LonLat = [36.75783, 35.13179];

/**
 * Vincenty's inverse formula (1975), written here from the paper so that the library is checked against an
 * independent computation rather than against itself. It agrees with Karney to well under a millimetre for
 * points that are not nearly antipodal.
 */
function vincenty(from: LonLat, to: LonLat): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const rad = Math.PI / 180;
  const L = (to[0] - from[0]) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(from[1] * rad));
  const U2 = Math.atan((1 - f) * Math.tan(to[1] * rad));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 0;
  let sigma = 0;
  let cos2Alpha = 0;
  let cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const prev = lambda;
    lambda =
      L +
      (1 - C) *
        f *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - prev) < 1e-13) break;
  }
  const uSq = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  const dSigma =
    B *
    sinSigma *
    (cos2SigmaM +
      (B / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
          (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
  return b * A * (sigma - dSigma);
}

const dms = (d: number, m: number, s: number): number => Math.sign(d) * (Math.abs(d) + m / 60 + s / 3600);

describe('geodesic distance (WGS84, Karney)', () => {
  it('gives the reference values of STACK.md between the GeoNames points', () => {
    expect(distanceMetres(RASTAN, HOMS)).toBeCloseTo(22186.19, 2);
    expect(distanceMetres(TALBISEH, HOMS)).toBeCloseTo(12654.463, 3);
  });

  it('agrees with an independent Vincenty computation to under a millimetre', () => {
    for (const [a, b] of [
      [RASTAN, HOMS],
      [TALBISEH, HOMS],
      [HAMA, HOMS],
      [[37.16117, 36.20124] as LonLat, HOMS], // Aleppo
      [[35.9, 32.3] as LonLat, [42.1, 37.3] as LonLat], // across the whole map
    ] as Array<[LonLat, LonLat]>) {
      expect(Math.abs(distanceMetres(a, b) - vincenty(a, b))).toBeLessThan(0.001);
    }
  });

  it("reproduces Vincenty's published Flinders Peak → Buninyong example (Geoscience Australia)", () => {
    const flinders: LonLat = [dms(144, 25, 29.5244), dms(-37, 57, 3.7203)];
    const buninyong: LonLat = [dms(143, 55, 35.3839), dms(-37, 39, 10.1561)];
    const r = inverse(flinders, buninyong);
    expect(r.metres).toBeCloseTo(54972.271, 3);
    // Published: forward azimuth 306°52′05.37″, reverse azimuth 127°10′25.07″ (forward on arrival = reverse − 180°).
    expect(r.azimuthStart + 360).toBeCloseTo(dms(306, 52, 5.37), 5);
    expect(r.azimuthEnd).toBeCloseTo(dms(127, 10, 25.07) - 180, 5);
  });

  it('is about 0.23 % shorter than Turf’s haversine on these north–south lines', () => {
    const turfM = turf.distance(RASTAN as [number, number], HOMS as [number, number], { units: 'meters' });
    // Haversine says 22 237.6 m: 51.4 m (0.232 %) too long, as STACK.md warns.
    expect(turfM - distanceMetres(RASTAN, HOMS)).toBeCloseTo(51.39, 1);
    expect(turfM / distanceMetres(RASTAN, HOMS) - 1).toBeCloseTo(0.00232, 5);
  });

  it('points almost due south from Rastan to Homs', () => {
    const r = inverse(RASTAN, HOMS);
    expect(r.azimuthStart).toBeCloseTo(-177.866, 3);
  });
});

describe('units', () => {
  it('uses the international mile of exactly 1609.344 m', () => {
    expect(METRES_PER_MILE).toBe(1609.344);
    expect(metresToMiles(1609.344)).toBe(1);
    expect(kmToMiles(5)).toBeCloseTo(3.10686, 5); // "five kilometers (three miles)"
    expect(milesToKm(3)).toBeCloseTo(4.828032, 6);
  });
});

describe('geodesicPath', () => {
  it('densifies a leg into evenly spaced points on the geodesic, ends exact', () => {
    const path = geodesicPath(HAMA, HOMS, 5000);
    const total = distanceMetres(HAMA, HOMS); // 45.3 km → 10 steps of ≤ 5 km
    expect(path).toHaveLength(Math.ceil(total / 5000) + 1);
    expect(path[0]).toEqual(HAMA);
    expect(path.at(-1)).toEqual(HOMS);
    const steps = path.slice(1).map((p, i) => distanceMetres(path[i]!, p));
    for (const s of steps) expect(s).toBeCloseTo(total / steps.length, 3);
    // Every point lies on the geodesic: the two parts add up to the whole.
    for (const p of path) expect(distanceMetres(HAMA, p) + distanceMetres(p, HOMS)).toBeCloseTo(total, 4);
  });

  it('follows the curve of a long leg, away from the straight lon/lat chord', () => {
    // Two points on the parallel 35° N, 6° apart. On a sphere the great circle's midpoint has
    // tan φ = tan 35° / cos 3° → φ = 35.037°; the ellipsoid's geodesic bows the same way by about as much,
    // while the straight lon/lat chord stays on 35°.
    const mid = geodesicPath([35, 35], [41, 35], 400_000)[1]!;
    const sphere =
      (Math.atan(Math.tan((35 * Math.PI) / 180) / Math.cos((3 * Math.PI) / 180)) * 180) / Math.PI;
    expect(sphere).toBeCloseTo(35.037, 3);
    expect(mid[0]).toBeCloseTo(38, 9);
    expect(Math.abs(mid[1] - sphere)).toBeLessThan(0.002);
  });

  it('rejects a non-positive step', () => {
    expect(() => geodesicPath(HAMA, HOMS, 0)).toThrow(RangeError);
  });
});

describe('pathLength', () => {
  it('gives each leg and the total of a ruler', () => {
    const r = pathLength([RASTAN, TALBISEH, HOMS]);
    expect(r.legs).toHaveLength(2);
    expect(r.legs[1]).toBeCloseTo(12654.463, 3);
    expect(r.total).toBeCloseTo(r.legs[0]! + r.legs[1]!, 9);
    expect(r.legs[0]).toBeCloseTo(vincenty(RASTAN, TALBISEH), 3);
  });

  it('is zero for fewer than two points', () => {
    expect(pathLength([])).toEqual({ legs: [], total: 0 });
    expect(pathLength([HOMS])).toEqual({ legs: [], total: 0 });
  });
});
