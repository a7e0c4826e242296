// The animation's frame plan (src/ui/video/plan.ts): which day each frame shows, how long, and the map's size
// so that the composed frame is exactly the video's size.
import { describe, expect, it } from 'vitest';
import { framePlan, planProblem, VIDEO_SIZES, type AnimationOptions } from '../../src/ui/video/plan';
import { pngLayout } from '../../src/ui/tools/download';

const base: AnimationOptions = {
  from: '2024-11-27',
  to: '2024-12-08',
  daysPerSecond: 2,
  fps: 10,
  width: 1280,
  height: 720,
  areas: true,
  frontLines: true,
  distance: true,
  webm: true,
  gif: false,
};
const record = { start: '2024-11-26', end: '2024-12-12' };

describe('framePlan', () => {
  it('27 November – 8 December at 2 days/s: 12 days, 5 frames a day at 10 fps, a 6 s video', () => {
    const p = framePlan(base);
    expect(p.days).toHaveLength(12);
    expect(p.framesPerDay).toBe(5);
    expect(p.frames).toHaveLength(60);
    expect(p.frames[0]).toBe('2024-11-27');
    expect(p.frames.at(-1)).toBe('2024-12-08');
    expect(p.frames.slice(0, 6)).toEqual([...Array(5).fill('2024-11-27'), '2024-11-28']);
    expect(p.frameMicros * p.frames.length).toBe(6_000_000);
    expect(p.gifDelayMs).toBe(500);
  });

  it('sizes the map so that title band + map + credits band is exactly each video size', () => {
    for (const s of VIDEO_SIZES) {
      const p = framePlan({ ...base, width: s.width, height: s.height });
      expect(Number.isInteger(p.map.width) && Number.isInteger(p.map.height)).toBe(true);
      const L = pngLayout(p.map.width * p.scale, p.map.height * p.scale, p.scale);
      expect([L.width, L.height]).toEqual([s.width, s.height]);
    }
    const small = framePlan({ ...base, width: 320, height: 240 });
    expect(small.scale).toBe(1);
    expect(small.map).toEqual({ width: 320, height: 152 });
  });

  it('says what is wrong with options it cannot render', () => {
    expect(planProblem(base, record)).toBeNull();
    expect(planProblem({ ...base, from: '2024-12-09' }, record)).toMatch(/after the last/);
    expect(planProblem({ ...base, to: '2025-01-01' }, record)).toMatch(/within the record/);
    expect(planProblem({ ...base, width: 321 }, record)).toMatch(/even/);
    expect(planProblem({ ...base, webm: false }, record)).toMatch(/WebM, GIF or both/);
    expect(planProblem({ ...base, fps: 0 }, record)).toMatch(/frames per second/);
  });
});
