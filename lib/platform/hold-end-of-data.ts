// SMTP delivers a message only when the client sends the end-of-data mark ("." on a line of its
// own); a connection that drops before it makes the server discard the message (RFC 5321
// 4.1.1.4). Holding that mark back until the caller has recorded "about to deliver" splits a
// crashed send into "certainly not delivered" and "maybe delivered" (docs/0006-newsletter.md).
import { Readable } from 'node:stream';
import type Mail from 'nodemailer/lib/mailer';
import MailComposer from 'nodemailer/lib/mail-composer';

/** The same message as a raw stream that ends only after `beforeEndOfData` resolves. */
export async function holdEndOfData(mail: Mail.Options, beforeEndOfData: () => Promise<void>): Promise<Mail.Options> {
  const composed = new MailComposer(mail).compile();
  const envelope = composed.getEnvelope();
  const message = await composed.build();
  return { envelope, raw: holdRawEndOfData(message, beforeEndOfData) };
}

/** A built message as a stream that ends only after `beforeEndOfData` resolves. */
export function holdRawEndOfData(message: Buffer, beforeEndOfData: () => Promise<void>): Readable {
  // The second read() means the message itself has been taken: only the end is left to give.
  let reads = 0;
  return new Readable({
    read() {
      reads += 1;
      if (reads === 1) this.push(message);
      if (reads !== 2) return;
      // If the hook fails, the stream errors: nodemailer drops the connection before the mark.
      beforeEndOfData().then(
        () => this.push(null),
        (err: Error) => this.destroy(err),
      );
    },
  });
}
