// Finds the Chromium that browser tests and benchmarks drive. Playwright's own browser download does not
// work offline, so we use Debian's `chromium` package (or CHROMIUM_PATH).
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
];

export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/** The path of a runnable Chromium, or null. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  for (const p of fromEnv ? [fromEnv, ...CANDIDATES] : CANDIDATES) {
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* try the next one */
    }
  }
  return null;
}

/**
 * Launch flags that keep headless Chromium offline and quiet: without the background-networking flags it
 * tries to reach Google's hosts at start-up. --no-sandbox because CI runs as root.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
