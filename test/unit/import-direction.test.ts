// Dependencies point one way: ui → core and cli → core. Core imports neither, and the CLI never imports the UI.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../fixtures/records/open';

const SRC = resolve(REPO_ROOT, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? filesUnder(join(dir, d.name))
      : /\.(ts|svelte)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

/** Every module a file imports (static, dynamic and `export … from`), resolved against the file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*[`'"]([^`'"]+)[`'"]/g),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith('.') ? relative(SRC, resolve(dirname(file), s)) : s));
}

const layerOf = (pathInSrc: string) => pathInSrc.split(/[\\/]/)[0];

function offending(layer: string, forbidden: string[]): string[] {
  return filesUnder(join(SRC, layer)).flatMap((f) =>
    importsOf(f)
      .filter((i) => forbidden.includes(layerOf(i)!))
      .map((i) => `${relative(SRC, f)} imports ${i}`),
  );
}

describe('import direction', () => {
  it('finds the imports it checks (the scanner works)', () => {
    const cli = importsOf(join(SRC, 'cli/commands/export.ts'));
    expect(cli).toContain('core/record');
    expect(importsOf(join(SRC, 'ui/App.svelte')).some((i) => layerOf(i) === 'core')).toBe(true);
  });

  it('core imports neither ui nor cli', () => {
    expect(offending('core', ['ui', 'cli'])).toEqual([]);
  });

  it('cli does not import ui', () => {
    expect(offending('cli', ['ui'])).toEqual([]);
  });

  it('core uses no DOM or MapLibre, so it runs in Node, a browser and a worker', () => {
    expect(
      filesUnder(join(SRC, 'core')).flatMap((f) =>
        importsOf(f)
          .filter((i) => i.startsWith('maplibre-gl') || i.startsWith('svelte') || i.startsWith('node:'))
          .map((i) => `${relative(SRC, f)} imports ${i}`),
      ),
    ).toEqual([]);
  });
});
