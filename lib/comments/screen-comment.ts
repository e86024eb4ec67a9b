// Every new or edited comment gets its status from this one step: all phases run, the strictest
// decision wins (reject > hold > approve), and every reason is kept for moderators.
import { DEFAULT_PHASES, type ScreenInput, type ScreenPhase, type ScreenReason } from '../moderation/phases';

export type { ScreenInput, ScreenPhase, ScreenReason };

export type ScreenResult = { status: 'approved' | 'pending' | 'rejected'; reasons: ScreenReason[] };

export async function screenComment(input: ScreenInput, phases: ScreenPhase[] = DEFAULT_PHASES): Promise<ScreenResult> {
  const reasons: ScreenReason[] = [];
  for (const phase of phases) {
    const reason = await phase.run(input);
    if (reason && reason.decision !== 'approve') reasons.push(reason);
  }
  const status = reasons.some((r) => r.decision === 'reject')
    ? 'rejected'
    : reasons.length > 0
      ? 'pending'
      : 'approved';
  return { status, reasons };
}
