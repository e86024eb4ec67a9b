'use server';

import { getActor } from '@/lib/auth/current-user';
import { acceptCommentPolicy } from '@/lib/comments/accept-policy';
import { deleteComment } from '@/lib/comments/delete-comment';
import { recommendComment } from '@/lib/comments/recommend-comment';
import { reportComment } from '@/lib/comments/report-comment';
import { acknowledgeWarning } from '@/lib/moderation/act-on-user';
import { formDone, formError, type FormState } from '@/lib/actions/form-state';
import { textField } from '@/lib/actions/form-action';

const toState = (result: { ok: boolean; message?: string }, done: string): FormState =>
  result.ok ? formDone(done) : formError(result.message ?? 'Something went wrong.');

export async function recommendCommentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await recommendComment(await getActor(), textField(form, 'commentId'), form.get('isOn') === 'true');
  return toState(result, form.get('isOn') === 'true' ? 'Recommended.' : 'Recommendation removed.');
}

export async function deleteCommentAction(_prev: FormState, form: FormData): Promise<FormState> {
  return toState(await deleteComment(await getActor(), textField(form, 'commentId')), 'Your comment was deleted.');
}

export async function reportCommentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await reportComment(await getActor(), textField(form, 'commentId'), {
    rule: textField(form, 'rule'),
    note: textField(form, 'note'),
  });
  return toState(result, 'Thank you. Moderators will review this comment.');
}

export async function acceptPolicyAction(_prev: FormState, form: FormData): Promise<FormState> {
  return toState(
    await acceptCommentPolicy(await getActor(), textField(form, 'version')),
    'Thank you. You can comment now.',
  );
}

export async function acknowledgeWarningAction(_prev: FormState, _form: FormData): Promise<FormState> {
  return toState(await acknowledgeWarning(await getActor()), 'Thank you.');
}
