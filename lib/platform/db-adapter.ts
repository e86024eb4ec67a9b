// Picks the Prisma driver adapter from DATABASE_URL. Shared by the app (lib/db-client.ts) and the
// Prisma CLI (prisma.config.ts), so both always talk to the same database the same way.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

export const DEFAULT_DATABASE_URL = 'file:./data/dispatch.db';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createAdapterFactory(url: string = DEFAULT_DATABASE_URL) {
  if (isPostgresUrl(url)) return new PrismaPg({ connectionString: url });
  const file = url.replace(/^file:/, '');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // A busy timeout lets concurrent writers wait for the lock instead of failing at once.
  return new PrismaBetterSQLite3({ url, timeout: 5000 });
}

/** For the Prisma CLI only: on PostgreSQL, works around the pg adapter failing on catalog types. */
export function createMigrationAdapterFactory(url: string = DEFAULT_DATABASE_URL) {
  const factory = createAdapterFactory(url);
  if (!(factory instanceof PrismaPg)) return factory;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    readCatalogNamesAsText(adapter);
    return adapter;
  };
  return factory;
}

// The schema engine reads catalog columns of type `name` and `"char"`, which @prisma/adapter-pg
// 6.19 rejects ("Column type 'name' could not be deserialized", prisma/prisma#27403). pg already
// parses them as strings, so they are reported as text. Patched once, on the shared query class.
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);
type Queryable = {
  performIO(query: unknown): Promise<{ fields?: { dataTypeID: number }[] }>;
  dispatchPatched?: boolean;
};

function readCatalogNamesAsText(adapter: object): void {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable;
  if (typeof queryable.performIO !== 'function' || queryable.dispatchPatched) return;
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: Queryable, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  };
  queryable.dispatchPatched = true;
}
