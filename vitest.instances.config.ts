import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests that start production servers from the build; scripts/test.sh runs them after Playwright.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/instances/**/*.test.ts'], environment: 'node', pool: 'forks', testTimeout: 90_000, hookTimeout: 240_000 },
});
