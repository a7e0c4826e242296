// Offline after the first visit: a Workbox service worker (vite-plugin-pwa, generateSW) precaches every file
// of the build, and a web app manifest makes the app installable. The icons are drawn at build time from
// src/ui/assets/icon.svg with resvg (WebAssembly: no native binary to install). The service worker is
// registered by a script file (registerSW.js), not an inline script, so the app's CSP stays `script-src 'self'`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const require = createRequire(import.meta.url);
const ICON_SVG = 'src/ui/assets/icon.svg';
export const ICON_SIZES = [192, 512] as const;

let wasm: Promise<void> | null = null;

/** The icons, rendered from the SVG and emitted as files under icons/. */
function icons(root: string): Plugin {
  return {
    name: 'frontline-icons',
    apply: 'build',
    async generateBundle() {
      wasm ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
      await wasm;
      const svg = readFileSync(`${root}/${ICON_SVG}`, 'utf8');
      this.emitFile({ type: 'asset', fileName: 'icons/icon.svg', source: svg });
      for (const size of ICON_SIZES) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        this.emitFile({ type: 'asset', fileName: `icons/icon-${size}.png`, source: png });
      }
    },
  };
}

export function offline(root = process.cwd()): Plugin[] {
  return [
    icons(root),
    ...VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Frontline — Syria, 27 November – 8 December 2024',
        short_name: 'Frontline',
        description:
          'Who held each town of Syria day by day during the offensive of 27 November – 8 December 2024.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f5f8b',
        icons: [
          ...ICON_SIZES.map((s) => ({ src: `icons/icon-${s}.png`, sizes: `${s}x${s}`, type: 'image/png' })),
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the build holds, the notices and the record's files (record/, scripts/vite/bundled.ts; not
        // their .br/.gz copies, which only the server uses) included, except the chunk report (for tests only)
        // and the portable copy (megabytes, and only for downloading).
        globPatterns: ['**/*.{html,js,mjs,css,woff2,png,svg,txt}', 'record/**/*.{json,jsonl,tsv,geojson}'],
        globIgnores: ['.report/**', 'frontline.html'],
        // A record file or a chunk may grow past Workbox's default limit (2 MiB), which would skip it silently.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ];
}
