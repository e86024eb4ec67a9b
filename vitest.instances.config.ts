import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests that start production servers from the build; scripts/test.sh runs them after Playwright.
export default defineConfig({
  // Tests are not React Server Components; server-only's real entry throws outside them.
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/instances/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Two files at a time: one at a time left a core idle while servers started, built or waited
    // (a third of the stage's time on 2 cores); two took 311 s where one took ~400 s (issue 17).
    // Each file has its own servers, ports, database and copy of the project.
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
