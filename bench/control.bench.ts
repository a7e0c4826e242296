// Control model and estimated territory, at the record's scale and at ~33,000 places × two years.
// Baselines run in the same process: recomputing stateAt every day vs stepping a cursor.
import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { resolve } from 'node:path';
import { openRecordSync } from '../src/core/record';
import { ControlModel } from '../src/core/control';
import { addDays, dateRange } from '../src/core/dates';
import { estimateTerritory, type TerritoryPoint } from '../src/core/territory';
import { syntheticRecord } from './synthetic';
import { goal } from './summary';

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
function median(runs: number, fn: () => unknown): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) t.push(time(fn).ms);
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)]!;
}
const f = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)) + ' ms';

const root = resolve(import.meta.dirname, '..');
const repoPath = (p: string) => resolve(root, p);
const loadRepoRecord = () => openRecordSync((p) => readFileSync(repoPath(p), 'utf8'));

const clip = (
  JSON.parse(readFileSync(repoPath('geo/basemap/syria.geojson'), 'utf8')) as {
    features: Array<{ geometry: Polygon }>;
  }
).features[0]!.geometry;

// --- The real record ---
const real = loadRepoRecord();
const realLoad = median(5, () => loadRepoRecord());
const places = JSON.parse(
  `[${readFileSync(repoPath('geo/places.jsonl'), 'utf8').trim().split('\n').join(',')}]`,
) as Array<{ id: string; lon: number; lat: number }>;
const pointsFor = (
  m: ControlModel,
  date: string,
  pl: Array<{ id: string; lon: number; lat: number }>,
): TerritoryPoint[] => {
  const s = m.stateAt(date);
  return pl.map((p) => {
    const st = s.get(p.id)!;
    return { id: p.id, lon: p.lon, lat: p.lat, bloc: st.bloc, faction: st.faction, status: st.status };
  });
};
const realPts = pointsFor(real.model, '2024-12-07', places);
// A fresh outline object per call defeats the memo, to time the computation itself. The record's own
// options (its reach and the Euphrates barrier, as snapshotAt passes them) against the Voronoi-only
// baseline (unbounded cells, no barrier), each timed on its first call (which pays for the JIT and the
// outline's banks) and as a median after.
const fresh = () => ({ ...clip });
const options = { reachKm: real.info.territory?.reachKm, barriers: real.barriers };
const VORONOI = { reachKm: Infinity };
const realFirst = time(() => estimateTerritory(realPts, fresh(), options)).ms;
const realTerr = median(15, () => estimateTerritory(realPts, fresh(), options));
const baseFirst = time(() => estimateTerritory(realPts, fresh(), VORONOI)).ms;
const baseTerr = median(15, () => estimateTerritory(realPts, fresh(), VORONOI));
estimateTerritory(realPts, clip, options);
const realCached = median(101, () => estimateTerritory(realPts, clip, options));
console.log(`real record: ${real.events.length} events, ${places.length} places`);
console.log(`  openRecord, every file        ${f(realLoad)}`);
console.log(`  stateAt(2024-12-07)            ${f(median(101, () => real.model.stateAt('2024-12-07')))}`);
console.log(
  `  areas, first call              ${f(realFirst)}  [baseline: Voronoi only, first call ${f(baseFirst)}]  (goal ≤ 20 ms)`,
);
console.log(`  areas(2024-12-07)              ${f(realTerr)}  [baseline: Voronoi only ${f(baseTerr)}]`);
goal({
  name: 'areas for a date, real record, first call',
  value: realFirst,
  unit: 'ms',
  baseline: baseFirst,
  limit: 20,
});
goal({
  name: 'areas for a date, real record, again',
  value: realTerr,
  unit: 'ms',
  baseline: baseTerr,
  limit: 20,
});
console.log(`  the same date again (memo)     ${f(realCached)}`);

// --- Synthetic: 33,000 places, two years ---
const gen = time(() => syntheticRecord());
const syn = gen.value;
console.log(
  `\nsynthetic record: ${syn.places.length} places, ${syn.events.length} events over ${dateRange(syn.record.start, syn.record.end).length} days (generated in ${f(gen.ms)})`,
);
const build = time(() => new ControlModel(syn.events, syn.factions, syn.record));
const model = build.value;
for (let i = 0; i < 3; i++) new ControlModel(syn.events, syn.factions, syn.record);
console.log(
  `  build model                    ${f(median(3, () => new ControlModel(syn.events, syn.factions, syn.record)))}  (first build ${f(build.ms)})`,
);
const mid = addDays(syn.record.start, 365);
console.log(`  statesAt(one date), array      ${f(median(21, () => model.statesAt(mid)))}`);
console.log(`  stateAt(one date), Map         ${f(median(21, () => model.stateAt(mid)))}`);

const days = dateRange(syn.record.start, syn.record.end);
const recompute = time(() => {
  let n = 0;
  for (const d of days) n += model.statesAt(d).length;
  return n;
});
const cursor = model.cursor(syn.record.start);
const stepping = time(() => {
  let changed = 0;
  for (let i = 1; i < days.length; i++) changed += cursor.step(1).length;
  return changed;
});
const back = time(() => {
  let changed = 0;
  for (let i = 1; i < days.length; i++) changed += cursor.step(-1).length;
  return changed;
});
const perDay = stepping.value / (days.length - 1);
console.log(
  `  every day, stateAt recomputed  ${f(recompute.ms)}  (${f(recompute.ms / days.length)} a day)  [baseline: statesAt each day]`,
);
console.log(
  `  every day, cursor.step(+1)     ${f(stepping.ms)}  (${f(stepping.ms / (days.length - 1))} a day, ${perDay.toFixed(1)} changes a day)  ${(recompute.ms / stepping.ms).toFixed(0)}× faster`,
);
console.log(`  every day, cursor.step(-1)     ${f(back.ms)}  (${f(back.ms / (days.length - 1))} a day)`);
// Cost per change: the busiest and quietest days, stepped on their own.
const counts = days.slice(1).map((d, i) => ({ d, prev: days[i]!, n: model.changes(days[i]!, d).length }));
counts.sort((a, b) => a.n - b.n);
for (const c of [counts[Math.floor(counts.length / 2)]!, counts[counts.length - 1]!]) {
  const cur = model.cursor(c.prev);
  const ms = median(1, () => cur.step(1));
  console.log(`  one step on a day of ${String(c.n).padStart(4)} changes  ${f(ms)}`);
}

const synPts = pointsFor(model, mid, syn.places);
const terr = time(() => estimateTerritory(synPts, fresh(), options));
const synBase = median(3, () => estimateTerritory(synPts, fresh(), VORONOI));
const synTerr = median(3, () => estimateTerritory(synPts, fresh(), options));
goal({
  name: 'areas for a date, 33,000 places, first call',
  value: terr.ms,
  unit: 'ms',
  baseline: synBase,
  limit: 300,
});
console.log(
  `  areas(one date)                ${f(synTerr)}  (first ${f(terr.ms)}; ${terr.value.areas.features.length} areas, ${terr.value.frontLines.features.length} front-line features)  [baseline: Voronoi only ${f(synBase)}]  (goal ≤ 300 ms)`,
);
