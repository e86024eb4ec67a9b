import { revalidatePath } from 'next/cache';
import { verifyRevalidation } from '@/lib/cache/revalidation-request';
import { getEnv } from '@/lib/env';

/** Called by the content importer (another process) with an HMAC-signed list of stale paths. */
export async function POST(req: Request) {
  const secret = getEnv().AUTH_SECRET;
  const text = await req.text();
  const request = secret ? verifyRevalidation(secret, text, req.headers.get('x-dispatch-signature') ?? '') : undefined;
  if (!request) return Response.json({ error: 'Bad signature' }, { status: 403 });
  if (request.all) {
    revalidatePath('/', 'layout');
  } else {
    for (const path of request.paths) revalidatePath(path);
    // Later pages of a list shift when a story is added anywhere in it.
    if (request.paths.some((p) => p.startsWith('/sections/'))) revalidatePath('/sections/[section]/page/[page]', 'page');
    if (request.paths.some((p) => p.startsWith('/topics/'))) revalidatePath('/topics/[topic]/page/[page]', 'page');
  }
  return Response.json({ revalidated: request.all ? 'all' : request.paths.length });
}
