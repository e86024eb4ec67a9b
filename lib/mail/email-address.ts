// Strict subscriber address validation and normalisation. Stance (docs/0006-newsletter.md):
// - dot-atom local parts only: quoted local parts ("a b"@x) are legal RFC 5322 but almost never
//   real, and many mail systems mishandle them, so they are refused;
// - ASCII local parts only: internationalised local parts need SMTPUTF8 end to end, which we
//   cannot promise; internationalised *domains* are accepted and stored as punycode (A-labels);
// - no IP-literal domains ([192.0.2.1]) and no single-label domains (localhost).
import { domainToASCII } from 'node:url';

export type EmailCheck = { ok: true; email: string; key: string } | { ok: false; reason: string };

// RFC 5322 atext, without the quoted-string form.
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function checkEmailAddress(input: string): EmailCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter your email address.' };
  if (/[\s\u0000-\u001f\u007f]/.test(trimmed)) return { ok: false, reason: 'An email address cannot contain spaces.' };
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1)
    return { ok: false, reason: 'Enter an email address like name@example.com.' };
  const local = trimmed.slice(0, at);
  const rawDomain = trimmed.slice(at + 1);

  if (local.startsWith('"'))
    return { ok: false, reason: 'Quoted addresses are not supported; use a plain address like name@example.com.' };
  if (local.length > 64) return { ok: false, reason: 'The part before the @ is too long.' };
  if (/[^\x20-\x7e]/.test(local))
    return { ok: false, reason: 'Use an address with only Latin letters, digits and symbols before the @.' };
  const atoms = local.split('.');
  if (atoms.some((a) => a === '' || !ATEXT.test(a)))
    return { ok: false, reason: 'Enter an email address like name@example.com.' };

  if (rawDomain.startsWith('[')) return { ok: false, reason: 'Use an address with a domain name, not an IP address.' };
  const domain = domainToASCII(rawDomain.toLowerCase().replace(/\.$/, ''));
  if (!domain || domain.length > 253) return { ok: false, reason: 'The part after the @ is not a valid domain.' };
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => !LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!)) {
    return { ok: false, reason: 'The part after the @ is not a valid domain.' };
  }
  const email = `${local}@${domain}`;
  if (email.length > 254) return { ok: false, reason: 'That email address is too long.' };
  return { ok: true, email, key: email.toLowerCase() };
}
