// The served build's record files as static assets rather than JavaScript strings. The app imports
// src/ui/bundled.ts (the files inlined with `?raw`, as the dev server, the unit tests and the portable
// single-file build use them); here that module is swapped for src/ui/bundled.fetch.ts, which fetches them,
// and the files are emitted under dist/record/ with precompressed .br and .gz copies. `vite preview` serves a
// copy when the browser accepts its encoding (sirv, as Vite sets it up, only compresses on the fly, with gzip);
// the service worker precaches the plain files (scripts/vite/offline.ts). The page preloads every file, so the
// download starts with the script's instead of after it.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OutgoingHttpHeaders } from 'node:http';
import type { Connect, Plugin } from 'vite';

export const BUNDLED_DIR = 'record';
const VIRTUAL = 'virtual:frontline-bundled';

/** The files bundled.ts inlines (the same folders and extensions), as record-relative paths, sorted. */
export function bundledPaths(root: string): string[] {
  const folders: Array<[string, RegExp]> = [
    ['data', /\.jsonl?$/],
    ['geo', /\.(jsonl|tsv|geojson)$/],
    ['geo/basemap', /\.geojson$/],
  ];
  return folders
    .flatMap(([dir, ext]) =>
      existsSync(resolve(root, dir))
        ? readdirSync(resolve(root, dir))
            .filter((f) => ext.test(f) && statSync(resolve(root, dir, f)).isFile())
            .map((f) => `${dir}/${f}`)
        : [],
    )
    .sort();
}

const TYPES: Record<string, string> = {
  json: 'application/json',
  jsonl: 'application/jsonl',
  geojson: 'application/geo+json',
  tsv: 'text/tab-separated-values',
};

/** `vite preview`: a precompressed copy of a file under record/, when the request accepts its encoding. */
function precompressed(distDir: string, headers: OutgoingHttpHeaders): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '').split('?')[0]!;
    const m = /\/record\/(.+)$/.exec(url);
    if (!m || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const file = join(distDir, BUNDLED_DIR, decodeURIComponent(m[1]!));
    const accept = String(req.headers['accept-encoding'] ?? '');
    const pick = [
      ['br', '.br'],
      ['gzip', '.gz'],
    ].find(([enc, ext]) => accept.includes(enc!) && existsSync(file + ext));
    if (!pick || !file.startsWith(join(distDir, BUNDLED_DIR))) return next();
    const body = readFileSync(file + pick[1]);
    for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    res.setHeader('Content-Type', `${TYPES[file.split('.').pop()!] ?? 'text/plain'}; charset=utf-8`);
    res.setHeader('Content-Encoding', pick[0]!);
    res.setHeader('Content-Length', body.length);
    res.setHeader('Vary', 'Accept-Encoding');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export function bundled(root = process.cwd()): Plugin {
  const inline = resolve(root, 'src/ui/bundled.ts');
  const fetching = resolve(root, 'src/ui/bundled.fetch.ts');
  let outDir = resolve(root, 'dist');
  return {
    name: 'frontline-bundled',
    // The preview server too, which serves the precompressed copies.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    enforce: 'pre',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async resolveId(source, importer, options) {
      if (source === VIRTUAL) return `\0${VIRTUAL}`;
      if (!/\/bundled$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r?.id === inline ? fetching : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      return [
        `export const BUNDLED_DIR = ${JSON.stringify(BUNDLED_DIR)};`,
        `export const BUNDLED_PATHS = ${JSON.stringify(bundledPaths(root))};`,
      ].join('\n');
    },
    generateBundle() {
      for (const path of bundledPaths(root)) {
        const source = readFileSync(resolve(root, path));
        const fileName = `${BUNDLED_DIR}/${path}`;
        this.emitFile({ type: 'asset', fileName, source });
        this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gzipSync(source, { level: 9 }) });
        const br = brotliCompressSync(source, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
        });
        this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: br });
      }
    },
    transformIndexHtml: () =>
      bundledPaths(root).map((path) => ({
        tag: 'link',
        // crossorigin="anonymous" is fetch()'s own mode for a same-origin request, so the preload is reused.
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${BUNDLED_DIR}/${path}` },
        injectTo: 'head' as const,
      })),
    configurePreviewServer(server) {
      server.middlewares.use(precompressed(outDir, server.config.preview.headers ?? {}));
    },
  };
}
