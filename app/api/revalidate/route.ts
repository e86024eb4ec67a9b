import { revalidatePath } from 'next/cache';
import { verifyRevalidation } from '@/lib/cache/revalidation-request';
import { getEnv } from '@/lib/env';
import { isSameOrigin } from '@/lib/security/same-origin';

/** Called by the content importer (another process) with an HMAC-signed list of stale paths. */
export async function POST(req: Request) {
  // The importer posts from a script with no Origin; a browser posting from another site is refused
  // before the signature is even read.
  if (!isSameOrigin(req)) return Response.json({ error: 'Cross-site request refused' }, { status: 403 });
  const secret = getEnv().AUTH_SECRET;
  const text = await req.text();
  const request = secret ? verifyRevalidation(secret, text, req.headers.get('x-dispatch-signature') ?? '') : undefined;
  if (!request) return Response.json({ error: 'Bad signature' }, { status: 403 });
  if (request.all) {
    revalidatePath('/', 'layout');
  } else {
    for (const path of request.paths) revalidatePath(path);
    // Later pages of a list shift when a story is added anywhere in it.
    if (request.paths.some((p) => p.startsWith('/sections/')))
      revalidatePath('/sections/[section]/page/[page]', 'page');
    if (request.paths.some((p) => p.startsWith('/topics/'))) revalidatePath('/topics/[topic]/page/[page]', 'page');
  }
  return Response.json({ revalidated: request.all ? 'all' : request.paths.length });
}
