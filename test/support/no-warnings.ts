/** Fails a test file on any process warning it raised (recorded by test/support/environment.js). */
afterAll(async () => {
  // Warnings are emitted on the next tick: let the last ones arrive.
  await new Promise((resolve) => setImmediate(resolve));
  const warnings = (globalThis as { __processWarnings?: string[] }).__processWarnings ?? [];
  if (warnings.length) throw new Error(`The process warned during these tests:\n${[...new Set(warnings)].join("\n")}`);
});
