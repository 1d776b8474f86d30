import { In, type EntityManager } from "typeorm";
import { auditCreate, auditUpdate } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { assertVersion } from "../core/versioning";
import { forbidden } from "../core/auth/auth-checker";
import { gate, Intent, PARTY_NAME, SignatoryParty } from "../contracts/contract-life";
import { auditScope } from "../contracts/contract.service";
import { badInput, conflict, notFound, ruleViolation, visibleOrNull } from "../core/errors";
import { parseId } from "../core/ids";
import { Contract, ContractEstablishment, ContractKind } from "../contracts/contract.entities";
import { createContract } from "../contracts/contract.service";
import { withinPeriod } from "../contracts/period";
import { Establishment, Sector } from "../organisations/organisation.entities";
import { ModuleType, Theme } from "./catalogue.entities";
import { rulesByModuleType, requireModuleType } from "./catalogue.service";
import { markPlanChanged, requireMedicoSocialContract, requireModule } from "./lookups";
import { Action, ContractModule, ContractPlan, ModuleTheme, PlanStatus } from "./plan.entities";
import type { ActivateModuleInput, OpenMedicoSocialContractInput, SelectModuleThemesInput } from "./plan.inputs";
import { refreshFromContract } from "./progress.service";
import type { Language } from "../core/i18n";
import { acceptsThemes, checkPlan, selectionLimitViolations, type PlanModuleView, type Violation } from "./selection-rules";
import { joinMessages, msg, orList, Translated } from "../core/i18n/message";

/** Opens a medico-social contract: the contract, its 5 mandatory modules, any optional ones asked for, and its plan. */
export async function openMedicoSocialContract(ctx: RequestContext, input: OpenMedicoSocialContractInput): Promise<Contract> {
  const em = ctx.tm;
  const moduleTypes = await em.find(ModuleType, { order: { number: "ASC" } });
  const optional = input.optionalModules.map((requested, i) => {
    const field = `optionalModules.${i}.moduleTypeCode`;
    const moduleType = moduleTypes.find((m) => m.code === requested.moduleTypeCode);
    if (!moduleType) throw badInput(field, msg`Unknown module "${requested.moduleTypeCode}"`);
    if (moduleType.mandatory) throw badInput(field, msg`Module "${moduleType.title}" is mandatory: every contract has it already`);
    if (input.optionalModules.findIndex((o) => o.moduleTypeCode === requested.moduleTypeCode) !== i) throw badInput(field, msg`Module ${requested.moduleTypeCode} is listed twice`);
    // The agency opens the contract: it brings only the modules that are its to activate.
    assertMayActivate(moduleType, SignatoryParty.AGENCY, field);
    return { moduleType, reason: requested.reason.trim() };
  });
  const contract = await createContract(ctx, { kind: ContractKind.MEDICO_SOCIAL, ...input });
  const modules = [
    ...moduleTypes.filter((m) => m.mandatory).map((moduleType) => ({ moduleType, reason: null })),
    ...optional,
  ].map(({ moduleType, reason }) => ({
    contractId: contract.id,
    moduleTypeId: moduleType.id,
    mandatory: moduleType.mandatory,
    activatedOn: contract.startDate,
    activationReason: reason,
    activatedBy: reason ? ctx.actorName() : null,
  }));
  for (const values of modules) {
    const module = await em.save(em.create(ContractModule, { ...values, progressRate: null, actionCount: 0 }));
    await auditCreate(ctx, "ContractModule", module, auditScope(contract));
  }
  const plan = await em.save(em.create(ContractPlan, { contractId: contract.id, status: PlanStatus.DRAFT, progressRate: null, submittedAt: null, submittedBy: null }));
  await auditCreate(ctx, "ContractPlan", plan, auditScope(contract), contract.id);
  // Opening a contract counts as the organisation's latest progress ("no change for N months").
  await refreshFromContract(ctx, contract.id, true);
  return contract;
}

/** Who may activate an optional module is the catalogue's data (ModuleType.activationParties): the one check. */
function assertMayActivate(moduleType: ModuleType, party: SignatoryParty, field: string): void {
  if (moduleType.activationParties.includes(party)) return;
  const whose = orList(moduleType.activationParties.map((p) => PARTY_NAME[p]));
  throw forbidden(msg`Module "${moduleType.title}" is activated by ${whose}`, { field, rule: "MODULE_ACTIVATION" });
}

/**
 * Activates an optional module, at the start or during the contract; it then stays. The
 * party activating it must be one the catalogue names; after signature, only under an
 * amendment the agency opened (the gate's FILL rule).
 */
export async function activateModule(ctx: RequestContext, input: ActivateModuleInput): Promise<ContractModule> {
  const em = ctx.tm;
  const contract = await requireMedicoSocialContract(ctx, input.contractId, "contractId");
  const { party } = await gate(ctx, contract, Intent.FILL);
  const moduleType = await requireModuleType(ctx, input.moduleTypeCode, "moduleTypeCode");
  if (moduleType.mandatory) throw badInput("moduleTypeCode", msg`Module "${moduleType.title}" is mandatory: the contract has it already`);
  assertMayActivate(moduleType, party, "moduleTypeCode");
  const activatedOn = input.activationDate ?? ctx.today();
  if (!withinPeriod(contract, activatedOn)) {
    throw badInput(input.activationDate ? "activationDate" : "contractId", msg`Activation date ${activatedOn} is outside the contract (${contract.startDate} to ${contract.endDate})`);
  }
  const existing = await em.findOneBy(ContractModule, { contractId: contract.id, moduleTypeId: moduleType.id });
  if (existing) throw conflict(msg`Module "${moduleType.title}" has been active in this contract since ${existing.activatedOn}`, { field: "moduleTypeCode" });
  const module = await em.save(
    em.create(ContractModule, {
      contractId: contract.id,
      moduleTypeId: moduleType.id,
      mandatory: false,
      activatedOn,
      activationReason: input.reason.trim(),
      activatedBy: ctx.actorName(),
      progressRate: null,
      actionCount: 0,
    }),
  );
  await auditCreate(ctx, "ContractModule", module, auditScope(contract));
  await markPlanChanged(ctx, contract);
  await refreshFromContract(ctx, contract.id);
  return module;
}

/** The sectors (PA, PH) of each contract's covered establishments. */
export async function sectorsByContract(em: EntityManager, contractIds: number[]): Promise<Map<number, Sector[]>> {
  const rows = contractIds.length
    ? await em
        .createQueryBuilder(ContractEstablishment, "ce")
        .innerJoin(Establishment, "e", "e.id = ce.establishment_id")
        .select(["ce.contract_id AS contract_id", "e.sector AS sector"])
        .distinct(true)
        .where("ce.contract_id IN (:...contractIds)", { contractIds })
        .getRawMany<{ contract_id: number; sector: Sector | null }>()
    : [];
  const order = [Sector.ELDERLY, Sector.DISABLED];
  return new Map(
    contractIds.map((id) => [id, order.filter((sector) => rows.some((r) => Number(r.contract_id) === id && r.sector === sector))]),
  );
}

export interface PlanView {
  sectors: Sector[];
  modules: PlanModuleView[];
}

/** What the selection rules need to judge each contract's plan, in a fixed number of queries. */
export async function loadPlanViews(em: EntityManager, contractIds: number[]): Promise<Map<number, PlanView>> {
  const modules = contractIds.length ? await em.find(ContractModule, { where: { contractId: In(contractIds) } }) : [];
  const moduleIds = modules.map((m) => m.id);
  const typeIds = [...new Set(modules.map((m) => m.moduleTypeId))];
  // One after another: inside a transaction they share one connection, which runs one query at a time.
  const types = typeIds.length ? await em.findBy(ModuleType, { id: In(typeIds) }) : [];
  const rules = await rulesByModuleType(em, typeIds);
  const selections = moduleIds.length ? await em.findBy(ModuleTheme, { moduleId: In(moduleIds) }) : [];
  const actions = moduleIds.length ? await em.find(Action, { select: { id: true, moduleId: true, themeId: true }, where: { moduleId: In(moduleIds) } }) : [];
  const sectors = await sectorsByContract(em, contractIds);
  const themeIds = [...new Set(selections.map((s) => s.themeId))];
  const themes = themeIds.length ? await em.findBy(Theme, { id: In(themeIds) }) : [];
  const views = new Map<number, PlanView>(contractIds.map((id) => [id, { sectors: sectors.get(id) ?? [], modules: [] }]));
  for (const module of modules.sort((a, b) => types.find((t) => t.id === a.moduleTypeId)!.number - types.find((t) => t.id === b.moduleTypeId)!.number)) {
    const type = types.find((t) => t.id === module.moduleTypeId)!;
    views.get(module.contractId)!.modules.push({
      moduleId: module.id,
      moduleTypeCode: type.code,
      moduleTitle: type.title,
      rules: rules.get(type.id) ?? [],
      themes: selections.filter((s) => s.moduleId === module.id).map((s) => themes.find((t) => t.id === s.themeId)!),
      actions: actions.filter((a) => a.moduleId === module.id),
    });
  }
  return views;
}

export async function planViolations(em: EntityManager, contractId: number): Promise<Violation[]> {
  const view = (await loadPlanViews(em, [contractId])).get(contractId)!;
  return checkPlan(view.modules, view.sectors);
}

/** Chooses the themes of a module, within the catalogue's limits; a theme still used by an action cannot be dropped. */
export async function selectModuleThemes(ctx: RequestContext, input: SelectModuleThemesInput): Promise<ContractModule> {
  const em = ctx.tm;
  const { module, contract } = await requireModule(ctx, input.moduleId, "moduleId");
  await gate(ctx, contract, Intent.FILL);
  assertVersion(module, input.version, msg`The module`);
  const view = (await loadPlanViews(em, [contract.id])).get(contract.id)!;
  const moduleView = view.modules.find((m) => m.moduleId === module.id)!;
  if (!acceptsThemes(moduleView.rules) && input.themeIds.length > 0) {
    throw ruleViolation("MODULE_TAKES_NO_THEMES", msg`Module "${moduleView.moduleTitle}" takes no themes: its plan is made of actions only`, { field: "themeIds" });
  }
  const ids = input.themeIds.map((raw, i) => parseId(raw, `themeIds.${i}`));
  const found = ids.length ? await em.findBy(Theme, { id: In(ids) }) : [];
  const currentIds = moduleView.themes.map((t) => t.id);
  const themes = ids.map((id, i) => {
    const field = `themeIds.${i}`;
    if (ids.indexOf(id) !== i) throw badInput(field, msg`Theme ${id} is listed twice`);
    const theme = found.find((t) => t.id === id);
    // Another agency's own themes answer as unknown ones.
    if (!theme || (theme.agencyId !== null && theme.agencyId !== contract.agencyId)) throw notFound(msg`Theme`, id, field);
    if (theme.moduleTypeId !== module.moduleTypeId) throw badInput(field, msg`Theme "${theme.title}" belongs to another module`);
    if (theme.archived && !currentIds.includes(theme.id)) throw badInput(field, msg`Theme "${theme.title}" is archived and can no longer be chosen`);
    if (!theme.sectors.some((s) => view.sectors.includes(s))) {
      throw badInput(field, msg`Theme "${theme.title}" concerns ${theme.sectors.join(", ")}, a sector this contract does not cover (${view.sectors.join(", ")})`);
    }
    return theme;
  });
  const dropped = moduleView.themes.filter((t) => !ids.includes(t.id));
  for (const theme of dropped) {
    const used = moduleView.actions.filter((a) => a.themeId === theme.id);
    if (used.length) {
      throw ruleViolation("THEME_HAS_ACTIONS", msg`Theme "${theme.title}" still has ${used.length} action(s): remove them or move them to another theme first`, {
        field: "themeIds",
        actionIds: used.map((a) => String(a.id)),
      });
    }
  }
  const violations = selectionLimitViolations({ ...moduleView, themes }, view.sectors);
  if (violations.length) {
    throw ruleViolation(violations[0].rule, joinMessages(violations.map((v) => v.message)), { field: "themeIds", violations: violations.map(violationForClient) });
  }
  if (dropped.length) await em.delete(ModuleTheme, { moduleId: module.id, themeId: In(dropped.map((t) => t.id)) });
  const added = themes.filter((t) => !currentIds.includes(t.id));
  if (added.length) await em.insert(ModuleTheme, added.map((t) => ({ moduleId: module.id, themeId: t.id, selectedAt: ctx.now() })));
  const changed = dropped.length > 0 || added.length > 0;
  if (changed) {
    // The selection is part of the module: changing it moves the module's version on.
    await em.update(ContractModule, { id: module.id }, { updatedAt: ctx.now() });
    await markPlanChanged(ctx, contract);
  }
  await auditUpdate(ctx, "ContractModule", { themeIds: currentIds.slice().sort((a, b) => a - b) }, { themeIds: ids.slice().sort((a, b) => a - b) }, auditScope(contract), module.id);
  return em.findOneByOrFail(ContractModule, { id: module.id });
}

/** A violation as error extensions carry it (ids as GraphQL IDs; the message is worded for the reader when answered). */
export function violationForClient(v: Violation) {
  return { ...v, moduleId: String(v.moduleId), themeId: v.themeId === null ? null : String(v.themeId) };
}

/** A violation as the schema's PlanViolation, worded in `language`. */
export function violationIn(language: Language) {
  return (v: Violation) => ({ ...violationForClient(v), message: v.message.in(language) });
}

/** Submits the plan for the agency's review: every module's rules are checked and all violations reported at once. */
export async function submitPlan(ctx: RequestContext, contractId: string): Promise<Contract> {
  const em = ctx.tm;
  const contract = await requireMedicoSocialContract(ctx, contractId, "contractId");
  await gate(ctx, contract, Intent.FILL);
  const plan = await em.findOneByOrFail(ContractPlan, { contractId: contract.id });
  if (plan.status === PlanStatus.SUBMITTED) throw conflict(msg`The plan is already submitted and has not changed since`, { field: "contractId" });
  const violations = await planViolations(em, contract.id);
  if (violations.length) {
    throw ruleViolation("PLAN_RULES", new Translated("violation.submit", { count: violations.length, list: joinMessages(violations.map((v) => v.message)) }), {
      field: "contractId",
      violations: violations.map(violationForClient),
    });
  }
  await em.update(ContractPlan, { contractId: contract.id }, { status: PlanStatus.SUBMITTED, submittedAt: ctx.now(), submittedBy: ctx.actorName() });
  await auditUpdate(ctx, "ContractPlan", { status: plan.status }, { status: PlanStatus.SUBMITTED }, auditScope(contract), contract.id);
  return contract;
}

/** A module by id; null when it does not exist or lies outside the user's scope. */
export async function getModule(ctx: RequestContext, id: number): Promise<ContractModule | null> {
  return visibleOrNull(async () => (await requireModule(ctx, id, "id")).module);
}
