import fs from "node:fs";

export default async function globalTeardown(): Promise<void> {
  if (process.env.CPOM_TEST_DIR) fs.rmSync(process.env.CPOM_TEST_DIR, { recursive: true, force: true });
}
