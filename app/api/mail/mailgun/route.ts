// Mailgun event webhook (docs/0016): signed with MAILGUN_WEBHOOK_SIGNING_KEY; off (404) without it.
import { getEnv } from '@/lib/env';
import { claimWebhookReceipt, isFreshTimestamp } from '@/lib/bounces/claim-webhook-receipt';
import { isValidMailgunSignature, mailgunReport, parseMailgunPayload } from '@/lib/bounces/mailgun-webhook';
import { recordBounceReport } from '@/lib/bounces/record-bounce-report';

export async function POST(req: Request) {
  const key = getEnv().MAILGUN_WEBHOOK_SIGNING_KEY;
  if (!key) return new Response('Not found', { status: 404 });
  const payload = parseMailgunPayload(await req.text());
  if (!payload) return Response.json({ error: 'not a Mailgun event' }, { status: 400 });
  // 406 is Mailgun's "do not retry".
  if (!isValidMailgunSignature(payload, key)) return Response.json({ error: 'bad signature' }, { status: 406 });
  if (!isFreshTimestamp(payload.signature.timestamp))
    return Response.json({ error: 'stale timestamp' }, { status: 406 });
  if (!(await claimWebhookReceipt(`mailgun:${payload.signature.token}`)))
    return Response.json({ error: 'replayed' }, { status: 406 });
  const report = mailgunReport(payload);
  const result = report ? await recordBounceReport(report, 'mailgun') : 'ignored';
  return Response.json({ result });
}
