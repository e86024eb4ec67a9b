#!/usr/bin/env bash
# Writes a migration for the change to prisma/schema.prisma since HEAD. `prisma migrate dev`
# needs a shadow database that the JS schema engine cannot create, so we diff the schemas instead.
set -euo pipefail
name="${1:?usage: npm run db:migration -- <name>}"
prev=$(mktemp --suffix=.prisma)
trap 'rm -f "$prev"' EXIT
git show HEAD:prisma/schema.prisma > "$prev"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
sql=$(npx prisma migrate diff --from-schema-datamodel "$prev" --to-schema-datamodel prisma/schema.prisma --script 2>/dev/null \
  | grep -v -E '^(Prisma config detected|Prisma schema loaded|Loaded Prisma config)' || true)
if ! grep -q -E '^(CREATE|ALTER|DROP|PRAGMA|INSERT|UPDATE|DELETE)' <<<"$sql"; then
  echo "No schema change since HEAD: nothing to migrate." >&2
  exit 1
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
echo "Wrote $dir/migration.sql"
