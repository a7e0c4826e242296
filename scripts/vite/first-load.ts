// What the served build's page loads before its first map: the entry script and the chunks Vite preloads
// with it (<script type="module"> and <link rel="modulepreload"> in dist/index.html), with their gzip sizes,
// MapLibre's chunk (vite.config.ts puts it in one of its own) apart. For `npm run bench` (bench/size.bench.ts)
// and the build test that holds the lazily loaded tools out of it (test/e2e/first-load.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  /** Every first-load script, relative to dist/, with its gzip size in bytes. */
  files: Array<{ file: string; gzip: number }>;
  /** MapLibre's chunk, gzip bytes. */
  maplibre: number;
  /** Everything else, gzip bytes. */
  beyondMaplibre: number;
}

export function firstLoad(dist = 'dist'): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ].map((r) => r.replace(/^\.\//, ''));
  if (refs.length === 0) throw new Error(`${dist}/index.html: no module script`);
  const files = [...new Set(refs)].map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
  }));
  const isMaplibre = (f: string) => /(^|\/)maplibre-[^/]*\.js$/.test(f);
  const sum = (xs: typeof files) => xs.reduce((a, f) => a + f.gzip, 0);
  return {
    files,
    maplibre: sum(files.filter((f) => isMaplibre(f.file))),
    beyondMaplibre: sum(files.filter((f) => !isMaplibre(f.file))),
  };
}
