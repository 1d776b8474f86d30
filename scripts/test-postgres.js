// Runs the whole test suite again on PostgreSQL (npm test runs it after the SQLite run).
// PG_TEST_URL says where the server is (default postgres://postgres@127.0.0.1:5432/test);
// SKIP_POSTGRES_TESTS=1 skips this run on a machine without PostgreSQL.
const { spawnSync } = require("node:child_process");

if (process.env.SKIP_POSTGRES_TESTS === "1") {
  console.log("SKIP_POSTGRES_TESTS=1: the PostgreSQL run is skipped.");
  process.exit(0);
}
const url = process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";
console.log(`\nThe same suite on PostgreSQL (${url}):`);
const result = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), ...process.argv.slice(2)], {
  stdio: "inherit",
  // Each test file gets its own database, copied from a template.
  env: { ...process.env, TEST_DATABASE: "postgres", PG_TEST_URL: url },
});
process.exit(result.status ?? 1);
