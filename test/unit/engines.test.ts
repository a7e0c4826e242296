import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// package.json's `engines` must be true: every Node version it admits must be one that every installed
// package (by its own `engines`) admits too. MapLibre's style spec once pulled in a package asking for Node ≥ 22.
describe('engines', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };

  it('admits only Node versions that every locked package admits', () => {
    const narrower: string[] = [];
    for (const [name, entry] of Object.entries(lock.packages)) {
      const node = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      if (!name || !node) continue;
      if (!semver.subset(pkg.engines.node, node)) narrower.push(`${name} wants node ${node}`);
    }
    expect(narrower).toEqual([]);
  });

  it('admits the Node that runs these tests', () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
