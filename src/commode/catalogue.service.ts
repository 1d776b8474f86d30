import { SignatoryParty } from "../contracts/contract-life";
import { In, IsNull, type EntityManager } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { assertVersion } from "../core/versioning";
import { badInput, conflict, notFound, ruleViolation } from "../core/errors";
import { findOrFail, parseId } from "../core/ids";
import { Agency } from "../territory/territory.entities";
import { ModuleType, SelectionRule, Theme } from "./catalogue.entities";
import type { CreateThemeInput, ThemeFilter, UpdateModuleTypeInput, UpdateThemeInput } from "./catalogue.inputs";
import { acceptsThemes, ruleSetProblems, type RuleData } from "./selection-rules";
import { joinMessages, msg } from "../core/i18n/message";

export async function requireModuleType(ctx: RequestContext, code: string, field: string): Promise<ModuleType> {
  const moduleType = await ctx.em.findOneBy(ModuleType, { code });
  if (!moduleType) {
    const codes = (await ctx.em.find(ModuleType, { order: { number: "ASC" } })).map((m) => m.code).join(", ");
    throw badInput(field, msg`Unknown module "${code}"; the modules are ${codes}`);
  }
  return moduleType;
}

export function listModuleTypes(ctx: RequestContext): Promise<ModuleType[]> {
  return ctx.em.find(ModuleType, { order: { number: "ASC" } });
}

/** The rules of each module type. */
export async function rulesByModuleType(em: EntityManager, moduleTypeIds: number[]): Promise<Map<number, SelectionRule[]>> {
  const rules = moduleTypeIds.length ? await em.find(SelectionRule, { where: { moduleTypeId: In(moduleTypeIds) }, order: { id: "ASC" } }) : [];
  return new Map(moduleTypeIds.map((id) => [id, rules.filter((r) => r.moduleTypeId === id)]));
}

/** A theme the user may see: the common catalogue's or its own agency's; another agency's answers as an unknown id. */
export async function requireTheme(ctx: RequestContext, raw: string | number, field: string): Promise<Theme> {
  const theme = await findOrFail(ctx.em, Theme, raw, field, msg`Theme`);
  if (theme.agencyId !== null && theme.agencyId !== currentUser(ctx).tenantAgencyId) throw notFound(msg`Theme`, raw, field);
  return theme;
}

export async function listThemes(ctx: RequestContext, filter: ThemeFilter): Promise<Theme[]> {
  const where: Record<string, unknown> = {};
  if (filter.moduleTypeCode) where.moduleTypeId = (await requireModuleType(ctx, filter.moduleTypeCode, "filter.moduleTypeCode")).id;
  if (!filter.includeArchived) where.archived = false;
  // An agency's own themes are seen by its users only.
  const requested = filter.agencyId ? parseId(filter.agencyId, "filter.agencyId") : null;
  const agencyId = requested === currentUser(ctx).tenantAgencyId ? requested : null;
  const themes = await ctx.em.find(Theme, {
    where: agencyId ? [{ ...where, agencyId: IsNull() }, { ...where, agencyId }] : { ...where, agencyId: IsNull() },
    order: { moduleTypeId: "ASC", code: "ASC" },
  });
  return filter.sector ? themes.filter((t) => t.sectors.includes(filter.sector!)) : themes;
}

export async function createTheme(ctx: RequestContext, input: CreateThemeInput): Promise<Theme> {
  const em = ctx.tm;
  const moduleType = await requireModuleType(ctx, input.moduleTypeCode, "moduleTypeCode");
  const rules = (await rulesByModuleType(em, [moduleType.id])).get(moduleType.id)!;
  if (!acceptsThemes(rules)) throw ruleViolation("MODULE_TAKES_NO_THEMES", msg`Module "${moduleType.title}" takes no themes`, { field: "moduleTypeCode" });
  if (input.agencyId) {
    const agency = await findOrFail(em, Agency, input.agencyId, "agencyId", msg`Agency`);
    if (agency.id !== currentUser(ctx).agencyId) throw forbidden(msg`An agency adds themes to its own catalogue or to the common one`, { field: "agencyId" });
  }
  if (await em.findOneBy(Theme, { code: input.code })) throw conflict(msg`A theme with code ${input.code} already exists`, { field: "code" });
  const theme = await em.save(
    em.create(Theme, {
      moduleTypeId: moduleType.id,
      code: input.code,
      title: input.title.trim(),
      sectors: input.sectors,
      definition: input.definition.trim(),
      questions: input.questions.map((q) => ({ angle: q.angle, text: q.text.trim() })),
      keyPoints: input.keyPoints,
      resources: input.resources,
      agencyId: input.agencyId ? Number(input.agencyId) : null,
      isExampleContent: false,
      archived: false,
    }),
  );
  await auditCreate(ctx, "Theme", theme, { agencyId: theme.agencyId });
  return theme;
}

/** Agency themes are edited by their agency; the common catalogue by any agency admin. */
function assertCanEditTheme(ctx: RequestContext, theme: Theme): void {
  if (theme.agencyId !== null && theme.agencyId !== currentUser(ctx).agencyId) throw forbidden(msg`This theme belongs to another agency's catalogue`);
}

export async function updateTheme(ctx: RequestContext, input: UpdateThemeInput): Promise<Theme> {
  const theme = await requireTheme(ctx, input.id, "id");
  assertCanEditTheme(ctx, theme);
  assertVersion(theme, input.version, msg`The theme`);
  const before = snapshot(theme);
  if (input.title != null) theme.title = input.title.trim();
  if (input.sectors != null) theme.sectors = input.sectors;
  if (input.definition != null) theme.definition = input.definition.trim();
  if (input.questions != null) theme.questions = input.questions.map((q) => ({ angle: q.angle, text: q.text.trim() }));
  if (input.keyPoints != null) theme.keyPoints = input.keyPoints;
  if (input.resources != null) theme.resources = input.resources;
  if (input.archived != null) theme.archived = input.archived;
  // Content edited by an agency is no longer the project's example text.
  const contentEdited = [input.title, input.sectors, input.definition, input.questions, input.keyPoints, input.resources].some((v) => v != null);
  if (contentEdited) theme.isExampleContent = false;
  const saved = await ctx.tm.save(theme);
  await auditUpdate(ctx, "Theme", before, saved, { agencyId: theme.agencyId });
  return saved;
}

export async function updateModuleType(ctx: RequestContext, input: UpdateModuleTypeInput): Promise<ModuleType> {
  const em = ctx.tm;
  const moduleType = await requireModuleType(ctx, input.code, "code");
  assertVersion(moduleType, input.version, msg`The module`);
  const currentRules = (await rulesByModuleType(em, [moduleType.id])).get(moduleType.id)!;
  const before = { ...snapshot(moduleType), rules: currentRules.map((r) => ({ kind: r.kind, value: r.value, scope: r.scope })) };
  for (const key of ["title", "summary", "expectedAtContracting", "expectedDuring", "followUpIndicator", "expectedAtEnd"] as const) {
    const value = input[key];
    if (value == null) continue;
    moduleType[key] = value.trim();
    moduleType.isExampleContent = false;
  }
  if (input.activationParties != null) {
    if (input.activationParties.includes(SignatoryParty.DEPARTMENT)) throw badInput("activationParties", msg`A module is activated by the agency or the organisation, not a department`);
    moduleType.activationParties = input.activationParties;
  }
  if (input.rules != null) {
    const rules: RuleData[] = input.rules.map((r) => ({ kind: r.kind, value: r.value, scope: r.scope }));
    const problems = ruleSetProblems(rules);
    if (problems.length) throw badInput("rules", joinMessages(problems));
    if (!acceptsThemes(rules) && (await em.countBy(Theme, { moduleTypeId: moduleType.id, archived: false })) > 0) {
      throw ruleViolation("MODULE_HAS_THEMES", msg`Module "${moduleType.title}" has themes: archive them before forbidding themes`, { field: "rules" });
    }
    await em.delete(SelectionRule, { moduleTypeId: moduleType.id });
    await em.insert(SelectionRule, rules.map((r) => ({ ...r, moduleTypeId: moduleType.id })));
    // The rules are part of the module: replacing them moves its version on.
    moduleType.updatedAt = ctx.now();
  }
  const saved = await em.save(moduleType);
  await auditUpdate(ctx, "ModuleType", before, { ...saved, rules: input.rules?.map((r) => ({ kind: r.kind, value: r.value, scope: r.scope })) ?? before.rules });
  return saved;
}
