#!/usr/bin/env bash
# npm test: type check, lint (ESLint) and format check (Prettier), then unit and integration tests
# (Vitest, real SQLite and SMTP on loopback), the integration tests whose outcome can depend on the
# database again on PostgreSQL when TEST_POSTGRES_URL is set (.ci/run starts one), then the browser
# tests (Playwright in Debian's Chromium against the production build), the JavaScript budget of
# that build, then two production servers on one database (PostgreSQL when TEST_POSTGRES_URL is
# set) from that build. Each stage's duration is printed at the end, also when a stage fails.
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

# record NAME SECONDS STATUS: one line of the report at the end.
record() {
  timings+=("$(printf '%-28s %5d s%s' "$1" "$2" "$([ "$3" -ne 0 ] && echo '  FAILED')")")
}

# stage NAME COMMAND...: runs it and records how long it took.
stage() {
  local name=$1 start=$SECONDS status=0
  shift
  "$@" || status=$?
  record "$name" $((SECONDS - start)) "$status"
  return "$status"
}

# bg_stage NAME COMMAND...: a stage that runs beside the others started before collect_stages;
# its output is printed, whole, when they are collected.
bg_dir=$(mktemp -d)
bg_names=()
bg_pids=()
bg_stage() {
  local i=${#bg_names[@]}
  bg_names+=("$1")
  shift
  (
    start=$SECONDS status=0
    "$@" >"$bg_dir/$i.out" 2>&1 || status=$?
    echo "$status $((SECONDS - start))" >"$bg_dir/$i.status"
  ) &
  bg_pids+=($!)
}
collect_stages() {
  local i status secs failed=0
  for i in "${!bg_names[@]}"; do
    wait "${bg_pids[$i]}" || true
    cat "$bg_dir/$i.out"
    read -r status secs <"$bg_dir/$i.status"
    record "${bg_names[$i]}" "$secs" "$status"
    [ "$status" = 0 ] || failed=$status
  done
  rm -rf "$bg_dir"
  return "$failed"
}

# Three single-threaded programs that read the sources and write nothing: side by side.
bg_stage "type check" npx tsc --noEmit
bg_stage "lint" npx eslint .
bg_stage "format check" npx prettier --check . --log-level warn
collect_stages
# The production build need not check the types again (tsc just did).
export DISPATCH_TYPES_CHECKED=1
stage "PostgreSQL schema check" npm run --silent db:pg-schema -- --check
stage "vitest (SQLite)" npx vitest run
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  # The files whose outcome can depend on the database (tests/integration/on-postgresql.txt says why).
  mapfile -t pg_files < <(awk '$1 == "run" { print "tests/integration/" $2 }' tests/integration/on-postgresql.txt)
  echo "Integration tests on PostgreSQL (${TEST_POSTGRES_URL%%@*}@…): ${#pg_files[@]} files"
  stage "vitest integration (PG)" env TEST_DATABASE=postgresql npx vitest run "${pg_files[@]}"
fi
stage "playwright (build + e2e)" npx playwright test
# The JavaScript budget, read from the build Playwright just made (docs/0019).
stage "JavaScript budget" npx vitest run --config vitest.build.config.ts
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  stage "production servers (PG)" env TEST_DATABASE=postgresql npx vitest run --config vitest.instances.config.ts
else
  stage "production servers" npx vitest run --config vitest.instances.config.ts
fi
