// Live threads: GET ?after=<ms> lists comments made public since then (lib/comments/
// list-new-comments.ts). Everyone gets the same answer for the same minute, whoever asks, so a
// shared cache serves the many open pages: 5 s there, never kept by the browser. No session is
// read, so nothing private can end up in it.
import { NextResponse, type NextRequest } from 'next/server';
import { listNewComments, parseNewCommentsAfter } from '@/lib/comments/list-new-comments';

const SLUG = /^[a-z0-9-]{1,80}$/;
const CACHE = 'public, max-age=0, s-maxage=5, stale-while-revalidate=5';

export async function GET(req: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!SLUG.test(slug)) return NextResponse.json({ error: 'Unknown article.' }, { status: 404 });
  const after = parseNewCommentsAfter(req.nextUrl.searchParams.get('after'));
  if (!after)
    return NextResponse.json({ error: 'after: a time in milliseconds within the last day.' }, { status: 400 });
  const found = await listNewComments(slug, after);
  if (!found) return NextResponse.json({ error: 'Unknown article.' }, { status: 404 });
  return NextResponse.json(found, { headers: { 'cache-control': CACHE } });
}
