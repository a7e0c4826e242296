import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.mjs';
import { bundled } from './scripts/vite/bundled.ts';
import { moduleReport } from './scripts/vite/module-report.ts';
import { notices } from './scripts/vite/notices.ts';
import { offline } from './scripts/vite/offline.ts';
import { portable, PORTABLE_DIR } from './scripts/vite/portable.ts';

// The policy goes into the built page only: Vite's dev server injects inline scripts for hot reload.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'frontline-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const MAPLIBRE = /node_modules[\\/]maplibre-gl[\\/]/;

export default defineConfig(({ mode }) => {
  // `vite build --mode portable`: the app as one HTML file for file:// (scripts/vite/portable.ts), with
  // its own CSP and no service worker.
  const single = mode === 'portable';
  const licences = notices();
  return {
    plugins: single
      ? [svelte(), ...portable(), ...licences.app]
      : [svelte(), bundled(), contentSecurityPolicy(), moduleReport('app'), ...licences.app, ...offline()],
    // Relative asset paths, so the built app also works from a sub-folder or a file server.
    base: './',
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
    build: {
      target: 'es2022',
      ...(single
        ? { outDir: PORTABLE_DIR }
        : // MapLibre in a chunk of its own: the rest of the first load is measured apart from it (npm run bench).
          {
            rolldownOptions: {
              output: { codeSplitting: { groups: [{ name: 'maplibre', test: MAPLIBRE }] } },
            },
          }),
    },
    worker: {
      // A page opened from file:// has an opaque origin, and Chromium then fails a module worker started
      // from a blob: URL (silently); a classic one starts. The portable build's territory worker is classic.
      format: single ? 'iife' : 'es',
      plugins: () => [...(single ? [] : [moduleReport('worker')]), ...licences.worker()],
    },
  };
});
