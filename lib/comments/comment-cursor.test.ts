import { describe, expect, it } from 'vitest';
import { compareKeys, decodeCursor, encodeCursor, type CommentKey } from './comment-cursor';

const key = (id: string, t: number, r = 0): CommentKey => ({ id, createdAt: new Date(t), recommendCount: r });

describe('comment cursors', () => {
  it('round-trip for each sort', () => {
    const k = key('ckabc123', 1_700_000_000_000, 4);
    expect(decodeCursor('newest', encodeCursor('newest', k))).toEqual({ ...k, recommendCount: 0 });
    expect(decodeCursor('recommended', encodeCursor('recommended', k))).toEqual(k);
  });

  it('read tampered or foreign cursors as none', () => {
    expect(decodeCursor('newest', 'not json')).toBeNull();
    expect(decodeCursor('newest', Buffer.from('[1,"a b"]').toString('base64url'))).toBeNull();
    expect(decodeCursor('recommended', encodeCursor('newest', key('a', 1)))).toBeNull();
    expect(decodeCursor('newest', encodeCursor('recommended', key('a', 1)))).toBeNull();
    expect(decodeCursor('newest', { id: 'a' })).toBeNull();
  });

  it('order like the database: newest by time then id, recommended by count first', () => {
    const list = [key('b', 2), key('a', 2), key('c', 1, 9), key('d', 3)];
    const ids = (sort: 'newest' | 'oldest' | 'recommended') =>
      [...list].sort((x, y) => compareKeys(sort, x, y)).map((k) => k.id);
    expect(ids('newest')).toEqual(['d', 'b', 'a', 'c']);
    expect(ids('oldest')).toEqual(['c', 'a', 'b', 'd']);
    expect(ids('recommended')).toEqual(['c', 'd', 'b', 'a']);
  });
});
