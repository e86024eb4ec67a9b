import { formatComment } from '@/lib/comments/format-comment';

/** Plain text with paragraphs, line breaks and auto-links; React escapes everything else. */
export function CommentText({ body }: { body: string }) {
  return (
    <div data-comment-body className="space-y-2 break-words">
      {formatComment(body).map((lines, p) => (
        <p key={p}>
          {lines.map((tokens, l) => (
            <span key={l}>
              {l > 0 && <br />}
              {tokens.map((t, i) =>
                t.type === 'link' ? (
                  <a key={i} href={t.href} rel="nofollow ugc noopener" target="_blank" className="underline">
                    {t.text}
                  </a>
                ) : (
                  <span key={i}>{t.text}</span>
                ),
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
