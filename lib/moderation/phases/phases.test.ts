import { describe, expect, it } from 'vitest';
import { screenComment } from '../../comments/screen-comment';
import { DEFAULT_PHASES } from '.';
import type { ScreenInput, ScreenPhase } from './types';

const input = (over: Partial<ScreenInput> & { body: string }): ScreenInput => ({
  author: { id: 'u1', approvedCount: 10 },
  article: { moderationMode: null },
  settings: {
    mode: 'post',
    bannedWords: 'idiot\nfree money: spam',
    suspectWords: 'stupid',
    linkHoldMinApproved: 3,
    newCommenterHoldCount: 1,
  },
  countRecentDuplicates: async () => 0,
  ...over,
});

describe('screening phases', () => {
  it('approves an ordinary comment from an established reader', async () => {
    expect(await screenComment(input({ body: 'A thoughtful point about the budget.' }))).toEqual({
      status: 'approved',
      reasons: [],
    });
  });

  it('rejects banned words, citing the rule and the matched text', async () => {
    const r = await screenComment(input({ body: 'What an 1d10t, honestly.' }));
    expect(r.status).toBe('rejected');
    expect(r.reasons[0]).toMatchObject({
      phase: 'banned-words',
      rule: 'civility',
      span: { start: 8, end: 13, text: '1d10t' },
    });
    expect((await screenComment(input({ body: 'get FREE money' }))).reasons[0]).toMatchObject({ rule: 'spam' });
  });

  it('holds suspect words but lets Scunthorpe-style words through', async () => {
    expect((await screenComment(input({ body: 'That is a stupid plan.' }))).status).toBe('pending');
    expect((await screenComment(input({ body: 'Stupidity is not listed, nor is idiotic.' }))).status).toBe('approved');
  });

  it('holds links from readers with few approved comments', async () => {
    const body = 'Details at https://example.com/plan';
    expect(
      (await screenComment(input({ body, author: { id: 'u', approvedCount: 2 } }))).reasons.map((r) => r.phase),
    ).toEqual(['links']);
    expect((await screenComment(input({ body }))).status).toBe('approved');
  });

  it('holds the first comments of a new commenter', async () => {
    expect(
      (
        await screenComment(input({ body: 'Hello, first time here.', author: { id: 'u', approvedCount: 0 } }))
      ).reasons.map((r) => r.phase),
    ).toEqual(['new-commenter']);
  });

  it('holds repeats, shouting and character floods', async () => {
    expect(
      (await screenComment(input({ body: 'Copy me', countRecentDuplicates: async () => 2 }))).reasons[0]?.phase,
    ).toBe('repeat');
    expect(
      (await screenComment(input({ body: 'THIS IS OUTRAGEOUS AND EVERYONE SHOULD KNOW' }))).reasons[0]?.phase,
    ).toBe('shouting-or-flood');
    expect((await screenComment(input({ body: 'Nooooooooooooooo way' }))).reasons[0]?.span?.text).toMatch(/^o{10,}$/);
    expect((await screenComment(input({ body: 'NASA and the EU agreed on the plan today.' }))).status).toBe('approved');
  });

  it('holds everything under pre-moderation, site-wide or per article', async () => {
    expect(
      (await screenComment(input({ body: 'Fine text', settings: { ...input({ body: '' }).settings, mode: 'pre' } })))
        .status,
    ).toBe('pending');
    expect((await screenComment(input({ body: 'Fine text', article: { moderationMode: 'pre' } }))).status).toBe(
      'pending',
    );
    expect(
      (
        await screenComment(
          input({
            body: 'Fine text',
            settings: { ...input({ body: '' }).settings, mode: 'pre' },
            article: { moderationMode: 'post' },
          }),
        )
      ).status,
    ).toBe('approved');
  });

  it('keeps every reason, and the strictest decision wins whatever the order', async () => {
    const body = 'IDIOT IDIOT IDIOT IDIOT IDIOT IDIOT IDIOT https://x.example';
    const r = await screenComment(input({ body, author: { id: 'u', approvedCount: 0 } }));
    expect(r.status).toBe('rejected');
    expect(r.reasons.map((x) => x.phase)).toEqual(['banned-words', 'shouting-or-flood', 'links', 'new-commenter']);
    expect(
      (await screenComment(input({ body, author: { id: 'u', approvedCount: 0 } }), [...DEFAULT_PHASES].reverse()))
        .status,
    ).toBe('rejected');
  });

  it('takes an extra phase without touching the others', async () => {
    const external: ScreenPhase = {
      name: 'external',
      run: () => ({ phase: 'external', decision: 'hold', detail: 'toxicity 0.93' }),
    };
    expect((await screenComment(input({ body: 'Fine text' }), [...DEFAULT_PHASES, external])).reasons).toEqual([
      { phase: 'external', decision: 'hold', detail: 'toxicity 0.93' },
    ]);
  });
});
