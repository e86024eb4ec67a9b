// Mailgun webhooks (https://documentation.mailgun.com, "Securing webhooks"): the JSON body
// carries signature.{timestamp, token, signature}, the hex HMAC-SHA256 of timestamp + token under
// the webhook signing key. Failed (permanent → hard, temporary → soft) and complained events
// become reports; the rest (delivered, opened…) are acknowledged and ignored.
import crypto from 'node:crypto';
import { isSameSecret } from '../security/hmac';
import { z } from 'zod';
import { PROVIDER_VARIABLE } from '../mail/bounce-headers';
import type { BounceReport } from './bounce-report';

const payloadSchema = z.object({
  signature: z.object({ timestamp: z.string(), token: z.string().min(10).max(200), signature: z.string() }),
  'event-data': z
    .object({
      event: z.string(),
      severity: z.string().optional(),
      recipient: z.string().optional(),
      reason: z.string().optional(),
      'delivery-status': z
        .object({
          code: z.union([z.number(), z.string()]).optional(),
          message: z.string().optional(),
          description: z.string().optional(),
        })
        .loose()
        .optional(),
      'user-variables': z.record(z.string(), z.unknown()).optional(),
    })
    .loose(),
});

export type MailgunPayload = z.infer<typeof payloadSchema>;

export function parseMailgunPayload(body: string): MailgunPayload | null {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function isValidMailgunSignature(payload: MailgunPayload, signingKey: string): boolean {
  const { timestamp, token, signature } = payload.signature;
  const expected = crypto
    .createHmac('sha256', signingKey)
    .update(timestamp + token)
    .digest('hex');
  return isSameSecret(signature, expected);
}

export function mailgunReport(payload: MailgunPayload): BounceReport | null {
  const e = payload['event-data'];
  const ref = e['user-variables']?.[PROVIDER_VARIABLE];
  const base = { recipient: e.recipient ?? null, ref: typeof ref === 'string' ? ref : null };
  const status = e['delivery-status'];
  const detail = (status?.message || status?.description || e.reason || '').slice(0, 500) || null;
  if (e.event === 'complained') return { ...base, kind: 'complaint', status: null, detail: 'complained (Mailgun)' };
  if (e.event !== 'failed') return null;
  const code = status?.code === undefined ? null : String(status.code);
  return { ...base, kind: e.severity === 'permanent' ? 'hard-bounce' : 'soft-bounce', status: code, detail };
}
