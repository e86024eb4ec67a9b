import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/helpers/test-database';
import { invalidationsAfter, latestInvalidationId, publishInvalidation } from './invalidation-log';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(async () => t.cleanup());

it('merges what was published after a position, and prunes entries older than a day', async () => {
  expect(await latestInvalidationId(t.db)).toBe(0);
  expect(await invalidationsAfter(t.db, 0)).toBeUndefined();
  await publishInvalidation(t.db, []);
  expect(await latestInvalidationId(t.db)).toBe(0);

  await publishInvalidation(t.db, ['/articles/a', '/']);
  const first = await latestInvalidationId(t.db);
  await publishInvalidation(t.db, ['/', '/sections/world']);
  expect(await invalidationsAfter(t.db, 0)).toEqual({
    lastId: first + 1,
    paths: ['/articles/a', '/', '/sections/world'],
    all: false,
  });
  expect(await invalidationsAfter(t.db, first)).toEqual({
    lastId: first + 1,
    paths: ['/', '/sections/world'],
    all: false,
  });
  await publishInvalidation(t.db, [], true);
  expect((await invalidationsAfter(t.db, first + 1))?.all).toBe(true);

  await t.db.cacheInvalidation.updateMany({
    where: { id: first },
    data: { createdAt: new Date(Date.now() - 25 * 3600_000) },
  });
  await publishInvalidation(t.db, ['/x']);
  expect(await t.db.cacheInvalidation.count({ where: { id: first } })).toBe(0);
});
