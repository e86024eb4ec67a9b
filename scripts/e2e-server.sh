#!/usr/bin/env bash
# The server for Playwright: `npm start` on a fresh throwaway database (data/e2e/).
set -euo pipefail
rm -rf data/e2e
exec node_modules/.bin/tsx scripts/start.ts
