// `npm run bench`: runs every bench/*.bench.ts (Node, through tsx) one after another, each in its own
// process so one benchmark's heap doesn't colour the next one's figures. Browser benchmarks
// (bench/*.browser-bench.ts) need the built app: this script builds it first when there are any.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') || f.endsWith('.browser-bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort((a, b) => Number(a.includes('browser')) - Number(b.includes('browser')) || a.localeCompare(b));

if (files.some((f) => f.includes('browser'))) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
let failed = 0;
for (const f of files) {
  console.log(`\n=== bench/${f}`);
  try {
    execFileSync('npx', ['tsx', `bench/${f}`], { stdio: 'inherit' });
  } catch {
    failed++;
    console.error(`bench/${f} failed`);
  }
}
process.exit(failed ? 1 : 0);
