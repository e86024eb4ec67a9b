// A page of a thread's comments as JSON (?sort=&after= by keyset, ?comment= for a permalink's
// page, ?thread=&after= for more replies, ?tab=picks), read by GET (a read must not spend the write allowance that a
// server action's POST does). Signed-out readers all see the same thread, so shared caches may
// keep their answer a few seconds (never the browser itself); a signed-in reader's includes their
// own held comments and recommendations, so it is private.
import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listComments, parseCommentView } from '@/lib/comments/list-comments';

const SLUG = /^[a-z0-9-]{1,80}$/;

export async function GET(req: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!SLUG.test(slug)) return NextResponse.json({ error: 'Unknown article.' }, { status: 404 });
  const query = req.nextUrl.searchParams;
  const view = parseCommentView(Object.fromEntries(query));
  const user = await getCurrentUser();
  const comments = await listComments(slug, user ? { id: user.id } : null, view.sort, view);
  if (!comments) return NextResponse.json({ error: 'Unknown article.' }, { status: 404 });
  // Shared caches (a CDN) may keep it 5 s; browsers ask again each time, so a reload shows a
  // comment approved a moment ago.
  const cacheControl = user ? 'private, no-store' : 'public, max-age=0, s-maxage=5';
  return NextResponse.json(comments, { headers: { 'cache-control': cacheControl, vary: 'Cookie' } });
}
