import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { evaluateClaims, pointAtOutskirtsDistance } from '../../src/core/measure/claims';
import { distanceToOutline } from '../../src/core/measure/outskirts';
import type { Place } from '../../src/core/types';
import { BY_ID, PLACES } from '../fixtures/measure/places';
import { recordAt } from '../fixtures/records/open';

// The claims of the real record (data/record.json), with their quotes.
const SEED_CLAIMS = recordAt().info.claims;

const box = (
  JSON.parse(
    readFileSync(new URL('../fixtures/measure/homs-box.geojson', import.meta.url), 'utf8'),
  ) as Feature<Polygon>
).geometry;
const SEEDS = new URL('../../data/seeds/', import.meta.url);

describe('the claims of data/record.json', () => {
  it('quote the seed articles word for word', () => {
    for (const c of SEED_CLAIMS) {
      const text = readFileSync(new URL(c.source, SEEDS), 'utf8');
      expect(text).toContain(c.quote);
    }
    expect(SEED_CLAIMS.map((c) => c.source)).toEqual([
      '000_243acee9b8c246ee.txt',
      '004_c6c7203b69ad82c5.txt',
      '002_75aada83a2f3fb30.txt',
    ]);
  });
});

describe('evaluateClaims against a hand-made outline (box, northern edge at 34.76° N)', () => {
  // Hypothetical village on the Talbiseh–Homs line, 5 km north of the box: a candidate the claims could mean.
  const village: Place = {
    ...BY_ID.get('talbiseh')!,
    id: 'village',
    name: 'Village X',
    lat: 34.805,
    lon: 36.728,
  };
  const [outskirts5, within5, several] = evaluateClaims(SEED_CLAIMS, {
    placesById: BY_ID,
    targetOutline: box,
    candidates: [...PLACES, village],
  });

  it('measures Rastan and Talbiseh to the centre and to the outskirts', () => {
    expect(outskirts5!.measurements).toEqual([
      {
        place: 'rastan',
        centreKm: expect.closeTo(22.18619, 5),
        outskirtsKm: expect.closeTo(18.48999, 4),
        holds: false,
      },
      {
        place: 'talbiseh',
        centreKm: expect.closeTo(12.654463, 6),
        outskirtsKm: expect.closeTo(8.95483, 4),
        holds: false,
      },
    ]);
  });

  it('"five kilometers from the outskirts" does not hold for the towns themselves', () => {
    // Village X: 34.805 − 34.72682 = 0.0782° of latitude ≈ 8.7 km from the centre, and
    // 34.805 − 34.76 = 0.045° ≈ 5.0 km from the box's northern edge.
    expect(outskirts5!.verdict).toBe('does not hold');
    // The 5 km line lies about 3.96 km south of Talbiseh (8.95 − 5, a little more for the slant of the line).
    expect(outskirts5!.couldReferTo[0]).toMatch(
      /^positions about 4\.0 km beyond Talbiseh towards Homs \(5\.0 km/,
    );
    expect(outskirts5!.couldReferTo).toContain(
      'Village X: 8.7 km from the centre, 5.0 km from the outskirts',
    );
  });

  it('"within five kilometers" does not hold either; "several kilometers" does (Talbiseh, 9.0 km ≤ 9)', () => {
    expect(within5!.verdict).toBe('does not hold');
    expect(several!.verdict).toBe('holds');
    expect(several!.measurements.find((m) => m.place === 'talbiseh')!.holds).toBe(true);
    expect(several!.couldReferTo).toEqual([]);
  });

  it('without an outline only the centre distance is checked', () => {
    const [c0] = evaluateClaims(SEED_CLAIMS, { placesById: BY_ID, targetOutline: null });
    expect(c0!.measurements.every((m) => m.outskirtsKm === null && !m.holds)).toBe(true);
  });
});

describe('pointAtOutskirtsDistance', () => {
  it('finds the point on the way to the centre where the outline is exactly that far', () => {
    const t = BY_ID.get('talbiseh')!;
    const r = pointAtOutskirtsDistance([t.lon, t.lat], [36.72339, 34.72682], box, 5)!;
    expect(r.kmFromStart).toBeGreaterThan(3.955);
    expect(r.kmFromStart).toBeLessThan(3.97);
    expect(distanceToOutline(r.point, box).metres).toBeCloseTo(5000, 0);
  });

  it('is 0 when the start is already that close, null when the target is never that close', () => {
    expect(pointAtOutskirtsDistance([36.72, 34.77], [36.72339, 34.72682], box, 5)!.kmFromStart).toBe(0);
    expect(pointAtOutskirtsDistance([36.72, 34.9], [36.72339, 34.72682], box, -1)).toBeNull();
  });
});
