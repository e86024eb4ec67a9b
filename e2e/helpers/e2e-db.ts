// Direct access to the e2e server's database, for arranging states a browser cannot reach
// (an expired link) and for checking what was stored.
import { createAdapterFactory } from '../../lib/platform/db-adapter';
import { PrismaClient } from '../../lib/generated/prisma/client';

export const E2E_DATABASE_URL = 'file:./data/e2e/dispatch.db';

export function openE2eDb(): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(E2E_DATABASE_URL) });
}
