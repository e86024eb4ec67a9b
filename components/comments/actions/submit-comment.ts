'use server';

import { getActor } from '@/lib/auth/current-user';
import { editComment } from '@/lib/comments/edit-comment';
import { getPolicyRule } from '@/lib/comments/policy';
import { postComment } from '@/lib/comments/post-comment';
import type { CommentFormState } from './comment-form-state';

/** Posts a new comment or reply, or (with commentId) saves an edit. The server checks everything. */
export async function submitComment(_prev: CommentFormState, form: FormData): Promise<CommentFormState> {
  const body = String(form.get('body') ?? '');
  const commentId = form.get('commentId');
  const actor = await getActor();
  const result =
    typeof commentId === 'string' && commentId
      ? await editComment(actor, commentId, body)
      : await postComment(actor, { articleSlug: String(form.get('articleSlug') ?? ''), body, replyToId: (form.get('replyToId') as string | null) || null });
  if (!result.ok) return { status: 'error', message: result.message, draft: body, at: Date.now() };
  const status = 'status' in result ? result.status : 'approved';
  if (status === 'rejected') {
    const ruleId = 'rejectRule' in result && typeof result.rejectRule === 'string' ? result.rejectRule : undefined;
    const rule = ruleId ? getPolicyRule(ruleId) : undefined;
    const broken = rule ? `our rule “${rule.title}”` : 'our comment policy';
    return { status: 'error', at: Date.now(), draft: body, message: `This comment was not published: it breaks ${broken}. See the comment policy.` };
  }
  const isPending = status === 'pending';
  return {
    status: 'done',
    at: Date.now(),
    message: isPending ? 'Thanks — your comment is awaiting moderation. Only you can see it until a moderator approves it.' : commentId ? 'Your edit is saved.' : 'Your comment is published.',
  };
}
