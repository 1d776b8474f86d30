#!/usr/bin/env bash
# Shows the SQL TypeORM would generate for each driver (SQLite and PostgreSQL) from the
# difference between the entities and a fresh database with the existing migrations run.
# Usage: npm run migration:generate -- <Name>      (needs PostgreSQL, see PG_ADMIN_URL)
set -euo pipefail
name=${1:?usage: generate-migration.sh <Name>}
cd "$(dirname "$0")/.."
export TS_NODE_TRANSPILE_ONLY=true
cli="node_modules/.bin/typeorm-ts-node-commonjs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== SQLite"
DATABASE_URL= DATABASE_PATH="$tmp/gen.sqlite" "$cli" migration:run -d ormconfig.ts -t each >/dev/null
DATABASE_URL= DATABASE_PATH="$tmp/gen.sqlite" "$cli" migration:generate "src/migrations/sqlite/$name" -d ormconfig.ts --pretty || true

echo "== PostgreSQL"
admin=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db="cpom_migration_gen_$$"
psql "$admin" -qc "CREATE DATABASE $db" >/dev/null
trap 'psql "$admin" -qc "DROP DATABASE IF EXISTS $db" >/dev/null; rm -rf "$tmp"' EXIT
url="${admin%/*}/$db"
DATABASE_URL="$url" "$cli" migration:run -d ormconfig.ts -t each >/dev/null
DATABASE_URL="$url" "$cli" migration:generate "src/migrations/postgres/$name" -d ormconfig.ts --pretty || true

node scripts/write-migration-index.js
