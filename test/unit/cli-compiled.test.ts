// The `frontline` command runs from compiled JavaScript (dist-cli/, built by scripts/build-cli.mjs as npm's
// `prepare`) with Node alone. This test lays out what `npm ci --omit=dev` would leave, without the network:
// the repository's bin/, dist-cli/, data/ and geo/, and a node_modules/ holding only the packages that
// package-lock.json does not mark `dev` (hard links, so it is quick). tsx and esbuild are absent there, and
// the real command must still answer.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Lock {
  packages: Record<string, { dev?: boolean }>;
}

let root = '';

function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/frontline.js', ...args], { cwd: root, encoding: 'utf8' });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'frontline-omit-dev-'));
  for (const p of ['package.json', 'bin', 'dist-cli', 'data', 'geo']) {
    cpSync(p, join(root, p), { recursive: true });
  }
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
  mkdirSync(join(root, 'node_modules'));
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Top-level packages only; a package's own nested node_modules comes with it.
    if (!path.startsWith('node_modules/') || path.indexOf('/node_modules/') !== -1 || entry.dev) continue;
    if (!existsSync(path)) continue; // an optional package for another platform
    mkdirSync(join(root, path, '..'), { recursive: true });
    spawnSync('cp', ['-al', path, join(root, path)]);
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the compiled CLI, without dev dependencies', () => {
  it('has neither tsx nor esbuild to lean on', () => {
    const req = createRequire(join(root, 'package.json'));
    expect(() => req.resolve('tsx')).toThrow(/Cannot find module/);
    expect(() => req.resolve('esbuild')).toThrow(/Cannot find module/);
    // …while the production dependencies are there.
    expect(req.resolve('zod')).toContain(root);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(Object.keys(pkg.devDependencies)).toContain('tsx');
  });

  it('measures and exports with Node alone', () => {
    const d = run('distance', 'Rastan', 'Homs');
    expect(d.stderr).toBe('');
    expect(d.status).toBe(0);
    expect((JSON.parse(d.stdout) as { metres: number }).metres).toBeCloseTo(22186.19, 1);

    const e = run('export', '--date', '2024-12-06');
    expect(e.stderr).toBe('');
    expect(e.status).toBe(0);
    const fc = JSON.parse(e.stdout) as { type: string; features: unknown[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(100);
  });

  it('says how to build it when dist-cli/ is missing', () => {
    rmSync(join(root, 'dist-cli'), { recursive: true });
    const r = run('distance', 'Rastan', 'Homs');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/dist-cli\/main\.js\) is missing.*npm run build:cli/s);
  });
});
