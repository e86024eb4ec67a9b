// SendGrid's signed event webhook: X-Twilio-Email-Event-Webhook-Signature is a base64 ECDSA
// (P-256, SHA-256, DER) signature of the timestamp header followed by the raw body, checked
// against the verification key shown in SendGrid's settings. Node's crypto verifies it
// directly, so @sendgrid/eventwebhook (which wraps the same call) is not needed. bounce
// (type bounce → hard, blocked → soft) and spamreport become reports; deferred and dropped
// are SendGrid's own retries and refusals, not reports from the receiving side.
import crypto from 'node:crypto';
import { z } from 'zod';
import { PROVIDER_VARIABLE } from '../mail/bounce-headers';
import type { BounceReport } from './bounce-report';

export const SIGNATURE_HEADER = 'x-twilio-email-event-webhook-signature';
export const TIMESTAMP_HEADER = 'x-twilio-email-event-webhook-timestamp';

const eventSchema = z
  .object({
    email: z.string().optional(),
    event: z.string(),
    type: z.string().optional(),
    status: z.string().optional(),
    reason: z.string().optional(),
    [PROVIDER_VARIABLE]: z.string().optional(),
  })
  .loose();

export function isValidSendgridSignature(
  body: string,
  timestamp: string,
  signature: string,
  publicKeyBase64: string,
): boolean {
  try {
    const key = crypto.createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return crypto.verify('sha256', Buffer.from(timestamp + body), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function sendgridReports(body: string): BounceReport[] | null {
  let events: unknown;
  try {
    events = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = z.array(eventSchema).max(5000).safeParse(events);
  if (!parsed.success) return null;
  return parsed.data.flatMap((e): BounceReport[] => {
    const base = { recipient: e.email ?? null, ref: e[PROVIDER_VARIABLE] ?? null };
    const status = /^[245]\.\d{1,3}\.\d{1,3}$/.test(e.status ?? '') ? e.status! : null;
    const detail = e.reason?.slice(0, 500) ?? null;
    if (e.event === 'spamreport')
      return [{ ...base, kind: 'complaint', status: null, detail: 'spam report (SendGrid)' }];
    if (e.event !== 'bounce') return [];
    const isHard = e.type !== 'blocked' && !status?.startsWith('4');
    return [{ ...base, kind: isHard ? 'hard-bounce' : 'soft-bounce', status, detail }];
  });
}
