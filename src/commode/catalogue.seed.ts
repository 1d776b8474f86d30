import type { EntityManager } from "typeorm";
import { readSeedFile, SeedError, validateSeed } from "../core/seeds";
import { SignatoryParty } from "../contracts/contract-life";
import type { Sector } from "../organisations/organisation.entities";
import { ModuleType, SelectionRule, Theme, type QuestionAngle } from "./catalogue.entities";
import { CreateThemeInput, ThemeQuestionInput } from "./catalogue.inputs";
import { ruleSetProblems, RuleScope, type RuleData } from "./selection-rules";

interface ThemeSeed {
  code: string;
  title: string;
  sectors: Sector[];
  definition: string;
  questions: { angle: QuestionAngle; text: string }[];
  keyPoints?: string[];
  resources?: string[];
  isExampleContent?: boolean;
}

interface ModuleTypeSeed {
  code: string;
  number: number;
  title: string;
  mandatory: boolean;
  activationParties?: SignatoryParty[];
  summary: string;
  expectedAtContracting: string;
  expectedDuring: string;
  followUpIndicator: string;
  expectedAtEnd: string;
  isExampleContent?: boolean;
  rules?: { kind: RuleData["kind"]; value: number; scope?: RuleScope }[];
  themes?: ThemeSeed[];
}

/**
 * Inserts the modules, rules and themes of seeds/commode-catalogue.yaml that are missing
 * (by code). Existing ones are left alone: the agency may have edited them.
 */
export async function seedCommodeCatalogue(em: EntityManager): Promise<number> {
  const seed = readSeedFile<{ moduleTypes: ModuleTypeSeed[] }>("commode-catalogue.yaml");
  if (!Array.isArray(seed?.moduleTypes)) throw new SeedError("commode-catalogue.yaml: expected a list of moduleTypes");
  const existingTypes = await em.find(ModuleType);
  const existingThemes = new Set((await em.find(Theme, { select: { code: true } })).map((t) => t.code));
  let inserted = 0;
  for (const entry of seed.moduleTypes) {
    const rules: RuleData[] = (entry.rules ?? []).map((r) => ({ kind: r.kind, value: r.value, scope: r.scope ?? RuleScope.MODULE }));
    const problems = ruleSetProblems(rules);
    if (problems.length) throw new SeedError(`commode-catalogue.yaml, module ${entry.code}: ${problems.join("; ")}`);
    const activationParties = entry.activationParties ?? [SignatoryParty.AGENCY];
    if (!activationParties.length || activationParties.some((p) => p !== SignatoryParty.AGENCY && p !== SignatoryParty.ORGANISATION)) {
      throw new SeedError(`commode-catalogue.yaml, module ${entry.code}: activationParties lists AGENCY and/or ORGANISATION`);
    }
    let moduleType = existingTypes.find((m) => m.code === entry.code);
    if (!moduleType) {
      moduleType = await em.save(
        em.create(ModuleType, {
          code: entry.code,
          number: entry.number,
          title: entry.title,
          mandatory: entry.mandatory,
          activationParties,
          summary: entry.summary,
          expectedAtContracting: entry.expectedAtContracting,
          expectedDuring: entry.expectedDuring,
          followUpIndicator: entry.followUpIndicator,
          expectedAtEnd: entry.expectedAtEnd,
          isExampleContent: entry.isExampleContent ?? false,
        }),
      );
      if (rules.length) await em.insert(SelectionRule, rules.map((r) => ({ ...r, moduleTypeId: moduleType!.id })));
      inserted += 1;
    }
    for (const theme of entry.themes ?? []) {
      const input = Object.assign(new CreateThemeInput(), {
        ...theme,
        moduleTypeCode: entry.code,
        keyPoints: theme.keyPoints ?? [],
        resources: theme.resources ?? [],
        questions: (theme.questions ?? []).map((q) => Object.assign(new ThemeQuestionInput(), q)),
      });
      await validateSeed(input, `commode-catalogue.yaml, theme ${theme.code ?? "(no code)"}`);
      if (existingThemes.has(theme.code)) continue;
      await em.insert(Theme, {
        moduleTypeId: moduleType.id,
        code: input.code,
        title: input.title,
        sectors: input.sectors,
        definition: input.definition,
        questions: theme.questions,
        keyPoints: input.keyPoints,
        resources: input.resources,
        isExampleContent: theme.isExampleContent ?? false,
        agencyId: null,
        archived: false,
      });
      existingThemes.add(theme.code);
      inserted += 1;
    }
  }
  return inserted;
}
