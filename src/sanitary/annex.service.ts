import { auditCreate, auditDelete, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, conflict, notFound } from "../core/errors";
import { findOrFail } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { requireContractPart } from "../contracts/contract.access";
import { ContractPart, gate, Intent } from "../contracts/contract-life";
import { currentUser } from "../core/auth/scope";
import { assertWithinScope, establishmentScope, hiddenAs } from "../core/auth/tenant";
import { Contract, ContractEstablishment, ContractKind, ContractStatus } from "../contracts/contract.entities";
import { auditScope } from "../contracts/contract.service";
import { assertCanManageDepartment, requireEstablishment } from "../organisations/organisation.access";
import { Establishment } from "../organisations/organisation.entities";
import { Activity, EstablishmentActivity } from "./activity.entities";
import { Amendment, AmendmentKind } from "../lifecycle/lifecycle.entities";
import { openAmendmentOf } from "../lifecycle/amendment.service";
import type {
  AddFinancingLineInput,
  AmendFinancingInput,
  FinancingLineInput,
  RecordEstablishmentActivityInput,
  RemoveEstablishmentActivityInput,
  RemoveFinancingLineInput,
  UpdateEstablishmentActivityInput,
  UpdateFinancingLineInput,
} from "./annex.inputs";
import { requireSanitaryContract } from "./lookups";
import { FinancingLine } from "./plan.entities";
import { msg } from "../core/i18n/message";

const organisationScope = (establishment: Establishment) => ({ organisationId: establishment.organisationId });

/**
 * A site's care activities are annex 2 of the sanitary contracts that cover it: once that
 * annex is signed, they change only under an amendment of each such contract (the gate says
 * so, contract by contract).
 */
async function assertAnnexOpen(ctx: RequestContext, establishment: Establishment): Promise<void> {
  const contracts = await ctx.tm
    .createQueryBuilder(Contract, "c")
    .innerJoin(ContractEstablishment, "ce", "ce.contract_id = c.id")
    .where("ce.establishment_id = :id AND c.kind = :kind AND c.status = :status", { id: establishment.id, kind: ContractKind.SANITARY, status: ContractStatus.SIGNED })
    .orderBy("c.id", "ASC")
    .getMany();
  for (const contract of contracts) await gate(ctx, contract, Intent.AMEND, ContractPart.CARE_ACTIVITIES);
}

/** The agency of the establishment's region records what it is authorised for (annex 2 of its contracts). */
export async function recordEstablishmentActivity(ctx: RequestContext, input: RecordEstablishmentActivityInput): Promise<EstablishmentActivity> {
  const em = ctx.tm;
  const establishment = await requireEstablishment(ctx, input.establishmentId, "establishmentId");
  await assertCanManageDepartment(ctx, establishment.departmentCode, "establishmentId");
  if (establishment.sector !== null) throw badInput("establishmentId", msg`${establishment.name} is a medico-social establishment: authorisations of care activities belong to health establishments`);
  const code = input.activityCode.trim().toUpperCase();
  if (!(await em.findOneBy(Activity, { code }))) throw notFound(msg`Activity`, code, "activityCode");
  if (await em.findOneBy(EstablishmentActivity, { establishmentId: establishment.id, activityCode: code })) {
    throw conflict(msg`${establishment.name} already holds ${code}: update it instead`, { field: "activityCode" });
  }
  await assertAnnexOpen(ctx, establishment);
  const saved = await em.save(
    em.create(EstablishmentActivity, { establishmentId: establishment.id, activityCode: code, capacity: input.capacity ?? null, capacityUnit: input.capacityUnit?.trim() || null, since: input.since ?? null }),
  );
  await auditCreate(ctx, "EstablishmentActivity", saved, organisationScope(establishment));
  return saved;
}

async function activityToEdit(ctx: RequestContext, id: string, version: number) {
  const held = await findOrFail(ctx.tm, EstablishmentActivity, id, "establishmentActivityId", msg`Establishment activity`);
  const establishment = await ctx.tm.findOneByOrFail(Establishment, { id: held.establishmentId });
  await assertWithinScope(ctx.em, "establishment", "e", establishment.id, establishmentScope(currentUser(ctx)), hiddenAs(msg`Establishment activity`, id, "establishmentActivityId"));
  await assertCanManageDepartment(ctx, establishment.departmentCode, "establishmentActivityId");
  assertVersion(held, version, msg`The establishment's activity`);
  await assertAnnexOpen(ctx, establishment);
  return { held, establishment };
}

export async function updateEstablishmentActivity(ctx: RequestContext, input: UpdateEstablishmentActivityInput): Promise<EstablishmentActivity> {
  const { held, establishment } = await activityToEdit(ctx, input.establishmentActivityId, input.version);
  const before = snapshot(held);
  if (input.capacity !== undefined) held.capacity = input.capacity;
  if (input.capacityUnit !== undefined) held.capacityUnit = input.capacityUnit?.trim() || null;
  if (input.since !== undefined) held.since = input.since;
  const saved = await ctx.tm.save(held);
  await auditUpdate(ctx, "EstablishmentActivity", before, saved, organisationScope(establishment));
  return saved;
}

/** An authorisation withdrawn; returns the establishment. */
export async function removeEstablishmentActivity(ctx: RequestContext, input: RemoveEstablishmentActivityInput): Promise<Establishment> {
  const { held, establishment } = await activityToEdit(ctx, input.establishmentActivityId, input.version);
  await auditDelete(ctx, "EstablishmentActivity", held, organisationScope(establishment));
  await ctx.tm.delete(EstablishmentActivity, { id: held.id });
  return establishment;
}

function checkAmounts(input: FinancingLineInput, field = "amounts"): number[] {
  return input.amounts.map((amount, i) => {
    if (!Number.isFinite(amount) || amount < 0) throw badInput(`${field}.${i}`, msg`An amount is zero or more euros, got ${amount}`);
    return Math.round(amount * 100) / 100;
  });
}

/** The agency adds a recurring FIR financing line to a sanitary contract (annex 3). */
export async function addFinancingLine(ctx: RequestContext, input: AddFinancingLineInput): Promise<FinancingLine> {
  const contract = await requireSanitaryContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.AMEND, ContractPart.FINANCING);
  const amounts = checkAmounts(input);
  const saved = await ctx.tm.save(ctx.tm.create(FinancingLine, { contractId: contract.id, label: input.label.trim(), amounts }));
  await auditCreate(ctx, "FinancingLine", saved, auditScope(contract));
  return saved;
}

async function lineToEdit(ctx: RequestContext, id: string, version: number) {
  const { row: line, contract } = await requireContractPart(ctx, FinancingLine, id, "financingLineId", msg`Financing line`, (l) => l.contractId);
  await gate(ctx, contract, Intent.AMEND, ContractPart.FINANCING);
  assertVersion(line, version, msg`The financing line`);
  return { line, contract };
}

export async function updateFinancingLine(ctx: RequestContext, input: UpdateFinancingLineInput): Promise<FinancingLine> {
  const { line, contract } = await lineToEdit(ctx, input.financingLineId, input.version);
  const before = snapshot(line);
  line.label = input.label.trim();
  line.amounts = checkAmounts(input);
  const saved = await ctx.tm.save(line);
  await auditUpdate(ctx, "FinancingLine", before, saved, auditScope(contract));
  return saved;
}

/** Removes a financing line; returns its contract. */
export async function removeFinancingLine(ctx: RequestContext, input: RemoveFinancingLineInput): Promise<Contract> {
  const { line, contract } = await lineToEdit(ctx, input.financingLineId, input.version);
  await auditDelete(ctx, "FinancingLine", line, auditScope(contract));
  await ctx.tm.delete(FinancingLine, { id: line.id });
  return contract;
}

/**
 * The yearly financing amendment in one step: the agency opens an amendment of the financing
 * annex and gives its lines as they will be; the parties then sign it (signAmendment), which
 * keeps the new version.
 */
export async function amendFinancing(ctx: RequestContext, input: AmendFinancingInput): Promise<Amendment> {
  const contract = await requireSanitaryContract(ctx, input.contractId, "contractId");
  const lines = input.lines.map((line, i) => ({ label: line.label.trim(), amounts: checkAmounts(line, `lines.${i}.amounts`) }));
  const amendment = await openAmendmentOf(ctx, contract, { contractId: input.contractId, description: input.description, kind: AmendmentKind.FINANCING, part: ContractPart.FINANCING });
  const current = await ctx.tm.find(FinancingLine, { where: { contractId: contract.id }, order: { id: "ASC" } });
  for (const old of current) {
    await auditDelete(ctx, "FinancingLine", old, auditScope(contract));
    await ctx.tm.delete(FinancingLine, { id: old.id });
  }
  for (const line of lines) {
    const saved = await ctx.tm.save(ctx.tm.create(FinancingLine, { contractId: contract.id, ...line }));
    await auditCreate(ctx, "FinancingLine", saved, auditScope(contract));
  }
  return amendment;
}
