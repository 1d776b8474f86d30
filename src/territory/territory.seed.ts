import type { EntityManager } from "typeorm";
import { readSeedFile, SeedError } from "../core/seeds";
import { Department, Region } from "./territory.entities";

interface TerritorySeed {
  regions: { code: string; name: string; departments: Record<string, string> }[];
}

/** Inserts the regions and departments of seeds/territory.yaml that are missing. */
export async function seedTerritory(em: EntityManager): Promise<number> {
  const seed = readSeedFile<TerritorySeed>("territory.yaml");
  if (!Array.isArray(seed?.regions)) throw new SeedError("territory.yaml: expected a list of regions");
  const regions = new Set((await em.find(Region)).map((r) => r.code));
  const departments = new Set((await em.find(Department)).map((d) => d.code));
  let inserted = 0;
  for (const region of seed.regions) {
    if (!region.code || !region.name) throw new SeedError(`territory.yaml: region without code or name: ${JSON.stringify(region)}`);
    if (!regions.has(region.code)) {
      await em.insert(Region, { code: region.code, name: region.name });
      inserted += 1;
    }
    for (const [code, name] of Object.entries(region.departments ?? {})) {
      if (departments.has(code)) continue;
      await em.insert(Department, { code, name, regionCode: region.code });
      inserted += 1;
    }
  }
  return inserted;
}
