// `npm run bench`: runs every bench/*.bench.ts (Node, through tsx) one after another, each in its own
// process so one benchmark's heap doesn't colour the next one's figures. Browser benchmarks
// (bench/*.browser-bench.ts) and the build's size (bench/size.bench.ts) need the built app: this script builds
// it first when there are any.
// Each benchmark reports its goals through bench/summary.ts; the table at the end lists them all with the
// baseline measured in the same run. The exit status is non-zero only when a benchmark crashes: a missed
// goal is a figure to read, not a failure.
import { spawnSync, execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const MARK = '::frontline-bench ';
const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') || f.endsWith('.browser-bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort((a, b) => Number(a.includes('browser')) - Number(b.includes('browser')) || a.localeCompare(b));

if (files.some((f) => f.includes('browser') || f === 'size.bench.ts')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
let failed = 0;
const rows = [];
for (const f of files) {
  console.log(`\n=== bench/${f}`);
  const run = spawnSync('npx', ['tsx', `bench/${f}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of (run.stdout ?? '').split('\n')) {
    if (line.startsWith(MARK)) rows.push({ file: f, ...JSON.parse(line.slice(MARK.length)) });
    else if (line) console.log(line);
  }
  if (run.status !== 0) {
    failed++;
    console.error(`bench/${f} failed (exit ${run.status ?? run.signal})`);
  }
}

const num = (x, unit) =>
  x === undefined ? '—' : `${x >= 100 ? Math.round(x).toLocaleString('en') : x.toPrecision(3)} ${unit}`;
const table = rows.map((r) => {
  const holds = r.higherIsBetter ? r.value >= r.limit : r.value <= r.limit;
  const ratio =
    r.baseline === undefined || r.value === 0
      ? '—'
      : r.higherIsBetter
        ? `×${(r.value / r.baseline).toFixed(2)}`
        : r.baseline >= r.value
          ? `×${(r.baseline / r.value).toFixed(2)} faster`
          : `×${(r.value / r.baseline).toFixed(2)} slower`;
  return [
    r.name,
    num(r.value, r.unit),
    num(r.baseline, r.unit),
    ratio,
    `${r.higherIsBetter ? '≥' : '≤'} ${num(r.limit, r.unit)}`,
    holds ? 'holds' : 'MISSED',
  ];
});
const head = ['benchmark', 'figure', 'baseline (same run)', 'ratio', 'goal', ''];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log('\n=== summary');
console.log(fmt(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(fmt(t));
console.log(
  `${table.filter((t) => t[5] === 'holds').length} of ${table.length} goals hold${failed ? `; ${failed} benchmark(s) crashed` : ''}.`,
);
process.exit(failed ? 1 : 0);
