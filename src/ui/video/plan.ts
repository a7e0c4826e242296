// The animation as a plan of frames, decided before anything is drawn: which day each frame shows, for how
// long, and at what size the map is drawn so that the frame (title band + map + credits band) is exactly the
// video's size. Pure, so the app's dialog, `frontline render` and the tests agree on every frame.
import { dateRange } from '../../core/dates.ts';
import type { ISODate } from '../../core/types.ts';

export const VIDEO_SIZES = [
  { id: '1280x720', width: 1280, height: 720, label: '1280×720 (landscape)' },
  { id: '1080x1080', width: 1080, height: 1080, label: '1080×1080 (square)' },
  { id: '1080x1920', width: 1080, height: 1920, label: '1080×1920 (portrait)' },
] as const;

export const DAYS_PER_SECOND = [0.5, 1, 2, 4] as const;

export interface AnimationOptions {
  from: ISODate;
  to: ISODate;
  daysPerSecond: number;
  /** Video frames a second (the WebM); each day is held for fps / daysPerSecond frames. */
  fps: number;
  width: number;
  height: number;
  areas: boolean;
  frontLines: boolean;
  distance: boolean;
  webm: boolean;
  gif: boolean;
}

export interface FramePlan {
  /** The days drawn, in order: one map picture each. */
  days: ISODate[];
  /** Video frames per day (at least 1). */
  framesPerDay: number;
  /** Every video frame's day, in order: `days` each repeated `framesPerDay` times. */
  frames: ISODate[];
  /** Microseconds per video frame. */
  frameMicros: number;
  /** GIF: one frame a day, shown this many milliseconds (GIF delays are in hundredths of a second). */
  gifDelayMs: number;
  /** Picture pixels per CSS pixel of the map: 2 for the full-size videos, so text and lines read on a phone. */
  scale: 1 | 2;
  /** The map's size in CSS pixels, and the title and credits bands in picture pixels (png-layout's pngLayout). */
  map: { width: number; height: number };
  header: number;
  footer: number;
}

/** Why these options cannot be rendered, or null. */
export function planProblem(o: AnimationOptions, record: { start: ISODate; end: ISODate }): string | null {
  if (!(o.from >= record.start && o.to <= record.end))
    return `the days must be within the record (${record.start} to ${record.end})`;
  if (o.from > o.to) return `the first day (${o.from}) is after the last (${o.to})`;
  if (!(o.daysPerSecond > 0 && o.daysPerSecond <= 30))
    return 'days per second must be more than 0 and at most 30';
  if (!(Number.isInteger(o.fps) && o.fps >= 1 && o.fps <= 60))
    return 'frames per second must be a whole number from 1 to 60';
  if (!(o.width >= 160 && o.height >= 160 && o.width <= 4096 && o.height <= 4096))
    return 'the size must be from 160 to 4096 pixels each way';
  if (o.width % 2 || o.height % 2) return 'the width and height must be even (video encoders need it)';
  if (!o.webm && !o.gif) return 'choose WebM, GIF or both';
  return null;
}

export function framePlan(o: AnimationOptions): FramePlan {
  const days = dateRange(o.from, o.to);
  const framesPerDay = Math.max(1, Math.round(o.fps / o.daysPerSecond));
  const scale = o.width >= 1000 ? 2 : 1;
  // pngLayout's bands: 48 and 40 CSS pixels.
  const header = 48 * scale;
  const footer = 40 * scale;
  return {
    days,
    framesPerDay,
    frames: days.flatMap((d) => Array<ISODate>(framesPerDay).fill(d)),
    frameMicros: Math.round(1e6 / o.fps),
    gifDelayMs: Math.round(100 / o.daysPerSecond) * 10,
    scale,
    map: { width: o.width / scale, height: (o.height - header - footer) / scale },
    header,
    footer,
  };
}

/** `frontline-2024-11-27-2024-12-08.webm`. */
export function animationFileName(o: Pick<AnimationOptions, 'from' | 'to'>, ext: 'webm' | 'gif'): string {
  return `frontline-${o.from}-${o.to}.${ext}`;
}
