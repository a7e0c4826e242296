import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` starts with scripts/ensure-tools.mjs: a machine without GDAL must stop at once with the exact
// command, never fail later inside a test with `spawnSync ogrinfo ENOENT`.
describe('scripts/ensure-tools.mjs', () => {
  it('stops with the exact apt-get command when ogrinfo is missing', () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'frontline-path-'));
    const r = spawnSync(process.execPath, ['scripts/ensure-tools.mjs'], {
      encoding: 'utf8',
      env: { PATH: emptyPath, FRONTLINE_NO_INSTALL: '1', CHROMIUM_PATH: process.execPath },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("GDAL's ogrinfo");
    expect(r.stderr).toContain('sudo apt-get update && sudo apt-get install -y gdal-bin');
  });

  it('finds every tool on this machine (npm test has installed them)', () => {
    const r = spawnSync(process.execPath, ['scripts/ensure-tools.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, FRONTLINE_NO_INSTALL: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ogrinfo \(export checks\): \/\S+ogrinfo/);
    expect(r.stdout).toMatch(/Chromium \(browser tests\): \/\S+/);
  });
});
