// Issue 13: importing a wire batch (a folder with a few new stories) must not unpublish the rest of
// the site. A folder removes only what came from that same folder, or everything else with --prune;
// the command prints what it will unpublish before it does.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle, writeVideo } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { runCommand, type CommandRun } from '../helpers/run-command';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let t: TestDatabase;
const site = makeContentDir();
const batch = makeContentDir();

const published = async () =>
  (await t.db.article.findMany({ where: { isPublished: true }, select: { slug: true }, orderBy: { slug: 'asc' } })).map(
    (a) => a.slug,
  );

/** `npm run content:import -- ARGS` against the test database; stdout and stderr in order. */
async function runImport(args: string[]): Promise<CommandRun> {
  // A free PORT, so the refresh request reaches no one else's server.
  return runCommand('content-import.ts', args, {
    DATABASE_URL: t.url,
    PORT: String(await freePort()),
    AUTH_SECRET: 'i'.repeat(40),
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  for (const slug of ['alpha', 'bravo', 'charlie']) writeArticle(site, { slug });
  writeVideo(site, 'site-clip');
  writeArticle(batch, { slug: 'wire-one', title: 'Wire story one' });
});
afterAll(async () => {
  await t.cleanup();
  for (const dir of [site, batch]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing a folder removes only what came from that folder', () => {
  it('a batch folder with one new article adds it and unpublishes nothing else', async () => {
    await importContent(t.db, site);
    const result = await importContent(t.db, batch);
    expect(result.articles).toEqual({ created: 1, updated: 0, unchanged: 0, unpublished: 0 });
    expect(result.videos.unpublished).toBe(0);
    expect(await published()).toEqual(['alpha', 'bravo', 'charlie', 'wire-one']);
    expect(await t.db.video.count({ where: { isPublished: true } })).toBe(1);
  });

  it('a file deleted from the batch folder unpublishes only that article, and the command lists it first', async () => {
    writeArticle(batch, { slug: 'wire-two', title: 'Wire story two' });
    await importContent(t.db, batch);
    fs.rmSync(path.join(batch, 'articles', 'wire-one.md'));
    const run = await runImport([batch]);
    expect(run.code, run.output).toBe(0);
    expect(await published()).toEqual(['alpha', 'bravo', 'charlie', 'wire-two']);
    const lines = run.output.split('\n');
    const heading = lines.findIndex((l) =>
      /^Unpublishing 1 article\(s\) and 0 video\(s\) whose files are gone from /.test(l),
    );
    expect(heading, run.output).toBeGreaterThanOrEqual(0);
    expect(lines[heading + 1]).toMatch(/^ {2}article wire-one \(.*wire-one\.md\)$/);
    expect(lines.filter((l) => /^ {2}(article|video) /.test(l))).toHaveLength(1);
    expect(heading).toBeLessThan(lines.findIndex((l) => l.startsWith('Imported ')));
  }, 60_000);

  it('the site folder, named relatively as npm start names content/, still unpublishes what left it (rows from before the folder was kept too)', async () => {
    // As the migration leaves rows imported earlier: their folder is read from sourcePath.
    await t.db.article.updateMany({ where: { slug: { in: ['alpha', 'bravo'] } }, data: { sourceDir: null } });
    await t.db.video.updateMany({ data: { sourceDir: null } });
    fs.rmSync(path.join(site, 'articles', 'bravo.md'));
    fs.rmSync(path.join(site, 'videos', 'site-clip.md'));
    const plans: string[] = [];
    const result = await importContent(t.db, path.relative(process.cwd(), site), {
      onUnpublish: (plan) => plans.push(...plan.articles.map((a) => a.slug), ...plan.videos.map((v) => v.slug)),
    });
    expect(result.articles.unpublished).toBe(1);
    expect(result.videos.unpublished).toBe(1);
    expect(plans).toEqual(['bravo', 'site-clip']);
    expect(await published()).toEqual(['alpha', 'charlie', 'wire-two']);
  });

  it('--prune unpublishes everything that is not in the folder, and says so', async () => {
    const run = await runImport([batch, '--prune']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^Unpublishing 2 article\(s\) and 0 video\(s\) not in .* \(--prune\):$/m);
    expect(run.output).toMatch(/^ {2}article alpha \(/m);
    expect(run.output).toMatch(/^ {2}article charlie \(/m);
    expect(await published()).toEqual(['wire-two']);
  }, 60_000);

  it('a folder that does not exist is refused and changes nothing', async () => {
    const run = await runImport([path.join(batch, 'no-such-folder'), '--prune']);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/no-such-folder is not a folder/);
    expect(await published()).toEqual(['wire-two']);
  }, 60_000);
});
