// What the production build (dist/, made by `vite build` before the browser tests) carries, read from its
// files and from the chunk report that scripts/vite/module-report.ts writes for the app and each worker.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChunkReport } from '../../scripts/vite/module-report';

const DIST = 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

function sourceFiles(dir: string): string[] {
  return filesUnder(dir)
    .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

/** Every module the build bundled with any code left after tree-shaking, over all chunks and workers. */
function bundledModules(): Set<string> {
  const reports = readdirSync(join(DIST, '.report')).filter((f) => f.endsWith('.json'));
  expect(reports.some((f) => f.startsWith('worker-'))).toBe(true);
  const mods = new Set<string>();
  for (const f of reports) {
    const chunks = JSON.parse(readFileSync(join(DIST, '.report', f), 'utf8')) as ChunkReport[];
    for (const c of chunks) for (const [m, len] of Object.entries(c.modules)) if (len > 0) mods.add(m);
  }
  return mods;
}

function packageOf(module: string): string | null {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module);
  return m ? m[1]! : null;
}

/** The Turf packages `@turf/turf` takes each function from, as its own index says. */
async function turfPackageOf(names: string[]): Promise<Map<string, string>> {
  const index = readFileSync('node_modules/@turf/turf/dist/esm/index.js', 'utf8');
  const found = new Map<string, string>();
  for (const m of index.matchAll(/^import \{ ([^}]+) \} from "(@turf\/[^"]+)";$/gm)) {
    for (const n of m[1]!.split(',').map((s) => s.trim())) found.set(n, m[2]!);
  }
  // What the index passes through whole (`export * from "@turf/helpers"`, …).
  for (const m of index.matchAll(/^export \* from "(@turf\/[^"]+)";$/gm)) {
    const mod = (await import(m[1]!)) as Record<string, unknown>;
    for (const n of names) if (!found.has(n) && n in mod) found.set(n, m[1]!);
  }
  return found;
}

/** A package and, recursively, the Turf packages it depends on. */
function turfClosure(pkgs: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...pkgs];
  while (todo.length) {
    const p = todo.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    const json = JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    todo.push(...Object.keys(json.dependencies ?? {}).filter((d) => d.startsWith('@turf/')));
  }
  return seen;
}

describe('the build', () => {
  it('bundles only the Turf modules that the code imports, and what they need', async () => {
    const used = new Set<string>();
    for (const f of sourceFiles('src')) {
      const text = readFileSync(f, 'utf8');
      expect(text, `${f} imports all of Turf`).not.toMatch(/import \* as \w+ from '@turf\/turf'/);
      for (const m of text.matchAll(/import \{([^}]+)\} from '@turf\/turf'/g)) {
        // `{ area as turfArea }` imports `area`.
        for (const n of m[1]!.split(','))
          used.add(
            n
              .trim()
              .replace(/^type /, '')
              .split(/\s+as\s+/)[0]!,
          );
      }
    }
    expect(used.size).toBeGreaterThan(0);
    const byName = await turfPackageOf([...used]);
    const direct = [...used].map((n) => {
      const p = byName.get(n);
      expect(p, `@turf/turf does not export ${n}`).toBeDefined();
      return p!;
    });
    const allowed = turfClosure(direct);

    const bundled = new Set(
      [...bundledModules()].map(packageOf).filter((p): p is string => p?.startsWith('@turf/') ?? false),
    );
    for (const p of direct) expect(bundled, `${p} is used but not bundled`).toContain(p);
    expect([...bundled].filter((p) => !allowed.has(p)).sort()).toEqual([]);
    // Far fewer than the whole of Turf (over a hundred packages).
    expect(bundled.size).toBeLessThan(20);
  });

  it('has a web app manifest whose icons, drawn from the SVG, are the sizes it says', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      start_url: string;
      icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
    };
    expect(manifest.start_url).toBe('./');
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain(
      '<link rel="manifest" href="./manifest.webmanifest">',
    );
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of pngs) {
      const png = readFileSync(join(DIST, icon.src));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });

  it('ships only the Latin, Latin Extended and Arabic font subsets, as woff2 only', () => {
    const files = filesUnder(DIST);
    expect(files.filter((f) => /\.(woff|ttf|otf|eot)$/i.test(f))).toEqual([]);
    const fonts = files.filter((f) => f.endsWith('.woff2')).map((f) => f.replace(/^.*\//, ''));
    const subsets = new Set(
      fonts.map((f) => {
        const m = /^(noto-sans(?:-arabic)?)-([a-z-]+)-(\d00)-normal-[\w-]+\.woff2$/.exec(f);
        expect(m, `unexpected font file ${f}`).not.toBeNull();
        return `${m![1]} ${m![2]} ${m![3]}`;
      }),
    );
    expect([...subsets].sort()).toEqual([
      'noto-sans latin 400',
      'noto-sans latin 600',
      'noto-sans latin-ext 400',
      'noto-sans latin-ext 600',
      'noto-sans-arabic arabic 400',
      'noto-sans-arabic arabic 600',
    ]);
  });
});
