// Compiles the CLI (scripts/build-cli.mjs) before the unit tests, so those that spawn `node bin/frontline.js`
// run what src/ says now, not an older dist-cli/.
import { execFileSync } from 'node:child_process';

export function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
}
