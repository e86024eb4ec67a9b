'use server';

import { getActor } from '@/lib/auth/current-user';
import { acceptCommentPolicy } from '@/lib/comments/accept-policy';
import { deleteComment } from '@/lib/comments/delete-comment';
import { recommendComment } from '@/lib/comments/recommend-comment';
import { reportComment } from '@/lib/comments/report-comment';
import { runNotificationsSoon } from '@/lib/notifications/notification-scheduler';
import { acknowledgeWarning } from '@/lib/moderation/act-on-user';
import { formDone, formError, type FormState } from '@/lib/actions/form-state';
import { busyAware, textField } from '@/lib/actions/form-action';

const toState = (result: { ok: boolean; message?: string }, done: string): FormState =>
  result.ok ? formDone(done) : formError(result.message ?? 'Something went wrong.');

async function recommendCommentActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await recommendComment(await getActor(), textField(form, 'commentId'), form.get('isOn') === 'true');
  return toState(result, form.get('isOn') === 'true' ? 'Recommended.' : 'Recommendation removed.');
}

async function deleteCommentActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  return toState(await deleteComment(await getActor(), textField(form, 'commentId')), 'Your comment was deleted.');
}

async function reportCommentActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await reportComment(await getActor(), textField(form, 'commentId'), {
    rule: textField(form, 'rule'),
    note: textField(form, 'note'),
  });
  if (result.ok) runNotificationsSoon(); // a report may have queued moderator alerts
  return toState(result, 'Thank you. Moderators will review this comment.');
}

async function acceptPolicyActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  return toState(
    await acceptCommentPolicy(await getActor(), textField(form, 'version')),
    'Thank you. You can comment now.',
  );
}

async function acknowledgeWarningActionRun(_prev: FormState, _form: FormData): Promise<FormState> {
  return toState(await acknowledgeWarning(await getActor()), 'Thank you.');
}

// A locked database answers in the form, not with an error page (lib/actions/form-action.ts).
export const recommendCommentAction = busyAware(recommendCommentActionRun);
export const deleteCommentAction = busyAware(deleteCommentActionRun);
export const reportCommentAction = busyAware(reportCommentActionRun);
export const acceptPolicyAction = busyAware(acceptPolicyActionRun);
export const acknowledgeWarningAction = busyAware(acknowledgeWarningActionRun);
