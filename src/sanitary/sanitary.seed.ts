import fs from "node:fs";
import type { EntityManager } from "typeorm";
import { readSeedFile, SeedError, seedsDirectory, validateSeed } from "../core/seeds";
import { Activity } from "./activity.entities";
import { SanitaryCatalogue } from "./catalogue.entities";
import {
  ActionTypeInput,
  ConcernedRuleInput,
  IndicatorTemplateInput,
  ObjectiveLimitInput,
  SanitaryCatalogueInput,
  StrategicObjectiveInput,
  StrategicOrientationInput,
} from "./catalogue.inputs";
import { writeCatalogue } from "./catalogue.service";
import { ActivityKind, Direction } from "./sanitary.enums";

interface CatalogueSeed {
  regionCode: string;
  name: string;
  source?: string;
  defaultMaxObjectives: number;
  objectiveLimits?: object[];
  orientations: { code: string; title: string; objectives: { code: string; title: string; actions: (object & { concerned: object; indicators?: object[] })[] }[] }[];
}

/** The seed's plain data as the API's input classes, so class-validator checks it the same way. */
function asInput(seed: CatalogueSeed): SanitaryCatalogueInput {
  const make = <T extends object>(type: new () => T, data: object): T => Object.assign(new type(), data);
  return make(SanitaryCatalogueInput, {
    name: seed.name,
    source: seed.source ?? null,
    defaultMaxObjectives: seed.defaultMaxObjectives,
    active: true,
    objectiveLimits: (seed.objectiveLimits ?? []).map((l) => make(ObjectiveLimitInput, l)),
    orientations: seed.orientations.map((o) =>
      make(StrategicOrientationInput, {
        ...o,
        objectives: o.objectives.map((b) =>
          make(StrategicObjectiveInput, {
            ...b,
            actions: b.actions.map((a) =>
              make(ActionTypeInput, {
                ...a,
                concerned: make(ConcernedRuleInput, { legalStatuses: [], allOf: [], anyOf: [], noneOf: [], organisationManages: [], ...a.concerned }),
                indicators: (a.indicators ?? []).map((i) => make(IndicatorTemplateInput, { direction: Direction.HIGHER_IS_BETTER, ...i })),
              }),
            ),
          }),
        ),
      }),
    ),
  });
}

/** Inserts the activities and the catalogues of seeds/ that are missing (by code, by name). */
export async function seedSanitary(em: EntityManager): Promise<number> {
  let inserted = 0;
  const { activities } = readSeedFile<{ activities: { code: string; kind: ActivityKind; label: string }[] }>("sanitary-activities.yaml");
  const known = new Set((await em.find(Activity)).map((a) => a.code));
  for (const activity of activities) {
    if (!Object.values(ActivityKind).includes(activity.kind)) throw new SeedError(`sanitary-activities.yaml: ${activity.code} has an unknown kind ${activity.kind}`);
    if (known.has(activity.code)) continue;
    await em.insert(Activity, activity);
    inserted += 1;
  }
  const files = fs.readdirSync(seedsDirectory()).filter((f) => /^sanitary-catalogue-.+\.yaml$/.test(f)).sort();
  for (const file of files) {
    const seed = readSeedFile<CatalogueSeed>(file);
    if (await em.findOneBy(SanitaryCatalogue, { name: seed.name })) continue;
    const input = asInput(seed);
    await validateSeed(input, file);
    try {
      await writeCatalogue(em, seed.regionCode, input);
    } catch (error) {
      throw new SeedError(`${file}: ${(error as Error).message}`);
    }
    inserted += 1;
  }
  return inserted;
}
