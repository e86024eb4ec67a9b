import { isbot } from 'isbot';
import { z } from 'zod';
import { isSameOrigin } from '@/lib/security/same-origin';
import { addView } from '@/lib/views/view-buffer';
import { createViewDeduper } from '@/lib/views/view-deduper';
import { clientIp } from '@/lib/security/client-ip';

const bodySchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });
const globalForDedupe = globalThis as unknown as { dispatchViewDeduper?: ReturnType<typeof createViewDeduper> };
const deduper = (globalForDedupe.dispatchViewDeduper ??= createViewDeduper());

/** Page-view beacon: no cookie, nothing stored about the reader; always answers 204. */
export async function POST(req: Request) {
  if (!isSameOrigin(req)) return new Response(null, { status: 403 });
  const ua = req.headers.get('user-agent') ?? '';
  const parsed = bodySchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success || !ua || isbot(ua)) return new Response(null, { status: 204 });
  const ip = clientIp(req.headers);
  if (deduper.shouldCount(`${ip}|${ua}`, parsed.data.slug)) {
    addView(parsed.data.slug);
  }
  return new Response(null, { status: 204 });
}
