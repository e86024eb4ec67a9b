import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

const { entries } = JSON.parse(fs.readFileSync('tests/fixtures/hostile-input.json', 'utf8')) as { entries: string[] };

// Every entry of our hostile corpus through the functions behind each text field: no crash, and
// either stored exactly as text or refused with a sentence, changing nothing.
describe('hostile input', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let users: { id: string; role: string }[];

  beforeAll(async () => {
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
    const dir = makeContentDir();
    writeArticle(dir, {
      slug: 'target',
      publishedAt: new Date().toISOString(),
      body: 'An ordinary story about the tidal gates.',
    });
    await importContent(t.db, dir);
    await t.db.moderationSettings.create({
      data: { id: 1, postsPer15Seconds: 100, postsPerHour: 10_000, newCommenterHoldCount: 0, linkHoldMinApproved: 0 },
    });
    users = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.db.user.create({
          data: {
            email: `h${i}@example.test`,
            displayName: `Tester ${i}`,
            displayNameKey: `tester ${i}`,
            policyVersion: '1.0',
          },
          select: { id: true, role: true },
        }),
      ),
    );
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
  });

  it(`has at least 300 entries (${entries.length})`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
  });

  it(
    'comment bodies: stored exactly (after documented normalisation) or refused with a sentence',
    { timeout: 180_000 },
    async () => {
      const { postComment } = await import('../../lib/comments/post-comment');
      const { normalizeCommentBody, formatComment } = await import('../../lib/comments/format-comment');
      let stored = 0;
      for (const [i, text] of entries.entries()) {
        const before = await t.db.comment.count();
        const result = await postComment(users[i % users.length]!, { articleSlug: 'target', body: text });
        if (result.ok) {
          stored++;
          const row = await t.db.comment.findUniqueOrThrow({ where: { id: result.commentId } });
          expect(row.body).toBe(normalizeCommentBody(text));
          // Rendering loses nothing: the tokens spell the body back, as text.
          const spelled = formatComment(row.body)
            .map((p) => p.map((line) => line.map((tok) => tok.text).join('')).join('\n'))
            .join('\n\n');
          expect(spelled).toBe(row.body);
        } else {
          expect(result.message).toMatch(/^[A-Z].{5,300}[.!]$/s);
          if (result.code !== 'rate-limited') expect(await t.db.comment.count()).toBe(before);
        }
      }
      expect(stored).toBeGreaterThan(entries.length / 2);
    },
  );

  it('display names, emails, search and report notes never crash', async () => {
    const { displayNameSchema } = await import('../../lib/accounts/display-name');
    const { checkEmailAddress } = await import('../../lib/mail/email-address');
    const { searchArticles } = await import('../../lib/search/search-articles');
    const { InvalidEmailAddressError, normalizeEmail } = await import('../../lib/auth/normalize-email');
    for (const text of entries) {
      const name = displayNameSchema.safeParse(text);
      if (name.success) expect(name.data).not.toMatch(/[\u0000-\u001f<>"]/);
      else expect(name.error.issues[0]!.message.length).toBeGreaterThan(5);
      const email = checkEmailAddress(text);
      if (!email.ok) expect(email.reason.length).toBeGreaterThan(5);
      expect(() => {
        try {
          normalizeEmail(text);
        } catch (err) {
          // Refused with a sentence the sign-in form shows as it is.
          if (!(err instanceof InvalidEmailAddressError) || err.message.length < 6) throw err;
        }
      }).not.toThrow();
      const found = await searchArticles(text.slice(0, 200));
      expect(found.total).toBeGreaterThanOrEqual(0);
    }
  });
});
