// The settings rows are created on first use; many first requests at once must all get them
// (on PostgreSQL the losers of that race used to fail with a unique violation: a 500 for readers).
import { expect, it } from 'vitest';
import { useLibDatabase } from '../helpers/lib-database';

const database = useLibDatabase();

it('a hundred concurrent first reads of each settings row all succeed and leave one row', async () => {
  const { getModerationSettings } = await import('../../lib/comments/comment-settings');
  const { getNewsletterSettings } = await import('../../lib/newsletter/newsletter-settings');
  const results = await Promise.allSettled([
    ...Array.from({ length: 100 }, () => getModerationSettings()),
    ...Array.from({ length: 100 }, () => getNewsletterSettings()),
  ]);
  expect(
    results
      .filter((r) => r.status === 'rejected')
      .map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200)),
  ).toEqual([]);
  expect(await database().db.moderationSettings.count()).toBe(1);
  expect(await database().db.newsletterSettings.count()).toBe(1);
});
