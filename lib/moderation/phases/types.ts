export type ScreenDecision = 'approve' | 'hold' | 'reject';
export type ScreenReason = {
  phase: string;
  rule?: string;
  decision: ScreenDecision;
  span?: { start: number; end: number; text: string };
  detail?: string;
};

export type ScreenSettings = {
  mode: string;
  bannedWords: string;
  suspectWords: string;
  linkHoldMinApproved: number;
  newCommenterHoldCount: number;
};

export type ScreenInput = {
  body: string;
  author: { id: string; approvedCount: number };
  article: { moderationMode: string | null };
  settings: ScreenSettings;
  /** How many comments with exactly this text anyone posted in the last hour. */
  countRecentDuplicates: () => Promise<number>;
};

/** One screening step: null (or approve) lets the comment through; hold or reject says why. */
export type ScreenPhase = { name: string; run(input: ScreenInput): ScreenReason | null | Promise<ScreenReason | null> };
