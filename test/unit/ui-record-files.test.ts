import { describe, expect, it } from 'vitest';
import { recordFilesFrom, recordRoot } from '../../src/ui/record-files';

describe('a record brought to the page', () => {
  it('finds the shallowest folder with data/record.json', () => {
    expect(recordRoot(['valley/data/record.json', 'valley/geo/places.jsonl'])).toBe('valley/');
    expect(recordRoot(['data/record.json'])).toBe('');
    expect(recordRoot(['a/b/data/record.json', 'a/data/record.json'])).toBe('a/');
    expect(recordRoot(['valley/record.json', 'notes.txt'])).toBeNull();
  });

  it('keeps the record’s files under its root, relative to it, and nothing else', () => {
    const found = recordFilesFrom([
      { path: 'valley/data/record.json', text: '{}' },
      { path: 'valley/data/events.jsonl', text: 'e' },
      { path: 'valley/geo/places.jsonl', text: 'p' },
      { path: 'valley/README.md', text: 'not a record file' },
      { path: 'valley/.DS_Store.json', text: 'hidden' },
      { path: '__MACOSX/valley/data/._record.json', text: 'shadow' },
      { path: 'other/data/events.jsonl', text: 'outside the root' },
    ]);
    expect(found).toEqual({
      root: 'valley',
      files: { 'data/record.json': '{}', 'data/events.jsonl': 'e', 'geo/places.jsonl': 'p' },
    });
    expect(recordFilesFrom([{ path: 'x/readme.txt', text: '' }])).toBeNull();
  });
});
