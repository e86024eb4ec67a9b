import { Feed } from 'feed';
import { listLatestArticles } from '@/lib/articles/list-articles';
import { getEnv } from '@/lib/env';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';

export const revalidate = 300;

const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};
// RSS 1.0 Slash module: feed readers show `slash:comments` as the item's comment count. The `feed`
// library has no option for namespaces on <rss>, so each element declares its own (valid XML).
const SLASH_NS = 'http://purl.org/rss/1.0/modules/slash/';

const mimeOf = (src: string) => MIME[src.split('.').pop() ?? ''] ?? 'application/octet-stream';

export async function GET() {
  const site = getEnv().SITE_URL;
  const articles = await listLatestArticles(30);
  const feed = new Feed({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    id: `${site}/`,
    link: `${site}/`,
    language: 'en',
    copyright: `© ${SITE_NAME}`,
    updated: articles[0]?.updatedAt ?? articles[0]?.publishedAt ?? new Date(0),
    feedLinks: { rss: `${site}/feed.xml` },
  });
  for (const a of articles) {
    feed.addItem({
      title: a.title,
      id: `${site}/articles/${a.slug}`,
      link: `${site}/articles/${a.slug}`,
      description: a.standfirst,
      date: a.publishedAt,
      category: [{ name: a.section.name }],
      author: [{ name: a.byline ?? a.source ?? SITE_NAME }],
      image: { url: `${site}${a.heroSrc}`, type: mimeOf(a.heroSrc) },
      extensions: [
        {
          name: 'slash:comments',
          objects: { _attributes: { 'xmlns:slash': SLASH_NS }, _text: String(a.commentCount) },
        },
      ],
    });
  }
  return new Response(feed.rss2(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
