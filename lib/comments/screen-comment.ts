// Every new or edited comment gets its status from this one step. It is an ordered list of
// phases; the first phase that does not approve decides. Moderation (issue #5) adds phases here.

export type ScreenDecision = 'approve' | 'hold' | 'reject';
export type ScreenReason = { phase: string; rule?: string; decision: ScreenDecision; span?: { start: number; end: number; text: string }; detail?: string };
export type ScreenInput = {
  body: string;
  author: { id: string; approvedCount: number };
  article: { moderationMode: string | null };
  settings: { mode: string };
};
export type ScreenPhase = { name: string; run(input: ScreenInput): ScreenReason | null | Promise<ScreenReason | null> };

const premoderation: ScreenPhase = {
  name: 'pre-moderation',
  run: ({ article, settings }) => ((article.moderationMode ?? settings.mode) === 'pre' ? { phase: 'pre-moderation', decision: 'hold', detail: 'Every comment on this article is reviewed before it appears.' } : null),
};

export const DEFAULT_PHASES: ScreenPhase[] = [premoderation];

export async function screenComment(input: ScreenInput, phases: ScreenPhase[] = DEFAULT_PHASES): Promise<{ status: 'approved' | 'pending' | 'rejected'; reasons: ScreenReason[] }> {
  for (const phase of phases) {
    const reason = await phase.run(input);
    if (!reason || reason.decision === 'approve') continue;
    return { status: reason.decision === 'reject' ? 'rejected' : 'pending', reasons: [reason] };
  }
  return { status: 'approved', reasons: [] };
}
