'use server';

import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/auth/current-user';
import { actOnUser, type UserAction } from '@/lib/moderation/act-on-user';
import { moderateComment, moderateComments, type CommentDecision } from '@/lib/moderation/moderate-comment';
import { setArticleModerationMode } from '@/lib/moderation/set-article-mode';
import { updateModerationSettings } from '@/lib/moderation/update-settings';

export type ModerationFormState = { status: 'idle' } | { status: 'done' | 'error'; message: string; at: number };


function result(r: { ok: boolean; message?: string }, done: string): ModerationFormState {
  if (r.ok) revalidatePath('/moderation', 'layout');
  return { status: r.ok ? 'done' : 'error', message: r.ok ? done : (r.message ?? 'Something went wrong.'), at: Date.now() };
}

const DONE: Record<CommentDecision, string> = { approve: 'Approved.', reject: 'Rejected; the author has been told.', feature: 'Featured.', unfeature: 'No longer featured.' };

export async function moderateCommentAction(_prev: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const decision = String(form.get('decision')) as CommentDecision;
  if (!(decision in DONE)) return { status: 'error', message: 'Unknown action.', at: Date.now() };
  const r = await moderateComment(await getActor(), String(form.get('commentId') ?? ''), decision, { rule: String(form.get('rule') ?? ''), note: String(form.get('note') ?? '') });
  return result(r, DONE[decision]);
}

export async function bulkModerateAction(_prev: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const decision = form.get('decision') === 'reject' ? 'reject' : 'approve';
  const ids = form.getAll('ids').map(String);
  const r = await moderateComments(await getActor(), ids, decision, { rule: String(form.get('rule') ?? ''), note: String(form.get('note') ?? '') });
  return result(r, r.ok ? `${r.done} comment(s) ${decision === 'approve' ? 'approved' : 'rejected'}.` : '');
}

export async function actOnUserAction(_prev: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const action = String(form.get('action')) as UserAction;
  if (!['warn', 'suspend', 'ban', 'unban'].includes(action)) return { status: 'error', message: 'Unknown action.', at: Date.now() };
  const r = await actOnUser(await getActor(), String(form.get('userId') ?? ''), action, { reason: String(form.get('reason') ?? ''), days: String(form.get('days') ?? '') });
  return result(r, { warn: 'Warning recorded; the reader sees it on their next visit.', suspend: 'Suspended.', ban: 'Banned.', unban: 'Ban and suspension lifted.' }[action]);
}

export async function updateSettingsAction(_prev: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const r = await updateModerationSettings(await getActor(), Object.fromEntries(form.entries()));
  return result(r, 'Settings saved.');
}

export async function setArticleModeAction(_prev: ModerationFormState, form: FormData): Promise<ModerationFormState> {
  const r = await setArticleModerationMode(await getActor(), { slug: form.get('slug'), mode: form.get('mode') });
  return result(r, 'Moderation mode saved for that article.');
}
