import { describe, expect, it } from 'vitest';
import { dateAfter, isJump, keyAction, nextChange, prevChange, stepDay } from '../../src/ui/navigation';

const r = { start: '2024-11-26', end: '2024-12-12' };
const changes = ['2024-11-27', '2024-11-29', '2024-12-05', '2024-12-08'];

describe('timeline navigation', () => {
  it('steps a day and stops at the ends of the record', () => {
    expect(stepDay('2024-11-30', 1, r)).toBe('2024-12-01');
    expect(stepDay('2024-11-26', -1, r)).toBe('2024-11-26');
    expect(stepDay('2024-12-12', 1, r)).toBe('2024-12-12');
  });

  it('jumps to the next and previous change day, strictly after or before', () => {
    expect(nextChange('2024-11-29', changes)).toBe('2024-12-05');
    expect(nextChange('2024-11-26', changes)).toBe('2024-11-27');
    expect(nextChange('2024-12-08', changes)).toBe('2024-12-08');
    expect(prevChange('2024-12-05', changes)).toBe('2024-11-29');
    expect(prevChange('2024-12-06', changes)).toBe('2024-12-05');
    expect(prevChange('2024-11-27', changes)).toBe('2024-11-27');
  });

  it('maps keys to actions and dates', () => {
    expect(keyAction({ key: 'ArrowRight' }, 'DIV')).toBe('next-day');
    expect(keyAction({ key: 'PageUp' }, 'BODY')).toBe('prev-change');
    expect(keyAction({ key: ' ' }, 'BODY')).toBe('toggle-play');
    expect(dateAfter('first', '2024-12-01', r, changes)).toBe('2024-11-26');
    expect(dateAfter('last', '2024-12-01', r, changes)).toBe('2024-12-12');
  });

  it('leaves keys typed into fields, and browser shortcuts, alone', () => {
    expect(keyAction({ key: 'ArrowLeft' }, 'INPUT', 'date')).toBeNull();
    expect(keyAction({ key: 'ArrowLeft' }, 'INPUT', 'text')).toBeNull();
    expect(keyAction({ key: 'Home' }, 'SELECT')).toBeNull();
    expect(keyAction({ key: ' ' }, 'BUTTON')).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', altKey: true }, 'BODY')).toBeNull();
    expect(keyAction({ key: 'ArrowLeft' }, 'INPUT', 'checkbox')).toBe('prev-day');
  });

  it('gives each key one action: arrows on the focused map pan it, the slider keeps its own keys', () => {
    expect(keyAction({ key: 'ArrowRight' }, 'CANVAS', '', true)).toBeNull();
    expect(keyAction({ key: 'ArrowUp' }, 'CANVAS', '', true)).toBeNull();
    expect(keyAction({ key: 'PageDown' }, 'CANVAS', '', true)).toBe('next-change');
    // The slider steps with the arrows and jumps with Home/End natively; Page Down is the next change there too.
    expect(keyAction({ key: 'ArrowRight' }, 'INPUT', 'range')).toBeNull();
    expect(keyAction({ key: 'Home' }, 'INPUT', 'range')).toBeNull();
    expect(keyAction({ key: 'PageDown' }, 'INPUT', 'range')).toBe('next-change');
    expect(keyAction({ key: 'PageUp' }, 'INPUT', 'range')).toBe('prev-change');
    expect(isJump('next-change')).toBe(true);
    expect(isJump('next-day')).toBe(false);
  });
});
