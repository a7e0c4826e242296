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
      { path: 'valley/data/record.json', content: '{}' },
      { path: 'valley/data/events.jsonl', content: 'e' },
      { path: 'valley/geo/places.jsonl', content: 'p' },
      { path: 'valley/README.md', content: 'not a record file' },
      { path: 'valley/.DS_Store.json', content: 'hidden' },
      { path: '__MACOSX/valley/data/._record.json', content: 'shadow' },
      { path: 'other/data/events.jsonl', content: 'outside the root' },
    ]);
    expect(found).toEqual({
      root: 'valley',
      files: { 'data/record.json': '{}', 'data/events.jsonl': 'e', 'geo/places.jsonl': 'p' },
    });
    expect(recordFilesFrom([{ path: 'x/readme.txt', content: '' }])).toBeNull();
  });
});
