// Run before the browser tests: finds Chromium, installs Debian's package when running as root, or stops
// with the exact command to run. Browser tests are never skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_COMMAND } from './chromium.mjs';

let path = findChromium();
if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium) …");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    /* reported below */
  }
  path = findChromium();
}
if (!path) {
  console.error(
    `The browser tests need Chromium and none was found.\nInstall it with:\n\n  ${INSTALL_COMMAND}\n\n` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
