// Validation for everything that ends up in a mail header. nodemailer folds and encodes values,
// but a CR or LF smuggled into a recipient, subject or header could still add headers or
// recipients of the sender's choosing (header injection), so such input is refused outright.
import { z } from 'zod';

export class InvalidEmailError extends Error {
  override name = 'InvalidEmailError';
}

// C0 controls (CR, LF, NUL, tab…), DEL, and the Unicode line breaks some parsers honour.
const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
const isSingleLine = (v: string) => !LINE_BREAK_OR_CONTROL.test(v);

/** Headers a caller may add; everything else (From, Bcc, Return-Path…) is ours to set. */
export const SAFE_HEADERS = [
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'List-Id',
  'X-Entity-Ref-ID',
  'Auto-Submitted',
] as const;
export type SafeHeaderName = (typeof SAFE_HEADERS)[number];

const canonicalHeader = new Map<string, SafeHeaderName>(SAFE_HEADERS.map((h) => [h.toLowerCase(), h]));

const address = z
  .string()
  .refine(isSingleLine, 'an address must be a single line')
  .pipe(z.email('must be a plain email address like reader@example.com').max(254));

const headerValue = z.string().min(1).max(900).refine(isSingleLine, 'header values must be a single line');

const httpUrl = z
  .string()
  .refine(
    (v) => !/[\s<>]/.test(v) && URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
    'must be an absolute http(s) URL',
  );

export const emailInputSchema = z.object({
  to: z.union([address, z.array(address).min(1).max(50)]).transform((v) => (Array.isArray(v) ? v : [v])),
  // Checked before trimming, so a trailing CR/LF is refused rather than quietly dropped.
  subject: z
    .string()
    .refine(isSingleLine, 'subject must be a single line')
    .trim()
    .min(1, 'subject is required')
    .max(200),
  headers: z
    .record(z.string(), headerValue)
    .optional()
    .transform((headers, ctx) => {
      const safe: Partial<Record<SafeHeaderName, string>> = {};
      for (const [name, value] of Object.entries(headers ?? {})) {
        const canonical = canonicalHeader.get(name.toLowerCase());
        if (!canonical) {
          ctx.issues.push({ code: 'custom', message: `header ${JSON.stringify(name)} is not allowed`, input: name });
          return z.NEVER;
        }
        safe[canonical] = value;
      }
      return safe;
    }),
  /** One-click unsubscribe target (RFC 8058): adds List-Unsubscribe and List-Unsubscribe-Post. */
  listUnsubscribe: httpUrl.optional(),
  /** e.g. `Dispatch daily digest <daily.digest.example.com>` */
  listId: headerValue.optional(),
});

export type EmailInput = z.input<typeof emailInputSchema>;
export type ValidEmailInput = z.output<typeof emailInputSchema>;

export function parseEmailInput(input: EmailInput): ValidEmailInput {
  const result = emailInputSchema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  throw new InvalidEmailError(`Refused to send email (${detail})`);
}

/** The extra headers for a message: the caller's safe ones plus the list headers. */
export function buildExtraHeaders(input: ValidEmailInput): Record<string, string> {
  const headers: Record<string, string> = { ...input.headers };
  if (input.listUnsubscribe) {
    headers['List-Unsubscribe'] = `<${input.listUnsubscribe}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  if (input.listId) headers['List-Id'] = input.listId;
  return headers;
}
