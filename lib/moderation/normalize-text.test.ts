import { describe, expect, it } from 'vitest';
import { findWord, foldWord, parseWordList, tokenize } from './normalize-text';

const list = parseWordList('idiot\ncunt: hate\nass\nfree money: spam', 'civility');
const hit = (text: string) => {
  const m = findWord(text, list);
  return m ? [m.entry.source, text.slice(m.start, m.end), m.entry.rule] : null;
};

describe('word screening normalisation', () => {
  it('folds case, diacritics, look-alikes and stretched letters', () => {
    expect(foldWord('ÍDÎÔT')).toBe('idiot');
    expect(foldWord('1d10t')).toBe('idiot');
    expect(foldWord('iiiidiooot')).toBe('idiot');
    expect(foldWord('@$$')).toBe('as');
  });

  it.each([
    ['You idiot.', 'idiot', 'idiot'],
    ['You IDIOT!', 'idiot', 'IDIOT'],
    ['you 1d10t', 'idiot', '1d10t'],
    ['you i d i o t', 'idiot', 'i d i o t'],
    ['you i.d.i.o.t', 'idiot', 'i.d.i.o.t'],
    ['a real idiiiooot', 'idiot', 'idiiiooot'],
    ['what an ídíót', 'idiot', 'ídíót'],
    ['Get FREE   money now', 'free money', 'FREE   money'],
  ])('finds %j', (text, entry, span) => {
    expect(hit(text)?.slice(0, 2)).toEqual([entry, span]);
  });

  it('cites the rule given in the list, or the default', () => {
    expect(hit('cunt')?.[2]).toBe('hate');
    expect(hit('idiot')?.[2]).toBe('civility');
  });

  // The Scunthorpe problem: innocent words that contain a listed one.
  it.each([
    'Scunthorpe United won',
    'a classic assessment',
    'Massachusetts and Essex',
    'the passage of the bill',
    'idiotic is not on the list',
    'Sussex',
    'embarrass',
    'cocktail',
    'assistant',
    'free of money worries',
  ])('does not flag %j', (text) => {
    expect(hit(text)).toBeNull();
  });

  it('keeps original offsets for highlighting', () => {
    const tokens = tokenize('Héllo, wörld');
    expect(tokens.map((t) => [t.word, t.start, t.end])).toEqual([
      ['helo', 0, 5],
      ['world', 7, 12],
    ]);
  });
});
