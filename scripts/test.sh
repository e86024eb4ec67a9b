#!/usr/bin/env bash
# npm test: type check, lint (ESLint) and format check (Prettier), then unit and integration tests
# (Vitest, real SQLite and SMTP on loopback), the integration tests again on PostgreSQL when
# TEST_POSTGRES_URL is set (.ci/run starts one), then the browser tests (Playwright in Debian's
# Chromium against the production build), the JavaScript budget of that build, then two production
# servers on one database (PostgreSQL when TEST_POSTGRES_URL is set) from that build. Each stage's
# duration is printed at the end, also when a stage fails.
set -euo pipefail
cd "$(dirname "$0")/.."

timings=()
started_all=$SECONDS
report() {
  local status=$?
  echo
  echo "Stage durations:"
  for line in "${timings[@]}"; do echo "  $line"; done
  echo "  total: $((SECONDS - started_all)) s$([ "$status" -ne 0 ] && echo " (failed)")"
}
trap report EXIT

# stage NAME COMMAND...: runs it and records how long it took.
stage() {
  local name=$1 start=$SECONDS
  shift
  if "$@"; then
    timings+=("$(printf '%-28s %5d s' "$name" $((SECONDS - start)))")
  else
    local status=$?
    timings+=("$(printf '%-28s %5d s  FAILED' "$name" $((SECONDS - start)))")
    return "$status"
  fi
}

stage "type check" npx tsc --noEmit
stage "lint" npx eslint .
stage "format check" npx prettier --check . --log-level warn
stage "PostgreSQL schema check" npm run --silent db:pg-schema -- --check
stage "vitest (SQLite)" npx vitest run
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "Integration tests on PostgreSQL (${TEST_POSTGRES_URL%%@*}@…)"
  stage "vitest integration (PG)" env TEST_DATABASE=postgresql npx vitest run tests/integration
fi
stage "playwright (build + e2e)" npx playwright test
# The JavaScript budget, read from the build Playwright just made (docs/0019).
stage "JavaScript budget" npx vitest run --config vitest.build.config.ts
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  stage "production servers (PG)" env TEST_DATABASE=postgresql npx vitest run --config vitest.instances.config.ts
else
  stage "production servers" npx vitest run --config vitest.instances.config.ts
fi
