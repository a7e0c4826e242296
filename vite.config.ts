import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.mjs';
import { moduleReport } from './scripts/vite/module-report.ts';
import { notices } from './scripts/vite/notices.ts';
import { offline } from './scripts/vite/offline.ts';

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

const licences = notices();

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), moduleReport('app'), ...licences.app, ...offline()],
  // Relative asset paths, so the built app also works from a sub-folder or a file server.
  base: './',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es', plugins: () => [moduleReport('worker'), ...licences.worker()] },
});
