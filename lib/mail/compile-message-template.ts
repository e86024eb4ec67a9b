// One MIME message built once and sent to many readers: React renders and nodemailer composes
// (headers encoded, bodies quoted-printable) once per distinct body; each reader's copy is then
// spliced together from the same bytes plus a few small slots (recipient, Message-ID, Date, links,
// per-reader headers). Quoted-printable is chosen over base64 because it encodes byte by byte:
// a slot can sit on lines of its own between soft line breaks ("=" CRLF, which decoders drop), so
// a value of any length is encoded alone and the body around it never changes (docs/0018).
import crypto from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

export type MessageTemplateInput = {
  from: string;
  subject: string;
  html: string;
  text: string;
  /** Headers that are the same for every reader. */
  headers: Record<string, string>;
  /** Strings in `html` and `text` (ASCII, e.g. placeholder URLs) that stand for a reader's value. */
  bodySlots: string[];
  /** Header names whose value is the reader's own (single-line ASCII, e.g. List-Unsubscribe). */
  headerSlots: string[];
};

export type MessageValues = {
  to: string;
  /** Without angle brackets: `id@domain`. */
  messageId: string;
  date: Date;
  /** A value for each of `headerSlots`, as it should appear after `Name: `. */
  headers: Record<string, string>;
  /** A value for each of `bodySlots`; escaped for HTML in the HTML part. */
  body: Record<string, string>;
};

export type MessageTemplate = {
  /** The whole message (CRLF line ends) for one reader. */
  fill: (values: MessageValues) => Buffer;
};

type Slot =
  { kind: 'to' | 'messageId' | 'date' } | { kind: 'header'; name: string } | { kind: 'html' | 'text'; name: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A slot's value on lines of its own; 75 columns leave room for the soft break after it. */
const qpValue = (value: string) => qpWrap(qpEncode(value), 75);

/** Quoted-printable with each body slot replaced by its marker between soft line breaks. */
function encodeBody(content: string, slots: string[], markerFor: (slot: string) => string): string {
  const normalised = content.replace(/\r?\n/g, '\r\n');
  if (slots.length === 0) return qpWrap(qpEncode(normalised), 76);
  const pattern = new RegExp(slots.map(escapeRegExp).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const match of normalised.matchAll(pattern)) {
    out += `${qpWrap(qpEncode(normalised.slice(last, match.index)), 75)}=\r\n${markerFor(match[0])}=\r\n`;
    last = match.index + match[0].length;
  }
  return out + qpWrap(qpEncode(normalised.slice(last)), 76);
}

/** A body part nodemailer takes as it is (`raw`, documented but missing from @types/nodemailer). */
function rawPart(type: string, body: string): Mail.AttachmentLike {
  const raw = `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}`;
  return { raw } as Mail.AttachmentLike;
}

export async function compileMessageTemplate(input: MessageTemplateInput): Promise<MessageTemplate> {
  // Lower-case letters and digits only: nothing in header encoding, folding or QP touches them.
  const tag = crypto.randomBytes(6).toString('hex');
  const slots = new Map<string, Slot>();
  const marker = (slot: Slot) => {
    const m = `slot${tag}n${slots.size}x`;
    slots.set(m, slot);
    return m;
  };
  const toMarker = `${marker({ kind: 'to' })}@slot.invalid`;
  const idMarker = `${marker({ kind: 'messageId' })}@slot.invalid`;
  const dateMarker = marker({ kind: 'date' });
  const headers: Record<string, string> = { ...input.headers, Date: dateMarker };
  for (const name of input.headerSlots) headers[name] = marker({ kind: 'header', name });
  const bodyMarkers = (kind: 'html' | 'text') => {
    const byName = new Map(input.bodySlots.map((name) => [name, marker({ kind, name })]));
    return (name: string) => byName.get(name)!;
  };

  const composed = await new MailComposer({
    from: input.from,
    to: toMarker,
    subject: input.subject,
    messageId: `<${idMarker}>`,
    headers,
    text: rawPart('text/plain', encodeBody(input.text, input.bodySlots, bodyMarkers('text'))),
    html: rawPart('text/html', encodeBody(input.html, input.bodySlots, bodyMarkers('html'))),
    disableFileAccess: true,
    disableUrlAccess: true,
  })
    .compile()
    .build();

  // Split the composed bytes at every marker (the address markers with their fake domain).
  const source = composed.toString('latin1');
  const pattern = new RegExp(`slot${tag}n\\d+x(?:@slot\\.invalid)?`, 'g');
  const pieces: (Buffer | Slot)[] = [];
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    pieces.push(composed.subarray(last, match.index));
    pieces.push(slots.get(match[0].replace('@slot.invalid', ''))!);
    last = match.index + match[0].length;
  }
  pieces.push(composed.subarray(last));

  function valueOf(slot: Slot, v: MessageValues): string {
    switch (slot.kind) {
      case 'to':
        return v.to;
      case 'messageId':
        return v.messageId;
      case 'date':
        // RFC 5322 date, as nodemailer writes it.
        return v.date.toUTCString().replace(/GMT/, '+0000');
      case 'header':
        return v.headers[slot.name] ?? '';
      case 'html':
        return qpValue(escapeHtml(v.body[slot.name] ?? ''));
      case 'text':
        return qpValue(v.body[slot.name] ?? '');
    }
  }

  return {
    fill: (values) =>
      Buffer.concat(pieces.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(valueOf(p, values), 'utf8')))),
  };
}
