// Writes dist/THIRD-PARTY-NOTICES.txt: the data, fonts and map engine the app credits (src/ui/credits.ts, with
// the fonts' own OFL text), then every package the build bundles, with its licence and licence text, as
// rollup-plugin-license finds them in the chunks of the app and of each worker build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import license from 'rollup-plugin-license';
import type { Plugin } from 'vite';
import { licenceStatement } from '../../src/core/export/rights.ts';
import type { RecordInfo } from '../../src/core/types.ts';
import { CREDITS, NOTICES_FILE } from '../../src/ui/credits.ts';

interface Dependency {
  name: string | null;
  version: string | null;
  license: string | null;
  licenseText: string | null;
  noticeText: string | null;
  repository: { url?: string } | null;
  homepage: string | null;
}

const RULE = '-'.repeat(100);

interface LockEntry {
  name?: string;
  version?: string;
  license?: string;
  dependencies?: Record<string, string>;
  dev?: boolean;
}

/**
 * The dependencies, recursively, of the bundled packages that are not bundled as modules themselves: several
 * packages ship one prebuilt file with their own dependencies compiled in (MapLibre's dist, d3-delaunay's),
 * which rollup-plugin-license cannot see. Resolved through package-lock.json as Node would, from the
 * package's folder upwards. Listing a package whose code did not end up in the bundle costs nothing.
 */
function carried(root: string, bundled: Dependency[]): Array<{ path: string; entry: LockEntry }> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const nameOf = (path: string, e: LockEntry) => e.name ?? path.slice(path.lastIndexOf('node_modules/') + 13);
  const resolveFrom = (from: string, dep: string): string | null => {
    for (let dir = from; ;) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${dep}`;
      if (lock.packages[candidate]) return candidate;
      if (!dir) return null;
      const up = dir.lastIndexOf('/node_modules/');
      dir = up === -1 ? '' : dir.slice(0, up);
    }
  };
  const seen = new Set(bundled.map((d) => `${d.name}@${d.version}`));
  const todo = Object.entries(lock.packages)
    .filter(([path, e]) => path && seen.has(`${nameOf(path, e)}@${e.version}`))
    .map(([path]) => path);
  const out: Array<{ path: string; entry: LockEntry }> = [];
  const visited = new Set<string>();
  while (todo.length) {
    const path = todo.pop()!;
    if (visited.has(path)) continue;
    visited.add(path);
    const entry = lock.packages[path]!;
    const key = `${nameOf(path, entry)}@${entry.version}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, entry });
    }
    for (const dep of Object.keys(entry.dependencies ?? {})) {
      if (dep.startsWith('@types/')) continue;
      const p = resolveFrom(path, dep);
      if (p) todo.push(p);
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function licenceText(dir: string): string | null {
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8') : null;
}

/** One collector for a whole build: the app's plugin list and each worker's share it. */
export function notices(root = process.cwd()): { app: Plugin[]; worker: () => Plugin[] } {
  const found = new Map<string, Dependency>();
  const scan = (): Plugin =>
    license({
      thirdParty: (deps) => {
        for (const d of deps as Dependency[]) found.set(`${d.name}@${d.version}`, d);
      },
    }) as Plugin;

  const write: Plugin = {
    name: 'frontline-notices',
    apply: 'build',
    generateBundle: {
      // After rollup-plugin-license has listed the app's packages (the workers were built before).
      order: 'post',
      handler() {
        const record = JSON.parse(readFileSync(`${root}/data/record.json`, 'utf8')) as Pick<
          RecordInfo,
          'title' | 'licence' | 'quotesRights'
        >;
        const packages = [...found.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
        const inside = carried(root, packages);
        const ofl = readFileSync(`${root}/node_modules/@fontsource/noto-sans-arabic/LICENSE`, 'utf8');
        const lines = [
          'Frontline — third-party notices',
          '',
          'Frontline’s own code is MIT-licensed. This file lists what the app is built from: first the data, fonts',
          'and map engine it credits, then every npm package bundled into it, with the licence text the package',
          'ships. It is written at build time (scripts/vite/notices.ts, rollup-plugin-license).',
          '',
          RULE,
          'DATA, FONTS, MAP ENGINE',
          RULE,
          '',
          `${record.title}`,
          `  ${licenceStatement(record)}`,
          '',
          ...CREDITS.flatMap((c) => [
            `${c.what}: ${c.who}`,
            `  ${c.url}`,
            `  Licence: ${c.licence}${c.licenceUrl ? ` (${c.licenceUrl})` : ''}`,
            '',
          ]),
          RULE,
          'FONTS: Noto Sans, Noto Sans Arabic (SIL Open Font License 1.1), as shipped by @fontsource',
          RULE,
          '',
          ofl.trim(),
          '',
          RULE,
          `BUNDLED PACKAGES (${packages.length})`,
          RULE,
          '',
          ...packages.flatMap((d) => [
            `${d.name} ${d.version} — ${d.license ?? 'no licence field'}`,
            ...(d.repository?.url ? [`  ${d.repository.url}`] : d.homepage ? [`  ${d.homepage}`] : []),
            '',
            (
              d.licenseText ?? `(the package ships no licence file; its package.json says ${d.license})`
            ).trim(),
            ...(d.noticeText ? ['', d.noticeText.trim()] : []),
            '',
            RULE,
            '',
          ]),
          `PACKAGES THE BUNDLED PACKAGES DEPEND ON (${inside.length}): some are compiled into those packages' own`,
          "files (MapLibre GL JS's and d3-delaunay's builds); all are listed, so that none is missed",
          RULE,
          '',
          ...inside.flatMap(({ path, entry }) => [
            `${path.slice(path.lastIndexOf('node_modules/') + 13)} ${entry.version} — ${entry.license ?? 'no licence field'}`,
            '',
            (
              licenceText(join(root, path)) ?? `(the package ships no licence file; it says ${entry.license})`
            ).trim(),
            '',
            RULE,
            '',
          ]),
        ];
        // A byte-order mark: static servers send .txt without a charset, and browsers then read it as
        // windows-1252 (the dashes, Arabic and © turn into mojibake). With the BOM they read UTF-8.
        this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: '\uFEFF' + lines.join('\n') });
      },
    },
  };
  return { app: [scan(), write], worker: () => [scan()] };
}
