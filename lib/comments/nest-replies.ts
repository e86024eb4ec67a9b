// Replies shown two levels deep, Guardian-style: a reply to the thread's first comment sits at
// the first level, a reply to a reply at the second; anything deeper stays at the second level
// under the same first-level reply, labelled "in reply to NAME" with a link to the comment it
// answers (the indentation alone can no longer say). Pure: the server nests each page, the
// island nests replies it loads later ("show more replies").
export type Nestable = { id: string; replyToId: string | null; replies: Nestable[] };

/** `replies` in reading order (oldest first); returns first-level replies with their second level. */
export function nestReplies<T extends Nestable>(threadId: string, replies: T[], known: T[] = []): T[] {
  const levelOneOf = new Map<string, T>();
  for (const r of known) {
    levelOneOf.set(r.id, r);
    // Their second level too: a later answer to one of those belongs under the same reply.
    for (const rr of r.replies) levelOneOf.set(rr.id, r);
  }
  const answered = new Map<string, string>(); // comment id → the id it answers
  const out: T[] = [];
  for (const r of replies) {
    if (r.replyToId) answered.set(r.id, r.replyToId);
    // Walk up the "answers" chain to a first-level reply that is shown.
    let up = r.replyToId;
    let top: T | undefined;
    for (let hops = 0; up && up !== threadId && hops < 50; hops++) {
      top = levelOneOf.get(up);
      if (top) break;
      up = answered.get(up) ?? null;
    }
    if (top) {
      top.replies.push(r);
      levelOneOf.set(r.id, top);
    } else {
      out.push(r);
      levelOneOf.set(r.id, r);
    }
  }
  return out;
}
