import { describe, expect, it } from 'vitest';
import { nestReplies, type Nestable } from './nest-replies';

const c = (id: string, replyToId: string | null): Nestable => ({ id, replyToId, replies: [] });
const shape = (list: Nestable[]): unknown => list.map((r) => (r.replies.length ? [r.id, shape(r.replies)] : r.id));

describe('nestReplies', () => {
  it('puts replies to the thread at level one and replies to replies at level two', () => {
    const nested = nestReplies('t', [c('a', 't'), c('b', 'a'), c('d', 't'), c('e', 'd')]);
    expect(shape(nested)).toEqual([
      ['a', ['b']],
      ['d', ['e']],
    ]);
  });

  it('keeps deeper answers at level two under their first-level ancestor', () => {
    const nested = nestReplies('t', [c('a', 't'), c('b', 'a'), c('x', 'b'), c('y', 'x')]);
    expect(shape(nested)).toEqual([['a', ['b', 'x', 'y']]]);
  });

  it('shows a reply whose answered comment is not loaded at level one', () => {
    expect(shape(nestReplies('t', [c('b', 'gone'), c('a', null)]))).toEqual(['b', 'a']);
  });

  it('attaches later replies to first-level replies loaded before', () => {
    const first = nestReplies('t', [c('a', 't')]);
    const later = nestReplies('t', [c('b', 'a'), c('d', 't')], first);
    expect(shape(first)).toEqual([['a', ['b']]]);
    expect(shape(later)).toEqual(['d']);
  });

  it('attaches a later answer to a second-level reply loaded before under its first-level reply', () => {
    const first = nestReplies('t', [c('a', 't'), c('b', 'a')]);
    const later = nestReplies('t', [c('x', 'b')], first);
    expect(shape(first)).toEqual([['a', ['b', 'x']]]);
    expect(later).toEqual([]);
  });
});
