// `vite build --mode portable` (npm run build:portable): the whole app as one HTML file,
// dist-portable/frontline.html, that opens by double-click (file://) with no server. vite-plugin-singlefile
// inlines the script, the style and every asset (fonts as data: URLs); the workers start from blob: URLs
// (src/ui/workers/start.portable.ts), since Chromium runs no worker from a file:// URL. The record's files
// stay inlined in the script (src/ui/bundled.ts), since a file:// page cannot fetch; the served build fetches
// them (scripts/vite/bundled.ts).
//
// Its CSP, in a <meta>, forbids every remote load like the served app's: nothing may come from anywhere but
// the page itself. file:// has no 'self' to allow, so the inline script and style are allowed by their
// SHA-256 hashes, workers by blob: and data:, and images, fonts and MapLibre's font fetches by data: and blob:.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const PORTABLE_DIR = 'dist-portable';
export const PORTABLE_FILE = 'frontline.html';

export function portableCsp(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'${h}'`).join(' ')}`,
    `style-src ${styleHashes.map((h) => `'${h}'`).join(' ')}`,
    // MapLibre turns its worker URL into a data: URL itself when the page's origin is opaque (file://).
    'worker-src blob: data:',
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Puts start.portable.ts where the app imports ./workers/start. */
function portableWorkers(root: string): Plugin {
  const served = resolve(root, 'src/ui/workers/start.ts');
  return {
    name: 'frontline-portable-workers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/workers\/start$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r?.id === served ? resolve(root, 'src/ui/workers/start.portable.ts') : null;
    },
  };
}

/** After the inlining: hashes every inline <script> and <style> into the page's CSP <meta>. */
function hashedCsp(): Plugin {
  return {
    name: 'frontline-portable-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[PORTABLE_FILE];
        if (!page || page.type !== 'asset') this.error(`${PORTABLE_FILE} is missing from the bundle`);
        const html = String(page.source);
        if (/<script[^>]+\bsrc=|<link[^>]+rel="stylesheet"/.test(html)) {
          this.error('the portable page still loads a script or style from a file');
        }
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
        const meta = `<meta http-equiv="Content-Security-Policy" content="${portableCsp(scripts, styles)}">`;
        page.source = html.replace(/<head>/, `<head>\n    ${meta}`);
      },
    },
  };
}

/**
 * A copy in the served build too (dist/, when `npm run build` has just made it), so that the app's About
 * panel can offer the file to download: a reporter gets it from the site, then needs no server.
 */
function copyToServed(root: string): Plugin {
  return {
    name: 'frontline-portable-copy',
    apply: 'build',
    closeBundle() {
      const served = resolve(root, 'dist');
      if (!existsSync(resolve(served, 'index.html'))) return;
      copyFileSync(resolve(root, PORTABLE_DIR, PORTABLE_FILE), resolve(served, PORTABLE_FILE));
    },
  };
}

export function portable(root = process.cwd()): PluginOption[] {
  return [
    portableWorkers(root),
    viteSingleFile({ outputFileName: PORTABLE_FILE }),
    hashedCsp(),
    copyToServed(root),
  ];
}
