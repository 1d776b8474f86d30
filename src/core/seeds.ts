import fs from "node:fs";
import path from "node:path";
import { validate } from "class-validator";
import { parse } from "yaml";
import { flattenValidationErrors } from "./errors";

/** The project root (where package.json is), from src/ as from dist/src/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find the project root (package.json)");
    dir = parent;
  }
  return dir;
}

export function seedsDirectory(): string {
  return process.env.SEEDS_DIR ?? path.join(projectRoot(), "seeds");
}

/** Reads a YAML seed file of seeds/. */
export function readSeedFile<T>(name: string): T {
  const file = path.join(seedsDirectory(), name);
  try {
    return parse(fs.readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`Cannot read seed file ${file}: ${(error as Error).message}`);
  }
}

export class SeedError extends Error {}

/** Validates a seed entry with the same class-validator rules as the API's input type. */
export async function validateSeed(instance: object, where: string): Promise<void> {
  const errors = await validate(instance);
  if (errors.length) {
    const details = flattenValidationErrors(errors).map((e) => `${e.field}: ${e.messages.join(", ")}`);
    throw new SeedError(`Invalid seed ${where}: ${details.join("; ")}`);
  }
}
