// Moving through the record's days: the timeline buttons, the keyboard and playback all use these. Pure.
import { addDays, clampDate } from '../core/dates';
import type { ISODate } from '../core/types';

export interface Range {
  start: ISODate;
  end: ISODate;
}

export function stepDay(date: ISODate, days: number, r: Range): ISODate {
  return clampDate(addDays(date, days), r.start, r.end);
}

/** The first change day after `date`, or `date` itself when there is none. `changeDays` ascending. */
export function nextChange(date: ISODate, changeDays: readonly ISODate[]): ISODate {
  return changeDays.find((d) => d > date) ?? date;
}

/** The last change day before `date`, or `date` itself when there is none. */
export function prevChange(date: ISODate, changeDays: readonly ISODate[]): ISODate {
  for (let i = changeDays.length - 1; i >= 0; i--) if (changeDays[i]! < date) return changeDays[i]!;
  return date;
}

export type KeyAction =
  'toggle-play' | 'prev-day' | 'next-day' | 'prev-change' | 'next-change' | 'first' | 'last';

const KEYS: Record<string, KeyAction> = {
  ' ': 'toggle-play',
  ArrowLeft: 'prev-day',
  ArrowRight: 'next-day',
  PageUp: 'prev-change',
  PageDown: 'next-change',
  Home: 'first',
  End: 'last',
};

/** Keys the map itself answers to while it has the focus (MapLibre's keyboard handler): pan and zoom. */
const MAP_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '=', '_']);

/**
 * The timeline action for a key press, or null. One key, one action: keys typed into a field, keys with a
 * modifier (browser shortcuts), arrows on the focused map (it pans) and arrows, Home and End on the focused
 * date slider (it steps and jumps natively, as the WAI-ARIA slider pattern has it) stay with their owner.
 * Page Up and Page Down mean the previous and next change everywhere, the slider included.
 */
export function keyAction(
  e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean },
  targetTag: string,
  targetType = '',
  inMap = false,
): KeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (inMap && MAP_KEYS.has(e.key)) return null;
  const tag = targetTag.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return null;
  if (tag === 'INPUT' && targetType === 'range') {
    return e.key === 'PageUp' || e.key === 'PageDown' ? KEYS[e.key]! : null;
  }
  if (tag === 'INPUT' && !['checkbox', 'radio', 'button'].includes(targetType)) return null;
  // Space on a focused button presses it; don't press play as well.
  if (e.key === ' ' && tag === 'BUTTON') return null;
  return KEYS[e.key] ?? null;
}

/** Jumps are worth a history entry (Back returns from them); day steps and playback are not. */
export function isJump(action: KeyAction): boolean {
  return action === 'prev-change' || action === 'next-change' || action === 'first' || action === 'last';
}

/** The date an action leads to (toggle-play is the caller's). */
export function dateAfter(
  action: Exclude<KeyAction, 'toggle-play'>,
  date: ISODate,
  r: Range,
  changeDays: readonly ISODate[],
): ISODate {
  switch (action) {
    case 'prev-day':
      return stepDay(date, -1, r);
    case 'next-day':
      return stepDay(date, 1, r);
    case 'prev-change':
      return prevChange(date, changeDays);
    case 'next-change':
      return nextChange(date, changeDays);
    case 'first':
      return r.start;
    case 'last':
      return r.end;
  }
}
