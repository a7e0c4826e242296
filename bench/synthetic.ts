// A synthetic control record at the scale of the largest public town-level dataset: ~33,000 places over
// Syria's bounding box and two years of daily changes. Deterministic (seeded), so figures compare across
// runs. The front moves because each faction's "centre" drifts; a place changes hands when a different
// centre becomes nearest, so changes cluster along fronts the way real ones do.
import { addDays } from '../src/core/dates';
import type { ControlEvent, Faction, FactionId, RecordInfo } from '../src/core/types';

export interface SyntheticPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface SyntheticRecord {
  record: RecordInfo;
  factions: Faction[];
  places: SyntheticPlace[];
  events: ControlEvent[];
}

export interface SyntheticOptions {
  places?: number;
  days?: number;
  seed?: number;
  start?: string;
}

/** Syria's bounding box (lon/lat). */
export const SYRIA_BBOX = [35.6, 32.3, 42.4, 37.35] as const;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACTIONS: Faction[] = [
  { id: 'government', name: 'Government', bloc: 'government', color: '#c0392b', description: 'synthetic' },
  { id: 'hts', name: 'HTS', bloc: 'opposition', color: '#0f5e6b', description: 'synthetic' },
  { id: 'sna', name: 'SNA', bloc: 'opposition', color: '#5fb3a1', description: 'synthetic' },
  { id: 'southern', name: 'Southern', bloc: 'opposition', color: '#2f6fd6', description: 'synthetic' },
  { id: 'sdf', name: 'SDF', bloc: 'sdf', color: '#e6b800', description: 'synthetic' },
  { id: 'isis', name: 'IS', bloc: 'isis', color: '#3d3d3d', description: 'synthetic' },
];

export function syntheticRecord(options: SyntheticOptions = {}): SyntheticRecord {
  const n = options.places ?? 33_000;
  const days = options.days ?? 731;
  const start = options.start ?? '2023-01-01';
  const rnd = mulberry32(options.seed ?? 20241127);
  const [x0, y0, x1, y1] = SYRIA_BBOX;

  const places: SyntheticPlace[] = [];
  for (let i = 0; i < n; i++) {
    places.push({
      id: `p${i}`,
      name: `Place ${i}`,
      lon: x0 + rnd() * (x1 - x0),
      lat: y0 + rnd() * (y1 - y0),
    });
  }
  // Faction centres wander on slow sine paths; weights let a faction grow and shrink.
  const centres = FACTIONS.map((f) => ({
    id: f.id as FactionId,
    cx: x0 + rnd() * (x1 - x0),
    cy: y0 + rnd() * (y1 - y0),
    ax: 0.2 + rnd() * 0.6,
    ay: 0.1 + rnd() * 0.4,
    px: rnd() * 6.28,
    py: rnd() * 6.28,
    period: 365 + rnd() * 730,
  }));
  // Centre positions are computed once a day, not once per place and day.
  const cx = new Float64Array(centres.length);
  const cy = new Float64Array(centres.length);
  const moveCentres = (day: number) => {
    centres.forEach((k, c) => {
      const w = (2 * Math.PI * day) / k.period;
      cx[c] = k.cx + k.ax * Math.sin(w + k.px);
      cy[c] = k.cy + k.ay * Math.cos(w + k.py);
    });
  };
  const ownerAt = (p: SyntheticPlace): number => {
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < centres.length; c++) {
      const dx = p.lon - cx[c]!;
      const dy = p.lat - cy[c]!;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  };

  const events: ControlEvent[] = [];
  const cite = [{ source: 'synthetic', quote: 'generated' }];
  const ev = (date: string, place: string, factions: FactionId[]): ControlEvent => ({
    id: `${date}-${place}`,
    date,
    place,
    status: factions.length > 1 ? 'contested' : 'controlled',
    factions,
    citations: cite,
    confidence: 'low',
    precision: 'day',
  });
  moveCentres(0);
  const owner = places.map((p) => ownerAt(p));
  places.forEach((p, i) => events.push(ev(start, p.id, [centres[owner[i]!]!.id])));
  const settleOn = new Int32Array(n).fill(-1);
  for (let day = 1; day < days; day++) {
    const date = addDays(start, day);
    moveCentres(day);
    for (let i = 0; i < n; i++) {
      if (settleOn[i] === day) {
        events.push(ev(date, places[i]!.id, [centres[owner[i]!]!.id]));
        continue;
      }
      const o = ownerAt(places[i]!);
      if (o === owner[i]) continue;
      // A quarter of the changes pass through a contested day.
      if (rnd() < 0.25) {
        events.push(ev(date, places[i]!.id, [centres[o]!.id, centres[owner[i]!]!.id]));
        settleOn[i] = day + 1;
      } else events.push(ev(date, places[i]!.id, [centres[o]!.id]));
      owner[i] = o;
    }
  }
  const record: RecordInfo = {
    id: 'synthetic',
    title: 'Synthetic record',
    start,
    end: addDays(start, days - 1),
    licence: 'CC0-1.0',
    utcOffset: '+00:00',
    description: `${n} places, ${days} days`,
  };
  return { record, factions: FACTIONS, places, events };
}
