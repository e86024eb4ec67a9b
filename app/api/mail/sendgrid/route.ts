// SendGrid signed event webhook (docs/0016): verified with SENDGRID_WEBHOOK_PUBLIC_KEY; off (404) without it.
import crypto from 'node:crypto';
import { getEnv } from '@/lib/env';
import { claimWebhookReceipt, isFreshTimestamp } from '@/lib/bounces/claim-webhook-receipt';
import { recordBounceReport } from '@/lib/bounces/record-bounce-report';
import {
  isValidSendgridSignature,
  sendgridReports,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '@/lib/bounces/sendgrid-webhook';

export async function POST(req: Request) {
  const key = getEnv().SENDGRID_WEBHOOK_PUBLIC_KEY;
  if (!key) return new Response('Not found', { status: 404 });
  const body = await req.text();
  const signature = req.headers.get(SIGNATURE_HEADER) ?? '';
  const timestamp = req.headers.get(TIMESTAMP_HEADER) ?? '';
  if (!isValidSendgridSignature(body, timestamp, signature, key))
    return Response.json({ error: 'bad signature' }, { status: 403 });
  if (!isFreshTimestamp(timestamp)) return Response.json({ error: 'stale timestamp' }, { status: 403 });
  // Keyed by what was signed, not by the signature: an ECDSA signature can be altered (s → n − s)
  // and still verify, so the same batch under a new-looking signature is still a replay.
  const receipt = crypto.createHash('sha256').update(`${timestamp}\n${body}`).digest('base64url');
  if (!(await claimWebhookReceipt(`sendgrid:${receipt}`))) return Response.json({ error: 'replayed' }, { status: 409 });
  const reports = sendgridReports(body);
  if (!reports) return Response.json({ error: 'not a SendGrid event batch' }, { status: 400 });
  const results = [];
  for (const report of reports) results.push(await recordBounceReport(report, 'sendgrid'));
  return Response.json({ results });
}
