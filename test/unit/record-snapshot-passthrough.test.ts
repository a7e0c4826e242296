// snapshotAt passes on whatever the territory estimator returns, so a new kind of area (the estimator may add
// kinds of area beyond "no information") reaches the map and the exports without a change here.
import { describe, expect, it, vi } from 'vitest';
import { snapshotAt } from '../../src/core/record';
import { recordAt } from '../fixtures/records/open';

const EXTRA = { type: 'FeatureCollection', features: [], marker: 'from the estimator' };

vi.mock(import('../../src/core/territory'), async (original) => {
  const m = await original();
  return {
    ...m,
    estimateTerritory: (...args: Parameters<typeof m.estimateTerritory>) => ({
      ...m.estimateTerritory(...args),
      futureKind: EXTRA,
    }),
  };
});

describe('snapshotAt', () => {
  it('keeps every field the estimator gives', () => {
    const s = snapshotAt(recordAt(), '2024-12-06') as unknown as Record<string, unknown>;
    expect(s.futureKind).toEqual(EXTRA);
    expect(s.areas).toBeDefined();
  });
});
