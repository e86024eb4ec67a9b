// Reads a raw RFC 5322 message that came back to the bounce address: RFC 3464 delivery status
// notifications (multipart/report; report-type=delivery-status) and RFC 5965 ARF complaints
// (message/feedback-report). MIME is parsed by postal-mime; the report fields by our own
// field-block reader (parse-delivery-status.ts says why). Anything else (auto-replies, delay
// warnings, a reader writing to the bounce address) yields no report.
import PostalMime from 'postal-mime';
import type { BounceReport } from './bounce-report';
import { addressField, parseDeliveryStatus, parseFieldBlock } from './parse-delivery-status';

const REF_HEADER = /^x-dispatch-ref:\s*([a-z0-9.]+)\s*$/im;
const VERP = /\+([a-z][a-z0-9]{0,30}\.[0-9a-f]{16})@/i;

export async function parseBounceMessage(raw: string | ArrayBuffer | Uint8Array): Promise<BounceReport[]> {
  const email = await PostalMime.parse(raw, { rfc822Attachments: true, attachmentEncoding: 'utf8' });
  const parts = email.attachments.map((a) => ({ type: a.mimeType.toLowerCase(), text: String(a.content) }));
  // The token: from the address the report was sent to (the VERP envelope sender), else from
  // the returned original's headers.
  const addressed = [email.deliveredTo, ...(email.to ?? []).map((a) => ('address' in a ? a.address : ''))];
  const headerValues = email.headers.filter((h) => /^(x-original-to|delivered-to|envelope-to)$/i.test(h.key));
  const verp = [...addressed, ...headerValues.map((h) => h.value)].map((v) => VERP.exec(v ?? '')?.[1]).find(Boolean);
  const original = parts.find((p) => p.type === 'message/rfc822' || p.type === 'text/rfc822-headers');
  const ref = verp ?? (original && REF_HEADER.exec(original.text.split(/\r?\n\r?\n/)[0]!)?.[1]) ?? null;

  const feedback = parts.find((p) => p.type === 'message/feedback-report');
  if (feedback) {
    const fields = parseFieldBlock(feedback.text);
    const type = fields.get('feedback-type')?.toLowerCase() ?? 'abuse';
    // abuse, fraud, virus, other: the reader does not want it. not-spam / auth-failure are not complaints.
    if (type === 'not-spam' || type === 'auth-failure') return [];
    const fromVerp = VERP.exec(fields.get('original-mail-from') ?? '')?.[1];
    return [
      {
        kind: 'complaint',
        recipient: addressField(fields.get('original-rcpt-to')),
        ref: fromVerp ?? ref,
        status: null,
        detail: `feedback-type ${type}${fields.get('user-agent') ? ` from ${fields.get('user-agent')}` : ''}`.slice(
          0,
          500,
        ),
      },
    ];
  }

  const status = parts.find((p) => p.type === 'message/delivery-status' || p.type === 'message/global-delivery-status');
  if (!status) return [];
  return parseDeliveryStatus(status.text)
    .filter((r) => r.action === 'failed' && r.status)
    .map((r) => ({
      kind: r.status!.startsWith('5') ? 'hard-bounce' : 'soft-bounce',
      recipient: r.recipient,
      ref,
      status: r.status,
      detail: r.diagnostic,
    }));
}
