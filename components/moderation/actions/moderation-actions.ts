'use server';

import { busyAware, textField } from '@/lib/actions/form-action';
import { formDone, formError, type FormState } from '@/lib/actions/form-state';
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/current-user';
import { actOnUser, USER_ACTIONS, type UserAction } from '@/lib/moderation/act-on-user';
import {
  COMMENT_DECISIONS,
  moderateComment,
  moderateComments,
  type CommentDecision,
} from '@/lib/moderation/moderate-comment';
import { setArticleModerationMode } from '@/lib/moderation/set-article-mode';
import { updateModerationSettings } from '@/lib/moderation/update-settings';
import { runNotificationsSoon } from '@/lib/notifications/notification-scheduler';

function result(r: { ok: boolean; message?: string }, done: string): FormState {
  if (r.ok) revalidatePath('/moderation', 'layout');
  // An approval may have queued reply or approval emails: send them now, not at the next tick.
  if (r.ok) runNotificationsSoon();
  return r.ok ? formDone(done) : formError(r.message ?? 'Something went wrong.');
}

const DONE: Record<CommentDecision, string> = {
  approve: 'Approved.',
  reject: 'Rejected; the author has been told.',
  feature: 'Featured.',
  unfeature: 'No longer featured.',
};
const USER_DONE: Record<UserAction, string> = {
  warn: 'Warning recorded; the reader sees it on their next visit.',
  suspend: 'Suspended.',
  ban: 'Banned.',
  unban: 'Ban and suspension lifted.',
};

// Form fields pick from allow-lists, never `in` (`'constructor' in DONE` is true).
const isCommentDecision = (value: string): value is CommentDecision =>
  (COMMENT_DECISIONS as readonly string[]).includes(value);
const isUserAction = (value: string): value is UserAction => (USER_ACTIONS as readonly string[]).includes(value);

async function moderateCommentActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const decision = textField(form, 'decision');
  if (!isCommentDecision(decision)) return { status: 'error', message: 'Unknown action.', at: Date.now() };
  const r = await moderateComment(await getActor(), textField(form, 'commentId'), decision, {
    rule: textField(form, 'rule'),
    note: textField(form, 'note'),
  });
  return result(r, DONE[decision]);
}

async function bulkModerateActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const decision = form.get('decision') === 'reject' ? 'reject' : 'approve';
  const ids = form.getAll('ids').map(String);
  const r = await moderateComments(await getActor(), ids, decision, {
    rule: textField(form, 'rule'),
    note: textField(form, 'note'),
  });
  return result(r, r.ok ? `${r.done} comment(s) ${decision === 'approve' ? 'approved' : 'rejected'}.` : '');
}

async function actOnUserActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const action = textField(form, 'action');
  if (!isUserAction(action)) return { status: 'error', message: 'Unknown action.', at: Date.now() };
  const r = await actOnUser(await getActor(), textField(form, 'userId'), action, {
    reason: textField(form, 'reason'),
    days: textField(form, 'days'),
  });
  return result(r, USER_DONE[action]);
}

async function updateSettingsActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await updateModerationSettings(await getActor(), Object.fromEntries(form.entries()));
  return result(r, 'Settings saved.');
}

async function setArticleModeActionRun(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await setArticleModerationMode(await getActor(), { slug: form.get('slug'), mode: form.get('mode') });
  return result(r, 'Moderation mode saved for that article.');
}

// A locked database answers in the form, not with an error page (lib/actions/form-action.ts).
export const moderateCommentAction = busyAware(moderateCommentActionRun);
export const bulkModerateAction = busyAware(bulkModerateActionRun);
export const actOnUserAction = busyAware(actOnUserActionRun);
export const updateSettingsAction = busyAware(updateSettingsActionRun);
export const setArticleModeAction = busyAware(setArticleModeActionRun);
