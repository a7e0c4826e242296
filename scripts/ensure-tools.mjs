// Run first by `npm test`: finds every outside tool the tests call — Debian's Chromium for the browser tests and
// GDAL's ogrinfo/ogr2ogr for the export checks — installs the missing Debian packages with apt-get when running
// as root, or stops at once with the exact command to run. No test is ever skipped for a missing tool.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './chromium.mjs';

/** The first executable called `name` on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      /* next */
    }
  }
  return null;
}

const TOOLS = [
  { what: 'Chromium (browser tests)', pkg: 'chromium', find: findChromium },
  { what: "GDAL's ogrinfo (export checks)", pkg: 'gdal-bin', find: () => onPath('ogrinfo') },
  { what: "GDAL's ogr2ogr (export conversions)", pkg: 'gdal-bin', find: () => onPath('ogr2ogr') },
];

let missing = TOOLS.filter((t) => !t.find());
const packages = [...new Set(missing.map((t) => t.pkg))];
// FRONTLINE_NO_INSTALL=1 reports instead of installing (the test of this script uses it).
const mayInstall =
  process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.FRONTLINE_NO_INSTALL;
if (packages.length > 0 && mayInstall) {
  console.log(`Installing Debian packages the tests need: ${packages.join(' ')} (apt-get install -y) …`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    /* reported below */
  }
  missing = TOOLS.filter((t) => !t.find());
}
if (missing.length > 0) {
  const pkgs = [...new Set(missing.map((t) => t.pkg))].join(' ');
  console.error(
    `The tests need ${missing.map((t) => t.what).join(', ')}, and none was found.\nInstall with:\n\n` +
      `  sudo apt-get update && sudo apt-get install -y ${pkgs}\n\n` +
      '(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run npm test again.',
  );
  process.exit(1);
}
for (const t of TOOLS) console.log(`${t.what}: ${t.find()}`);
