#!/usr/bin/env node
// Runs a compiled entry point (node scripts/run.js src/main.js [args…]) after compiling
// what changed since the last build, in this same process: signals sent to `npm start`
// reach the server itself. The TypeScript compiler only runs when a source is newer than
// the last build (incremental, dist/.tsbuildinfo), so a start without changes is immediate.
// In production, build once (`npm run build`) and run `node --max-old-space-size=256 dist/src/main.js`.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const buildInfo = path.join(root, "dist", ".tsbuildinfo");

function newestSource() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else if (entry.endsWith(".ts") || entry.endsWith(".json")) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const entry of ["src", "scripts", "bench", "ormconfig.ts", "tsconfig.json", "tsconfig.build.json", "package.json"]) {
    const full = path.join(root, entry);
    if (fs.existsSync(full)) visit(full);
  }
  return newest;
}

const [target, ...args] = process.argv.slice(2);
if (!target) {
  console.error("usage: node scripts/run.js <compiled entry, e.g. src/main.js> [args…]");
  process.exit(2);
}
if (!fs.existsSync(buildInfo) || fs.statSync(buildInfo).mtimeMs < newestSource()) {
  const tsc = require.resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // tsc leaves the build info untouched when nothing changed: mark this build as current.
  const now = new Date();
  fs.utimesSync(buildInfo, now, now);
}
process.argv = [process.argv[0], path.join(root, "dist", target), ...args];
require(path.join(root, "dist", target));
