#!/usr/bin/env bash
# npm test: type check, lint (ESLint) and format check (Prettier), then unit and integration tests (Vitest, real SQLite and SMTP on loopback), the integration
# tests again on PostgreSQL when TEST_POSTGRES_URL is set (.ci/run starts one), then the browser
# tests (Playwright in Debian's Chromium against the production build), the JavaScript budget of
# that build, then two production servers
# on one database (PostgreSQL when TEST_POSTGRES_URL is set) from that build.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
npx eslint .
npx prettier --check . --log-level warn
npm run --silent db:pg-schema -- --check
npx vitest run
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "Integration tests on PostgreSQL (${TEST_POSTGRES_URL%%@*}@…)"
  TEST_DATABASE=postgresql npx vitest run tests/integration
fi
npx playwright test
# The JavaScript budget, read from the build Playwright just made (docs/0019).
npx vitest run --config vitest.build.config.ts
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  TEST_DATABASE=postgresql npx vitest run --config vitest.instances.config.ts
else
  npx vitest run --config vitest.instances.config.ts
fi
