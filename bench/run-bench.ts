// One bench run, section by section, each figure beside its baseline from the same run. The
// bench database lives under data/bench/ and is thrown away; the site runs through the real
// start path, from its own copy of the project (data/bench/site), on --port, the plain baseline
// server on --port+1, the SMTP sink on --port+2.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { benchPosting, benchThreadRead } from './comments';
import { benchDigest, findDigestSender } from './digest';
import { benchDigestSenders } from './digest-senders';
import { comparePage } from './http-load';
import { benchDigestPostgres, benchDigestPostgresSenders } from './digest-postgres';
import { benchLighthouse } from './lighthouse';
import { OPT_IN_SECTIONS, type BenchOptions } from './options';
import { measurePageWeight } from './page-weight';
import { benchQueue } from './queue';
import { skippedFigure, type Figure } from './results';
import { startSmtpSink } from './smtp-sinks';
import {
  digestSendingSettings,
  openCommentSettings,
  openRaw,
  seedQueue,
  seedReaders,
  seedSubscribers,
  seedThread,
} from './seed';
import { startSite } from './site-server';
import { compareWithStockNext } from './stock-comparison';
import { rssOf } from './stock-next';

const ARTICLE_TARGET = { share: 0.25, p99Ms: 100 };

export async function runBench(o: BenchOptions, log: (line: string) => void): Promise<Figure[]> {
  const wants = (section: string) => (o.only ? o.only.has(section) : !OPT_IN_SECTIONS.has(section));
  const workDir = path.resolve('data', 'bench');
  const dbFile = path.join(workDir, 'bench.db');
  fs.mkdirSync(workDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(dbFile + suffix, { force: true });
  // Absolute: the site runs from its own copy of the project (bench/site-server.ts).
  const databaseUrl = `file:${dbFile}`;
  const smtpPort = o.basePort + 2;
  // Before any lib/ import: lib/db.ts and lib/env.ts read these once.
  process.env.DATABASE_URL = databaseUrl;
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.SITE_URL = `http://127.0.0.1:${o.basePort}`;
  // Production builds of React and friends, as inside `next start` (the scheduler sends digests there).
  Object.assign(process.env, { NODE_ENV: 'production' });
  // A secret of the bench's own: data/auth-secret belongs to the site in this folder.
  process.env.AUTH_SECRET = crypto.randomBytes(32).toString('base64url');
  const { migrateDatabase } = await import('../lib/setup/migrate-database');

  log('Creating the bench database');
  migrateDatabase(databaseUrl);
  let raw = openRaw(dbFile);
  const figures: Figure[] = [];
  const attempt = async (id: string, title: string, run: () => Promise<Figure | Figure[]>) => {
    try {
      figures.push(...[await run()].flat());
    } catch (err) {
      console.error(err);
      figures.push(skippedFigure(id, title, `failed: ${(err as Error).message.split('\n')[0]}`));
    }
  };
  try {
    digestSendingSettings(raw, 5); // also turns the scheduler off before the server starts
    openCommentSettings(raw);
    raw.close(); // the start path migrates again, and Prisma's migration engine wants the file to itself
    // The site (and its production build) only for the sections that load it over HTTP; the
    // in-process sections need the demo content, which is imported here instead.
    const needsSite = wants('pages') || wants('weight') || wants('lighthouse');
    let site: Awaited<ReturnType<typeof startSite>> | null = null;
    if (needsSite) {
      log(`Starting the site: tsx scripts/start.ts on port ${o.basePort} (builds first when the code changed)`);
      site = await startSite(o.basePort, databaseUrl, workDir);
    } else {
      log('Importing content/ (no HTTP section asked for: the site is not started)');
      const { db } = await import('../lib/db');
      const { importContent } = await import('../lib/content/import-content');
      await importContent(db, 'content');
    }
    raw = openRaw(dbFile);
    const articles = raw
      .prepare(`SELECT id, slug FROM "Article" WHERE isPublished = 1 ORDER BY publishedAt DESC`)
      .all() as { id: string; slug: string }[];
    if (articles.length < 2) throw new Error('the demo content was not imported');
    const [threadArticle, postArticle] = [articles[0]!, articles[1]!];
    const readers = seedReaders(raw, 'thread', 40);
    seedThread(raw, threadArticle.id, readers, o.threadComments);
    if (site)
      try {
        const load = { connections: o.connections, durationSeconds: o.durationSeconds };
        const articleTarget = (s: { p99Ms?: number }, ratio: number | undefined) => ({
          text: `≥ ${ARTICLE_TARGET.share * 100}% of plain, p99 < ${ARTICLE_TARGET.p99Ms} ms`,
          isMet: (ratio ?? 0) >= ARTICLE_TARGET.share && (s.p99Ms ?? Infinity) < ARTICLE_TARGET.p99Ms,
        });
        const pages = [
          {
            id: 'article',
            title: `Article page, ${o.connections} connections`,
            pagePath: `/articles/${threadArticle.slug}`,
            target: articleTarget,
          },
          { id: 'front', title: `Front page, ${o.connections} connections`, pagePath: '/', target: articleTarget },
          { id: 'search', title: `Search "tidal", ${o.connections} connections`, pagePath: '/search?q=tidal' },
          {
            id: 'comments-page',
            title: `Comments page (no-JS, ${o.threadComments} comments), ${o.connections} connections`,
            pagePath: `/articles/${threadArticle.slug}/comments`,
          },
        ];
        if (wants('pages')) {
          const measured = new Map<string, Figure>();
          for (const page of pages) {
            log(`HTTP ${page.pagePath}: plain server, then the npm start server, ${o.durationSeconds} s each`);
            await attempt(page.id, page.title, async () => {
              const figure = await comparePage(page, site.origin, o.basePort + 1, load, workDir);
              measured.set(page.id, figure);
              return figure;
            });
          }
          // A second Next build of its own: too slow for a --quick smoke run (and it needs a real
          // node_modules, not the symlink a project copy has).
          if (!o.isQuick) {
            const serverPid = site.serverPid();
            const siteRss = serverPid ? rssOf(serverPid) : undefined;
            log(
              `Stock next start: static pages of the article's and the front page's size, ${o.durationSeconds} s each`,
            );
            await attempt('stock-next', 'Stock next start', () =>
              compareWithStockNext(measured, siteRss, workDir, o.basePort + 3, load, o.connections),
            );
          }
        }
        if (wants('weight')) {
          log('Page weight of the article page');
          await attempt('article-js', 'Article page JavaScript', async () => {
            const html = Buffer.from(await (await fetch(`${site.origin}${pages[0]!.pagePath}`)).arrayBuffer());
            const plain = Buffer.from(await (await fetch(`${site.origin}/comment-policy`)).arrayBuffer());
            return measurePageWeight(html, pages[0]!.pagePath, plain, site.buildDir());
          });
        }
        // Minutes per page (three Lighthouse runs each): only in a full run or when asked for.
        if (wants('lighthouse') && (!o.isQuick || o.only?.has('lighthouse'))) {
          const section = raw.prepare(`SELECT slug FROM "Section" ORDER BY slug LIMIT 1`).get() as { slug: string };
          log('Lighthouse (mobile), three runs per page');
          await attempt('lighthouse', 'Lighthouse', () =>
            benchLighthouse(site.origin, [
              { id: 'front', name: 'front page', pagePath: '/' },
              { id: 'article', name: 'article', pagePath: `/articles/${threadArticle.slug}` },
              { id: 'section', name: 'section', pagePath: `/sections/${section.slug}` },
              { id: 'videos', name: 'videos', pagePath: '/videos' },
              { id: 'newsletter', name: 'newsletter', pagePath: '/newsletter' },
              { id: 'policy', name: 'comment policy', pagePath: '/comment-policy' },
              { id: 'search', name: 'search', pagePath: '/search?q=tidal', isSeoExempt: true },
            ]),
          );
        }
      } finally {
        log('Stopping the site');
        await site.stop();
      }

    if (wants('comments')) {
      log(
        `Comments in-process: thread read (${o.iterations} iterations), then ${o.posts} posts by ${o.writers} writers`,
      );
      await attempt('comments-read', 'Comment thread read', () =>
        benchThreadRead(raw, threadArticle.slug, readers[0]!, o),
      );
      const writers = seedReaders(raw, 'writer', o.writers);
      await attempt('comments-post', 'Comment posting', () => benchPosting(raw, postArticle.slug, writers, o));
    }
    if (wants('queue')) {
      log(`Moderation queue: seeding ${o.queueComments.toLocaleString('en')} pending comments`);
      const authors = seedReaders(raw, 'queue', 2000);
      seedQueue(
        raw,
        articles.map((a) => a.id),
        authors,
        o.queueComments,
      );
      raw.exec('ANALYZE');
      await attempt('queue', 'Moderation queue', () => benchQueue(raw, o));
    }
    // Each digest section gets a sink of its own; its figures say which kind it was.
    const withSink = async (run: () => Promise<void>) => {
      const sink = await startSmtpSink(smtpPort, workDir, o.sink);
      const before = figures.length;
      try {
        log(`SMTP sink on ${smtpPort}: ${sink.label}`);
        await run();
      } finally {
        await sink.stop();
      }
      for (const f of figures.slice(before)) f.notes = [...(f.notes ?? []), `SMTP sink: ${sink.label}`];
    };
    if (wants('digest')) {
      const missing = await findDigestSender();
      if (missing) figures.push(skippedFigure('digest', 'Digest', missing));
      else {
        log(`Digest: ${o.subscribers.toLocaleString('en')} subscribers into a local SMTP sink`);
        seedSubscribers(raw, o.subscribers);
        await withSink(async () => {
          await attempt('digest', 'Digest', () => benchDigest(raw, o));
          log('Digest: one sender process, then two (npm run digest -- --workers 1|2)');
          await attempt('digest-senders', 'Digest, two senders', () => benchDigestSenders(raw, o, workDir));
        });
      }
    }
    if (wants('digest-200k'))
      await withSink(() => attempt('digest-200k', 'Digest on PostgreSQL', () => benchDigestPostgres(o, workDir, log)));
    if (wants('digest-pg-senders'))
      await withSink(() =>
        attempt('digest-pg-senders', 'Digest on PostgreSQL, two senders', () =>
          benchDigestPostgresSenders(o, workDir, log),
        ),
      );
  } finally {
    raw.close();
    const { db } = await import('../lib/db');
    await db.$disconnect();
  }
  return figures;
}
