// VERP (variable envelope return path): each message's envelope sender is
// bounces+<token>@domain, so a bounce names the message it is about even when the report itself
// is garbled. The token is `<kind><ref>.<mac>`: lower-case only (some relays fold local parts
// to lower case), under 64 characters with a cuid ref, and HMAC-signed so a forged bounce
// cannot name a delivery of its choosing.
import crypto from 'node:crypto';
import { authSecret, getEnv } from '../env';
import { isSameSecret } from '../security/hmac';
import { KIND_CODES, type MailContext, type MailKind } from './mail-context';

const MAC_LENGTH = 16;
const KIND_BY_CODE = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as MailKind]));

export type BounceToken = { kind: MailKind; ref: string | null };

function mac(body: string): string {
  return crypto.createHmac('sha256', authSecret()).update(`verp\n${body}`).digest('hex').slice(0, MAC_LENGTH);
}

/** The token for a message; the ref is the delivery, subscriber or user it went to. */
export function createBounceToken(context: MailContext): string {
  const ref = context.deliveryId ?? context.subscriberId ?? context.userId ?? '';
  const body = `${KIND_CODES[context.kind]}${/^[a-z0-9]{1,30}$/.test(ref) ? ref : ''}`;
  return `${body}.${mac(body)}`;
}

/** The envelope sender for a message, or undefined when BOUNCE_ADDRESS is unset. */
export function envelopeSenderFor(context: MailContext): string | undefined {
  const address = getEnv().BOUNCE_ADDRESS;
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}+${createBounceToken(context)}${address.slice(at)}`;
}

/** Reads a token from a bare token or a VERP address; null unless its signature is ours. */
export function readBounceToken(value: string): BounceToken | null {
  const match = /(?:^|\+)([a-z][a-z0-9]{0,30})\.([0-9a-f]{16})(?:@|$)/.exec(value.trim().toLowerCase());
  if (!match) return null;
  const [, body, signature] = match as unknown as [string, string, string];
  const expected = mac(body);
  if (!isSameSecret(signature, expected)) return null;
  const kind = KIND_BY_CODE.get(body[0]!);
  if (!kind) return null;
  return { kind, ref: body.slice(1) || null };
}
