import { floodPhase, linksPhase, newCommenterPhase, premoderationPhase, repeatPhase } from './behaviour-phases';
import type { ScreenPhase } from './types';
import { bannedWordsPhase, suspectWordsPhase } from './word-phases';

export type { ScreenDecision, ScreenInput, ScreenPhase, ScreenReason, ScreenSettings } from './types';

/** The screening pipeline, in order. Add a phase (say, an external toxicity API) by adding it here. */
export const DEFAULT_PHASES: ScreenPhase[] = [
  bannedWordsPhase,
  suspectWordsPhase,
  repeatPhase,
  floodPhase,
  linksPhase,
  newCommenterPhase,
  premoderationPhase,
];
