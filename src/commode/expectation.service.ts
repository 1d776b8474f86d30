import { In, type EntityManager } from "typeorm";
import { auditCreate, auditDelete, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, conflict, notFound } from "../core/errors";
import { parseId } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { requireContractPart } from "../contracts/contract.access";
import { gate, Intent } from "../contracts/contract-life";
import { Contract, ContractEstablishment, ContractKind } from "../contracts/contract.entities";
import { Establishment } from "../organisations/organisation.entities";
import { auditScope } from "../contracts/contract.service";
import { DepartmentExpectation } from "../lifecycle/lifecycle.entities";
import { concernedDepartments } from "../lifecycle/lifecycle.service";
import { Theme } from "./catalogue.entities";
import { ExpectationLink, ExpectationLinkStatus } from "./expectation.entities";
import type { DecideExpectationLinkInput, LinkActionToExpectationInput, RemoveExpectationLinkInput } from "./expectation.inputs";
import { candidateActions, isMet } from "./expectation.rules";
import { requirePlanAction } from "./lookups";
import { Action, ContractModule } from "./plan.entities";
import { msg } from "../core/i18n/message";

/** The expectations of the departments a medico-social contract concerns, by department and code. */
async function expectationsOf(em: EntityManager, contract: Contract): Promise<DepartmentExpectation[]> {
  const departments = await concernedDepartments(em, contract);
  return departments.length ? em.find(DepartmentExpectation, { where: { departmentCode: In(departments) }, order: { departmentCode: "ASC", code: "ASC" } }) : [];
}

/** The action links to an expectation that a department concerned by its contract holds (NOT_FOUND for another department's). */
export async function linkActionToExpectation(ctx: RequestContext, input: LinkActionToExpectationInput): Promise<ExpectationLink> {
  const { action, contract } = await requirePlanAction(ctx, input.actionId, "actionId");
  // Saying what an action answers is reporting on the plan, not changing it: no amendment needed.
  const { party } = await gate(ctx, contract, Intent.REPORT);
  const expectationId = parseId(input.expectationId, "expectationId");
  const expectation = (await expectationsOf(ctx.tm, contract)).find((e) => e.id === expectationId);
  if (!expectation) throw notFound(msg`Expectation of a department this contract concerns`, expectationId, "expectationId");
  if (await ctx.tm.existsBy(ExpectationLink, { actionId: action.id, expectationId })) {
    throw conflict(msg`This action is already linked to expectation ${expectation.code}`, { field: "expectationId" });
  }
  const link = await ctx.tm.save(
    ctx.tm.create(ExpectationLink, {
      contractId: contract.id,
      actionId: action.id,
      expectationId,
      status: ExpectationLinkStatus.PROPOSED,
      proposedBy: `${ctx.actorName()} (${party.toLowerCase()})`,
      decidedBy: null,
      decidedAt: null,
      reason: null,
    }),
  );
  await auditCreate(ctx, "ExpectationLink", link, auditScope(contract));
  return link;
}

async function requireLink(ctx: RequestContext, raw: string, version: number) {
  const { row: link, contract } = await requireContractPart(ctx, ExpectationLink, raw, "linkId", msg`Expectation link`, (l) => l.contractId);
  return { link, contract, check: () => assertVersion(link, version, msg`The link`) };
}

/** The department whose expectation it is confirms the link or contests it, saying why. */
export async function decideExpectationLink(ctx: RequestContext, input: DecideExpectationLinkInput): Promise<ExpectationLink> {
  const { link, contract, check } = await requireLink(ctx, input.linkId, input.version);
  const { departmentCode } = await gate(ctx, contract, Intent.ASSESS);
  const expectation = await ctx.tm.findOneByOrFail(DepartmentExpectation, { id: link.expectationId });
  // Another department's expectation: its link is not this department's to judge.
  if (expectation.departmentCode !== departmentCode) throw notFound(msg`Expectation link of your department`, link.id, "linkId");
  check();
  const reason = input.reason?.trim() || null;
  if (!input.confirmed && !reason) throw badInput("reason", msg`Say why the action does not answer the expectation`);
  const before = snapshot(link);
  Object.assign(link, { status: input.confirmed ? ExpectationLinkStatus.CONFIRMED : ExpectationLinkStatus.CONTESTED, decidedBy: ctx.actorName(), decidedAt: ctx.now(), reason });
  const saved = await ctx.tm.save(link);
  await auditUpdate(ctx, "ExpectationLink", before, saved, auditScope(contract));
  return saved;
}

/** The organisation or the agency withdraws a link; returns the contract. */
export async function removeExpectationLink(ctx: RequestContext, input: RemoveExpectationLinkInput): Promise<Contract> {
  const { link, contract, check } = await requireLink(ctx, input.linkId, input.version);
  await gate(ctx, contract, Intent.REPORT);
  check();
  await auditDelete(ctx, "ExpectationLink", link, auditScope(contract));
  await ctx.tm.delete(ExpectationLink, { id: link.id });
  return contract;
}

export interface ExpectationView {
  expectation: DepartmentExpectation;
  met: boolean;
  /** Actions of the plan its themes or words point to, not linked to it yet. */
  candidates: Action[];
}

/**
 * For each contract, each expectation of the departments it concerns: met or not (by its
 * links), and the actions that may answer it; in a fixed number of queries for any number of
 * contracts.
 */
export async function expectationViews(em: EntityManager, contracts: Contract[]): Promise<Map<number, ExpectationView[]>> {
  const ids = contracts.filter((c) => c.kind === ContractKind.MEDICO_SOCIAL).map((c) => c.id);
  const result = new Map<number, ExpectationView[]>(contracts.map((c) => [c.id, []]));
  if (!ids.length) return result;
  const covered = await em
    .createQueryBuilder(ContractEstablishment, "ce")
    .innerJoin(Establishment, "e", "e.id = ce.establishment_id")
    .select(["ce.contract_id AS contract_id", "e.department_code AS department_code"])
    .distinct(true)
    .where("ce.contract_id IN (:...ids)", { ids })
    .getRawMany<{ contract_id: number | string; department_code: string }>();
  const departments = [...new Set(covered.map((c) => c.department_code))];
  const expectations = departments.length ? await em.find(DepartmentExpectation, { where: { departmentCode: In(departments) }, order: { departmentCode: "ASC", code: "ASC" } }) : [];
  if (!expectations.length) return result;
  const links = await em.findBy(ExpectationLink, { contractId: In(ids) });
  const modules = await em.findBy(ContractModule, { contractId: In(ids) });
  const actions = modules.length ? await em.find(Action, { where: { moduleId: In(modules.map((m) => m.id)) }, order: { id: "ASC" } }) : [];
  const themeIds = [...new Set(actions.flatMap((a) => (a.themeId === null ? [] : [a.themeId])))];
  const themes = themeIds.length ? await em.findBy(Theme, { id: In(themeIds) }) : [];
  const contractOfModule = new Map(modules.map((m) => [m.id, m.contractId]));
  for (const id of ids) {
    const concerned = new Set(covered.filter((c) => Number(c.contract_id) === id).map((c) => c.department_code));
    const own = links.filter((l) => l.contractId === id);
    const texts = actions
      .filter((a) => contractOfModule.get(a.moduleId) === id)
      .map((a) => ({ id: a.id, action: a, themeCode: themes.find((t) => t.id === a.themeId)?.code ?? null, text: `${a.title} ${a.description}` }));
    result.set(
      id,
      expectations
        .filter((e) => concerned.has(e.departmentCode))
        .map((expectation) => {
          const linked = new Set(own.filter((l) => l.expectationId === expectation.id).map((l) => l.actionId));
          return { expectation, met: isMet(expectation, own), candidates: candidateActions(expectation, texts).filter((t) => !linked.has(t.id)).map((t) => t.action) };
        }),
    );
  }
  return result;
}
