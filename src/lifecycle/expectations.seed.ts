import type { EntityManager } from "typeorm";
import { readSeedFile, SeedError } from "../core/seeds";
import { DepartmentExpectation } from "./lifecycle.entities";

interface ExpectationSeed {
  expectations: { departmentCode: string; code: string; description: string; themeCodes?: string[]; keywords?: string[] }[];
}

/** Inserts the departments' expectations of seeds/ that are missing (by department and code). */
export async function seedDepartmentExpectations(em: EntityManager): Promise<number> {
  const seed = readSeedFile<ExpectationSeed>("department-expectations.yaml");
  if (!Array.isArray(seed?.expectations)) throw new SeedError("department-expectations.yaml: expected a list of expectations");
  let inserted = 0;
  for (const e of seed.expectations) {
    if (!e.departmentCode || !e.code || !e.description) throw new SeedError(`department-expectations.yaml: an expectation needs departmentCode, code and description: ${JSON.stringify(e)}`);
    if (!e.themeCodes?.length && !e.keywords?.length) throw new SeedError(`department-expectations.yaml: ${e.code} says no theme or word that meets it`);
    if (await em.existsBy(DepartmentExpectation, { departmentCode: e.departmentCode, code: e.code })) continue;
    await em.save(em.create(DepartmentExpectation, { departmentCode: e.departmentCode, code: e.code, description: e.description, themeCodes: e.themeCodes ?? [], keywords: e.keywords ?? [] }));
    inserted += 1;
  }
  return inserted;
}
