import { describe, expect, it } from 'vitest';
import type { Faction } from '../../src/core/types.ts';
import { fileName, legendEntries, pngLayout } from '../../src/ui/tools/download.ts';

const FACTIONS: Faction[] = [
  { id: 'government', name: 'Syrian government', bloc: 'government', color: '#c0392b', description: '' },
  { id: 'hts', name: 'HTS-led command', bloc: 'opposition', color: '#1f5f8b', description: '' },
  { id: 'sdf', name: 'SDF', bloc: 'sdf', color: '#e0b000', description: '' },
];

describe('downloads', () => {
  it('names files by date, so exports sort by day', () => {
    expect(fileName('snapshot', '2024-12-06')).toBe('frontline-2024-12-06.geojson');
    expect(fileName('png', '2024-12-06')).toBe('frontline-2024-12-06.png');
    expect(fileName('timeline', '2024-12-06')).toBe('frontline-timeline.geojson');
    expect(fileName('events', '2024-12-06')).toBe('frontline-events.csv');
  });

  it('lists only the factions present, in file order, then the estimated layers shown', () => {
    const l = legendEntries(FACTIONS, new Set(['sdf', 'government']), {
      contested: true,
      areas: false,
      frontLines: true,
    });
    expect(l.map((e) => e.label)).toEqual(['Syrian government', 'SDF', 'Contested', 'Estimated front line']);
    expect(l[0]).toEqual({ label: 'Syrian government', color: '#c0392b', shape: 'dot' });
  });

  it('adds a 48 CSS px title band above the map picture and a 40 px credits band below', () => {
    expect(pngLayout(1280, 700, 1)).toEqual({ width: 1280, height: 788, header: 48, footer: 40, scale: 1 });
    expect(pngLayout(2560, 1400, 2)).toEqual({ width: 2560, height: 1576, header: 96, footer: 80, scale: 2 });
    expect(pngLayout(100, 100, 0).scale).toBe(1);
  });
});
