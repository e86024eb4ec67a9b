import 'server-only';
// Who a report is about. The signed VERP token comes first: it names the digest delivery,
// subscriber or reader we sent to, whatever the reporting server wrote. Without a valid token,
// only a signed provider webhook may name the address itself: anyone on the internet can write a
// DSN or an ARF report to the bounce address, so a raw report without our token is not believed.
import { db } from '../db';
import { readBounceToken } from '../mail/bounce-token';
import { emailKeyOf } from '../newsletter/subscription/email-key';
import type { BounceReport, ReportSource } from './bounce-report';

export type ReportTarget = { emailKey: string; email: string | null; deliveryId: string | null };

export async function resolveReportTarget(report: BounceReport, source: ReportSource): Promise<ReportTarget | null> {
  const token = report.ref ? readBounceToken(report.ref) : null;
  if (token?.ref) {
    const found = await targetOfToken(token.kind, token.ref);
    if (found) return found;
  }
  if (source !== 'mailgun' && source !== 'sendgrid') return null;
  const address = report.recipient?.trim();
  if (!address || !/^[^\s@]+@[^\s@]+$/.test(address)) return null;
  return { emailKey: emailKeyOf(address.toLowerCase()), email: address, deliveryId: null };
}

async function targetOfToken(kind: string, ref: string): Promise<ReportTarget | null> {
  if (kind === 'digest') {
    const delivery = await db.digestDelivery.findUnique({
      where: { id: ref },
      select: { id: true, subscriber: { select: { emailKey: true, email: true } } },
    });
    return delivery ? { ...delivery.subscriber, deliveryId: delivery.id } : null;
  }
  if (kind === 'newsletter') {
    const sub = await db.subscriber.findUnique({ where: { id: ref }, select: { emailKey: true, email: true } });
    return sub ? { ...sub, deliveryId: null } : null;
  }
  const user = await db.user.findUnique({ where: { id: ref }, select: { email: true } });
  return user ? { emailKey: emailKeyOf(user.email.toLowerCase()), email: user.email, deliveryId: null } : null;
}
