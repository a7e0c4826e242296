// Nearest place of each side to Homs (centre and outskirts) for every day: the real record, and the ~33,000
// place synthetic record. Baseline in the same run: scanning every place (nearestBySideScan). Both must give
// the same answers; the bench checks that too, so a fast wrong index cannot pass.
import type { MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openRecordSync, sidesOf } from '../src/core/record';
import { ControlModel } from '../src/core/control';
import { dateRange } from '../src/core/dates';
import {
  nearestBySide,
  nearestBySideScan,
  PlaceIndex,
  type NearestTarget,
} from '../src/core/measure/nearest';
import type { Place, PlaceState } from '../src/core/types';
import { syntheticRecord } from './synthetic';
import { goal } from './summary';

const now = (): number => performance.now();
const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1)) + ' ms';

function same(a: unknown, b: unknown, what: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`index and scan disagree on ${what}`);
}

const root = resolve(import.meta.dirname, '..');
const loadRepoRecord = () => openRecordSync((p) => readFileSync(resolve(root, p), 'utf8'));
const repo = loadRepoRecord();
const g = repo.gazetteer;
const homs = g.get(repo.info.target)!;
const outline = repo.outlineByPlace.get(homs.id) as Polygon | MultiPolygon | undefined;
const SIDES = sidesOf(repo);
const target: NearestTarget = { id: 'homs', point: [homs.lon, homs.lat], outline: outline ?? null };

// --- The real record: 80 curated places ---
{
  const rec = repo;
  const places = g.curated();
  const days = dateRange(rec.info.start, rec.info.end);
  const states = days.map((d) => rec.model.stateAt(d));
  let t0 = now();
  const index = new PlaceIndex(places);
  const build = now() - t0;
  // Warm-up (JIT) on one day, for both methods, so the figures compare steady states.
  nearestBySide(index, states[0]!, target, SIDES);
  nearestBySideScan(places, states[0]!, target, SIDES);
  t0 = now();
  const fast = states.map((s) => nearestBySide(index, s, target, SIDES));
  const indexed = now() - t0;
  t0 = now();
  const slow = states.map((s) => nearestBySideScan(places, s, target, SIDES));
  const scanned = now() - t0;
  same(fast, slow, 'the real record');
  goal({
    name: 'nearest place of each side, real record, a day',
    value: indexed / days.length,
    unit: 'ms',
    baseline: scanned / days.length,
    limit: 0.5,
  });
  console.log(
    `real record: ${places.length} places × ${days.length} days, 5 sides, centre + outskirts of Homs`,
  );
  console.log(`  index build        ${ms(build)}`);
  console.log(`  indexed, all days  ${ms(indexed)}  (${ms(indexed / days.length)} a day)`);
  console.log(`  scan,    all days  ${ms(scanned)}  (${ms(scanned / days.length)} a day)`);
  const side = repo.info.advancingBloc;
  const opp = fast.map((rows, i) => {
    const r = rows.find((x) => x.side === side)!;
    return `${days[i]} ${r.centre?.place ?? '—'} ${((r.centre?.metres ?? NaN) / 1000).toFixed(1)} km`;
  });
  console.log(
    `  nearest ${side} place to ${homs.name}: ${opp.filter((_, i) => i % 4 === 0 || i === opp.length - 1).join(' | ')}`,
  );
}

// --- The synthetic record: ~33,000 places, two years of daily changes ---
{
  const syn = syntheticRecord();
  const places: Place[] = syn.places.map((p) => ({
    id: p.id,
    name: p.name,
    nameAr: '',
    aliases: [],
    geonamesId: null,
    lat: p.lat,
    lon: p.lon,
    kind: 'village',
    governorate: '',
    population: null,
    coordSource: 'synthetic',
    curated: false,
  }));
  const model = new ControlModel(syn.events, syn.factions, syn.record, { places: places.map((p) => p.id) });
  const days = dateRange(syn.record.start, syn.record.end);
  let t0 = now();
  const index = new PlaceIndex(places);
  const build = now() - t0;
  // The synthetic target is a place of the record near Homs, so that "the target itself is left out" applies.
  const synTarget: NearestTarget = { ...target, id: '__homs__' };
  const cursor = model.cursor(days[0]!);
  let indexed = 0;
  let scanned = 0;
  let scannedDays = 0;
  const every = Math.ceil(days.length / 4);
  for (const [i, day] of days.entries()) {
    if (i > 0) cursor.seek(day);
    const s = cursor.state as ReadonlyMap<string, PlaceState>;
    t0 = now();
    const fast = nearestBySide(index, s, synTarget, SIDES);
    indexed += now() - t0;
    // The scan takes long at this scale: it runs on every `every`-th day only, and is compared per day.
    if (i % every === 0) {
      t0 = now();
      const slow = nearestBySideScan(places, s, synTarget, SIDES);
      scanned += now() - t0;
      scannedDays++;
      same(fast, slow, `synthetic ${day}`);
    }
  }
  console.log(
    `synthetic record: ${places.length} places × ${days.length} days (${syn.events.length} events), 5 sides`,
  );
  console.log(`  index build        ${ms(build)}`);
  console.log(`  indexed, all days  ${ms(indexed)}  (${ms(indexed / days.length)} a day)`);
  console.log(`  scan, ${scannedDays} days       ${ms(scanned)}  (${ms(scanned / scannedDays)} a day)`);
  console.log(
    `  speed-up per day   ×${(scanned / scannedDays / (indexed / days.length)).toFixed(0)} (same answers on every compared day)`,
  );
}
