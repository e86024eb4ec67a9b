// What a bounce message or provider event says, once read: the shape every source produces.
export type ReportKind = 'hard-bounce' | 'soft-bounce' | 'complaint';
// inbound: POST /api/mail/inbound; imap: read from BOUNCE_IMAP_URL; the others: signed webhooks.
export type ReportSource = 'inbound' | 'imap' | 'mailgun' | 'sendgrid';

export type BounceReport = {
  kind: ReportKind;
  /** The recipient the report names (Final-Recipient, Original-Rcpt-To, the event's address). */
  recipient: string | null;
  /** The VERP token or X-Dispatch-Ref value found in the report, still to be verified. */
  ref: string | null;
  /** RFC 3463 status, e.g. 5.1.1 */
  status: string | null;
  detail: string | null;
};
