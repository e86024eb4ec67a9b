// The mailbox an address reaches, for limits that count "per address": victim+1@example.com and
// victim+2@example.com land in one inbox, so they share one allowance. Only limits use this; the
// address stored and mailed stays the one the reader typed.
//
// Hand-written: validator's normalizeEmail and normalize-email strip plus-tags only for a list of
// providers (and disagree on Outlook and Yahoo rules); here a tag is dropped everywhere, and only
// Gmail's documented rules (dots ignored, googlemail.com is gmail.com) are added.

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** `Jane.Doe+news@GoogleMail.com` → `janedoe@gmail.com`; `a+x@example.com` → `a@example.com`. */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  // "+tag" is a sub-address of what comes before it; a local part that is all tag is left alone.
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    domain = 'gmail.com';
    local = local.replaceAll('.', '');
  }
  return `${local}@${domain}`;
}
