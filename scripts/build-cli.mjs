// Compiles the `frontline` command (src/cli, src/core) to plain JavaScript in dist-cli/, which bin/frontline.js
// runs with Node alone: no tsx at run time. npm runs this as `prepare` after `npm install` in a clone (dev
// dependencies are there then); `npm run build:cli` runs it by hand. Packages stay external: the compiled CLI
// imports only the project's `dependencies`, which an install with `--omit=dev` keeps.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = resolve(ROOT, 'dist-cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // `npm ci --omit=dev` runs `prepare` too, without the compiler: say what happened instead of failing the
  // install. The command then tells its user how to build it.
  console.warn(
    'frontline: esbuild (a dev dependency) is not installed, so dist-cli/ was not built.\n' +
      'Run `npm install` (with dev dependencies) and `npm run build:cli`, or copy dist-cli/ from a build.',
  );
  process.exit(0);
}

rmSync(CLI_OUT, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: CLI_OUT,
  bundle: true,
  // Commands stay lazily loaded (main.ts imports them by name), each in its own chunk.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
