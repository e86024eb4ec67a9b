'use server';

import { getActor } from '@/lib/auth/current-user';
import { editComment } from '@/lib/comments/edit-comment';
import { getPolicyRule } from '@/lib/comments/policy';
import { postComment } from '@/lib/comments/post-comment';
import { answerBusyDatabase, textField } from '@/lib/actions/form-action';
import { formDone, formError, type FormState } from '@/lib/actions/form-state';
import { getNotificationPreferences } from '@/lib/notifications/get-notification-preferences';
import { isReplyMode } from '@/lib/notifications/notification-kinds';
import { runNotificationsSoon } from '@/lib/notifications/notification-scheduler';
import { setNotificationPreferences } from '@/lib/notifications/set-notification-preferences';

/** Posts a new comment or reply, or (with commentId) saves an edit. The server checks everything. */
export async function submitComment(_prev: FormState, form: FormData): Promise<FormState> {
  const body = textField(form, 'body');
  // A locked database keeps the draft too.
  return answerBusyDatabase(() => submit(form, body), { body: body.slice(0, 20_000) });
}

async function submit(form: FormData, body: string): Promise<FormState> {
  const commentId = textField(form, 'commentId');
  const actor = await getActor();
  const result = commentId
    ? await editComment(actor, commentId, body)
    : await postComment(actor, {
        articleSlug: textField(form, 'articleSlug'),
        body,
        replyToId: textField(form, 'replyToId') || null,
      });
  // The draft goes back to the form (cut to what a comment may hold: a 1 MB paste is not echoed).
  const draft = { body: body.slice(0, 20_000) };
  if (!result.ok) return formError(result.message, draft);
  // The "Email me replies" control beside Post comment saves the reader's choice with the post.
  const replies = textField(form, 'notifyReplies');
  if (actor && isReplyMode(replies) && (await getNotificationPreferences(actor.id)).replies !== replies)
    await setNotificationPreferences(actor.id, { replies });
  if (!commentId) runNotificationsSoon();
  const status = 'status' in result ? result.status : 'approved';
  if (status === 'rejected') {
    const ruleId = 'rejectRule' in result && typeof result.rejectRule === 'string' ? result.rejectRule : undefined;
    const rule = ruleId ? getPolicyRule(ruleId) : undefined;
    const broken = rule ? `our rule “${rule.title}”` : 'our comment policy';
    return formError(`This comment was not published: it breaks ${broken}. See the comment policy.`, draft);
  }
  const isPending = status === 'pending';
  return formDone(
    isPending
      ? 'Thanks — your comment is awaiting moderation. Only you can see it until a moderator approves it.'
      : commentId
        ? 'Your edit is saved.'
        : 'Your comment is published.',
  );
}
