import type { ScreenReason } from '@/lib/moderation/phases';

/** The comment text with the spans screening matched marked, as text (never HTML). */
export function HighlightedBody({ body, reasons }: { body: string; reasons: ScreenReason[] }) {
  const spans = reasons
    .flatMap((r) =>
      r.span && r.span.end <= body.length && body.slice(r.span.start, r.span.end) === r.span.text ? [r.span] : [],
    )
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start >= all[i - 1]!.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    parts.push(body.slice(at, s.start));
    parts.push(
      <mark key={i} title="Matched by screening">
        {body.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  });
  parts.push(body.slice(at));
  return <p className="break-words whitespace-pre-line">{parts}</p>;
}
