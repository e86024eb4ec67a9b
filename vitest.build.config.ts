import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests that read the finished production build of the current code (tests/build/): scripts/test.sh
// runs them right after Playwright, which builds it.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node', pool: 'forks' },
});
