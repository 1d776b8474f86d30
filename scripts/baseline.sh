#!/usr/bin/env bash
# Rewrites the baseline migrations of both drivers from the entities (SQLite: the final CREATE
# statements, see sqlite-baseline.ts; PostgreSQL: TypeORM's generator on an empty database).
# Only while no production database exists: afterwards, add migrations (README, Migrations).
# Usage: npm run migration:baseline        (needs PostgreSQL, see PG_ADMIN_URL)
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=$(ls src/migrations/sqlite/*-Baseline.ts 2>/dev/null | head -1 | sed -E 's#.*/([0-9]+)-Baseline.ts#\1#')
stamp=${stamp:-$(date +%s%3N)}
npm run -s build
node dist/scripts/sqlite-baseline.js "$stamp"

admin=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db="cpom_baseline_$$"
tmp=$(mktemp -d)
psql "$admin" -qc "CREATE DATABASE $db" >/dev/null
trap 'psql "$admin" -qc "DROP DATABASE IF EXISTS $db" >/dev/null; rm -rf "$tmp"' EXIT
rm -f src/migrations/postgres/*-Baseline.ts
node scripts/write-migration-index.js >/dev/null
DATABASE_URL="${admin%/*}/$db" TS_NODE_TRANSPILE_ONLY=true node_modules/.bin/typeorm-ts-node-commonjs migration:generate "$tmp/Baseline" -d ormconfig.ts --pretty >/dev/null
file=$(ls "$tmp"/*-Baseline.ts)
sed -e "s/Baseline[0-9]\{13\}/Baseline$stamp/g" "$file" > "src/migrations/postgres/$stamp-Baseline.ts"
node scripts/write-migration-index.js
