import { findWord, parseWordList } from '../normalize-text';
import type { ScreenInput, ScreenPhase, ScreenReason } from './types';

function wordPhase(
  name: string,
  list: (i: ScreenInput) => string,
  decision: 'reject' | 'hold',
  defaultRule: string,
): ScreenPhase {
  return {
    name,
    run(input): ScreenReason | null {
      const match = findWord(input.body, parseWordList(list(input), defaultRule));
      if (!match) return null;
      return {
        phase: name,
        decision,
        rule: match.entry.rule,
        span: { start: match.start, end: match.end, text: input.body.slice(match.start, match.end) },
        detail: `Matched “${match.entry.source}”`,
      };
    },
  };
}

/** Banned words reject the comment, citing the rule given in the list (default: civility). */
export const bannedWordsPhase = wordPhase('banned-words', (i) => i.settings.bannedWords, 'reject', 'civility');
/** Suspect words hold it for a moderator to judge in context. */
export const suspectWordsPhase = wordPhase('suspect-words', (i) => i.settings.suspectWords, 'hold', 'civility');
