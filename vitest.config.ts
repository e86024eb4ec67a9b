import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests are not React Server Components; server-only's real entry throws outside them.
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'emails/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Those start production servers from the build (vitest.instances.config.ts) or read it
    // (vitest.build.config.ts).
    exclude: ['tests/instances/**', 'tests/build/**', 'node_modules/**'],
    environment: 'node',
    // Not localhost: code that reads SITE_URL without a test setting its own runs at an address
    // like a deployment's, so origin and link bugs show (issue 12). Tests may still override it.
    env: { SITE_URL: 'http://127.0.0.1:3000' },
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses;
    // inlined, Vite resolves it, so tests can call the Auth.js route handler itself.
    server: { deps: { inline: ['next-auth'] } },
    pool: 'forks',
    // Vitest's default is one worker per core but one, which is a single worker on a 2-core
    // machine; the files spend much of their time on SMTP, child processes and the database, so
    // two at a time take about two thirds of the time there (README, Tests).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
