// A bounce or complaint message, raw RFC 5322, forwarded by whatever receives mail for
// BOUNCE_ADDRESS (docs/0016). Authenticated by INBOUND_MAIL_SECRET; off (404) without it.
import { getEnv } from '@/lib/env';
import { checkInboundSecret } from '@/lib/bounces/check-inbound-secret';
import { parseBounceMessage } from '@/lib/bounces/parse-bounce-message';
import { recordBounceReport } from '@/lib/bounces/record-bounce-report';

export async function POST(req: Request) {
  const secret = getEnv().INBOUND_MAIL_SECRET;
  if (!secret) return new Response('Not found', { status: 404 });
  if (!checkInboundSecret(req.headers.get('authorization'), secret))
    return new Response('Unauthorized', {
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer, Basic realm="inbound mail"' },
    });
  const raw = await req.arrayBuffer();
  if (raw.byteLength === 0) return Response.json({ error: 'empty message' }, { status: 400 });
  const reports = await parseBounceMessage(raw);
  const results = [];
  for (const report of reports) results.push(await recordBounceReport(report, 'inbound'));
  // 200 even for a message that is no report (an auto-reply): the forwarder must not retry it.
  return Response.json({ reports: reports.length, results });
}
