#!/usr/bin/env bash
# npm test: unit and integration tests (Vitest, real SQLite and SMTP on loopback), then the
# browser tests (Playwright in Debian's Chromium against the production build).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
npx vitest run
npx playwright test
