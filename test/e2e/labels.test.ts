// Labels (issue 13), in real Chromium: each always-labelled place's label sits level with and next to its own
// dot, on the side the record names (Hama's "Hama حماة" beside Hama's dot, not by a neighbour's); a distance
// label never prints over a place name. Label boxes are read from MapLibre's own collision index through
// queryRenderedFeatures at a grid of points.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeChecked, openApp, type AppSession } from './harness';
import { recordAt } from '../fixtures/records/open';

const { info, placesById } = recordAt();

let s: AppSession | undefined;
afterEach(async () => {
  await closeChecked(s);
  s = undefined;
});

interface LabelBox {
  dot: { x: number; y: number };
  box: { x0: number; x1: number; y0: number; y1: number } | null;
}

/** The box of a place's label on the labels-record layer, found by querying points around its dot. */
async function labelBox(page: Page, id: string, lon: number, lat: number): Promise<LabelBox> {
  return page.evaluate(
    ({ id, lon, lat }) => {
      const map = window.frontline!.map;
      const dot = map.project([lon, lat]);
      let box: LabelBox['box'] = null;
      for (let dx = -220; dx <= 220; dx += 3) {
        for (let dy = -40; dy <= 40; dy += 3) {
          const p: [number, number] = [dot.x + dx, dot.y + dy];
          const hit = map
            .queryRenderedFeatures(p, { layers: ['labels-record'] })
            .some((f) => f.properties?.id === id);
          if (!hit) continue;
          box = box
            ? {
                x0: Math.min(box.x0, p[0]),
                x1: Math.max(box.x1, p[0]),
                y0: Math.min(box.y0, p[1]),
                y1: Math.max(box.y1, p[1]),
              }
            : { x0: p[0], x1: p[0], y0: p[1], y1: p[1] };
        }
      }
      return { dot: { x: dot.x, y: dot.y }, box };
    },
    { id, lon, lat },
  );
}

describe('labels', () => {
  it('each always-labelled place’s label sits level with its own dot, on the record’s side', async () => {
    s = await openApp('#date=2024-12-06', { viewport: { width: 1280, height: 860 } });
    for (const id of info.labelHints.always) {
      const anchor = info.labelHints.anchors[id] ?? info.labelHints.defaultAnchor;
      const p = placesById.get(id)!;
      const { dot, box } = await labelBox(s.page, id, p.lon, p.lat);
      expect(box, id).not.toBeNull();
      const b = box!;
      // MapLibre's anchor is the label's side at the dot: 'left' puts the label right of it, 'top' below it.
      const sideways = anchor === 'left' || anchor === 'right';
      if (sideways) {
        // Level with the dot: the label's one line spans the dot's row.
        expect(b.y0, id).toBeLessThanOrEqual(dot.y + 2);
        expect(b.y1, id).toBeGreaterThanOrEqual(dot.y - 2);
      } else {
        expect(b.x0, id).toBeLessThanOrEqual(dot.x + 2);
        expect(b.x1, id).toBeGreaterThanOrEqual(dot.x - 2);
      }
      const gap =
        anchor === 'left'
          ? b.x0 - dot.x
          : anchor === 'right'
            ? dot.x - b.x1
            : anchor === 'top'
              ? b.y0 - dot.y
              : dot.y - b.y1;
      expect(gap, id).toBeGreaterThanOrEqual(0);
      expect(gap, id).toBeLessThan(18);
      // No other place's dot sits between the label and its dot, or by the label's near end, where it would
      // read as the label's dot (a dense country view has villages under the far end of long names).
      const near =
        anchor === 'left'
          ? { x0: dot.x + 3, x1: b.x0 + 24, y0: b.y0 + 2, y1: b.y1 - 2 }
          : anchor === 'right'
            ? { x0: b.x1 - 24, x1: dot.x - 3, y0: b.y0 + 2, y1: b.y1 - 2 }
            : anchor === 'top'
              ? { x0: b.x0, x1: b.x1, y0: dot.y + 3, y1: b.y0 + 8 }
              : { x0: b.x0, x1: b.x1, y0: b.y1 - 8, y1: dot.y - 3 };
      const others = await s.page.evaluate(
        ({ id, near, dot }) => {
          const map = window.frontline!.map;
          return (
            map
              .querySourceFeatures('places')
              .filter((f) => f.properties?.id !== id)
              .map((f) => {
                const [lon, lat] = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
                const q = map.project([lon, lat]);
                return { id: String(f.properties?.id), x: q.x, y: q.y };
              })
              // A dot touching the labelled one (closer than their two radii, about 7 + 4 px at country zoom:
              // Aleppo's airport) reads as part of the same mark, not as the label's dot.
              .filter((q) => Math.hypot(q.x - dot.x, q.y - dot.y) > 10)
              .filter((q) => q.x > near.x0 && q.x < near.x1 && q.y > near.y0 && q.y < near.y1)
              .map((q) => q.id)
          );
        },
        { id, near, dot },
      );
      expect([...new Set(others)], id).toEqual([]);
    }
  });

  it('a distance label never prints over a place name', async () => {
    // Close in on Talbiseh → Homs, where the line runs between labelled towns.
    s = await openApp('#map=8.5/34.8/36.7&date=2024-12-06', { viewport: { width: 1280, height: 860 } });
    const { page } = s;
    const result = await page.evaluate(() => {
      const map = window.frontline!.map;
      const c = map.getCanvas();
      let distance = 0;
      let clashes = 0;
      for (let x = 0; x < c.clientWidth; x += 4) {
        for (let y = 0; y < c.clientHeight; y += 4) {
          const hits = map.queryRenderedFeatures([x, y], {
            layers: ['tools-distance-label', 'labels-record', 'labels-minor'],
          });
          const d = hits.some((f) => f.layer.id === 'tools-distance-label');
          if (d) distance++;
          if (d && hits.some((f) => f.layer.id !== 'tools-distance-label')) clashes++;
        }
      }
      return { distance, clashes };
    });
    // The label is shown (somewhere) and shares no pixel with a place's name.
    expect(result.distance).toBeGreaterThan(0);
    expect(result.clashes).toBe(0);
  });
});
