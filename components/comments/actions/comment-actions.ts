'use server';

import { getActor } from '@/lib/auth/current-user';
import { acceptCommentPolicy } from '@/lib/comments/accept-policy';
import { deleteComment } from '@/lib/comments/delete-comment';
import { recommendComment } from '@/lib/comments/recommend-comment';
import { reportComment } from '@/lib/comments/report-comment';
import { acknowledgeWarning } from '@/lib/moderation/act-on-user';
import type { CommentFormState } from './comment-form-state';


const toState = (result: { ok: boolean; message?: string }, done: string): CommentFormState =>
  result.ok ? { status: 'done', message: done, at: Date.now() } : { status: 'error', message: result.message ?? 'Something went wrong.', draft: '', at: Date.now() };

export async function recommendCommentAction(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const result = await recommendComment(await getActor(), String(form.get('commentId') ?? ''), form.get('isOn') === 'true');
  return toState(result, form.get('isOn') === 'true' ? 'Recommended.' : 'Recommendation removed.');
}

export async function deleteCommentAction(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  return toState(await deleteComment(await getActor(), String(form.get('commentId') ?? '')), 'Your comment was deleted.');
}

export async function reportCommentAction(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const result = await reportComment(await getActor(), String(form.get('commentId') ?? ''), { rule: String(form.get('rule') ?? ''), note: String(form.get('note') ?? '') });
  return toState(result, 'Thank you. Moderators will review this comment.');
}

export async function acceptPolicyAction(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  return toState(await acceptCommentPolicy(await getActor(), String(form.get('version') ?? '')), 'Thank you. You can comment now.');
}

export async function acknowledgeWarningAction(_prev: CommentFormState, _form: FormData): Promise<CommentFormState> {
  return toState(await acknowledgeWarning(await getActor()), 'Thank you.');
}
