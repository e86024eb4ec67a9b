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
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
