import { containsLink } from '../../comments/format-comment';
import type { ScreenPhase } from './types';

export const linksPhase: ScreenPhase = {
  name: 'links',
  run: ({ body, author, settings }) =>
    author.approvedCount < settings.linkHoldMinApproved && containsLink(body)
      ? {
          phase: 'links',
          decision: 'hold',
          rule: 'spam',
          detail: `Contains a link; the author has ${author.approvedCount} approved comment(s), fewer than ${settings.linkHoldMinApproved}.`,
        }
      : null,
};

export const newCommenterPhase: ScreenPhase = {
  name: 'new-commenter',
  run: ({ author, settings }) =>
    author.approvedCount < settings.newCommenterHoldCount
      ? {
          phase: 'new-commenter',
          decision: 'hold',
          detail: `The author’s first ${settings.newCommenterHoldCount} comment(s) are reviewed.`,
        }
      : null,
};

export const repeatPhase: ScreenPhase = {
  name: 'repeat',
  async run({ countRecentDuplicates }) {
    const n = await countRecentDuplicates();
    return n > 0
      ? {
          phase: 'repeat',
          decision: 'hold',
          rule: 'spam',
          detail: `The same text was posted ${n} other time(s) in the last hour.`,
        }
      : null;
  },
};

/** Mostly capitals over a real length, or one character repeated on and on. */
export const floodPhase: ScreenPhase = {
  name: 'shouting-or-flood',
  run({ body }) {
    const letters = body.match(/\p{L}/gu) ?? [];
    const upper = body.match(/\p{Lu}/gu) ?? [];
    if (letters.length >= 20 && upper.length / letters.length > 0.7)
      return { phase: 'shouting-or-flood', decision: 'hold', rule: 'spam', detail: 'Mostly capital letters.' };
    const flood = /(\S)\1{9,}/u.exec(body);
    if (flood)
      return {
        phase: 'shouting-or-flood',
        decision: 'hold',
        rule: 'spam',
        span: { start: flood.index, end: flood.index + flood[0].length, text: flood[0] },
        detail: 'A character repeated many times.',
      };
    return null;
  },
};

export const premoderationPhase: ScreenPhase = {
  name: 'pre-moderation',
  run: ({ article, settings }) =>
    (article.moderationMode ?? settings.mode) === 'pre'
      ? { phase: 'pre-moderation', decision: 'hold', detail: 'Comments here are reviewed before they appear.' }
      : null,
};
