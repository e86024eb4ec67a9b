// A page's threads as the reader sees them: each first comment with its first replies nested two
// levels (nest-replies.ts), the reader's own recommendations and reports marked.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { CommentKey } from './comment-cursor';
import { authorNameOf, toCommentView, type CommentRow, type CommentView, type Viewer } from './comment-view';
import { listThreadReplies, type ThreadReplies } from './list-thread-replies';
import { nestReplies } from './nest-replies';

type Options = {
  viewer: Viewer;
  visible: Prisma.CommentWhereInput;
  now: Date;
  from?: Map<string, { key: CommentKey; isInclusive: boolean }>;
  /** Picks: a flat list of comments, no replies under them. */
  isFlat?: boolean;
};

export async function buildThreadViews(threads: CommentRow[], o: Options): Promise<CommentView[]> {
  const replies = o.isFlat
    ? new Map<string, ThreadReplies>()
    : await listThreadReplies(
        threads.map((t) => t.id),
        o.visible,
        o.from,
      );
  const rows = [...threads, ...[...replies.values()].flatMap((r) => r.rows)];
  const ids = rows.map((c) => c.id);
  const [recommended, reported] = o.viewer
    ? await Promise.all([
        db.commentRecommendation.findMany({
          where: { userId: o.viewer.id, commentId: { in: ids } },
          select: { commentId: true },
        }),
        db.commentReport.findMany({
          where: { reporterId: o.viewer.id, commentId: { in: ids } },
          select: { commentId: true },
        }),
      ])
    : [[], []];
  const marks = {
    viewer: o.viewer,
    now: o.now,
    recommended: new Set(recommended.map((r) => r.commentId)),
    reported: new Set(reported.map((r) => r.commentId)),
    names: new Map(rows.map((c) => [c.id, authorNameOf(c)])),
  };
  return threads
    .map((t) => {
      const own = replies.get(t.id);
      const view = toCommentView(t, marks);
      view.replies = nestReplies(
        t.id,
        (own?.rows ?? []).map((r) => toCommentView(r, marks)),
      );
      view.moreReplies = own?.more ?? 0;
      view.repliesCursor = own?.cursor ?? null;
      return view;
    })
    .filter((t) => !t.isDeleted || t.replies.length > 0);
}
