// What a message is, told by its sender to the mail layer: the suppression list applies to every
// kind but sign-in (a reader must always be able to sign in), and the VERP token names the
// delivery or recipient so a later bounce or complaint finds its way back (docs/0016).
export type MailKind = 'sign-in' | 'newsletter' | 'digest' | 'notification';

export type MailContext = {
  kind: MailKind;
  /** DigestDelivery id: a bounce marks that delivery. */
  deliveryId?: string;
  /** Subscriber id, for newsletter mail outside a digest. */
  subscriberId?: string;
  /** User id, for notifications to a reader. */
  userId?: string;
};

export const KIND_CODES: Record<MailKind, string> = { 'sign-in': 's', newsletter: 'n', digest: 'd', notification: 'u' };
