import { In, IsNull, type EntityManager } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, ruleViolation } from "../core/errors";
import { assertVersion } from "../core/versioning";
import { assertCanManageContract, canManageContract, requireContract } from "../contracts/contract.access";
import { Contract, ContractEstablishment, ContractKind, ContractStatus } from "../contracts/contract.entities";
import { effectiveStatus, isSigned } from "../contracts/contract-status";
import { auditScope } from "../contracts/contract.service";
import { Establishment } from "../organisations/organisation.entities";
import { Amendment, AmendmentKind, AmendmentStatus, ContractStatusChange, ContractVersion, DepartmentExpectation, SignatoryParty, Signature, SignatureStatus } from "./lifecycle.entities";
import type { ContractTransitionInput, DeclineSignatureInput, SignContractInput } from "./lifecycle.inputs";
import { contentOf, unmetExpectations, type Problem } from "./lifecycle";

/** The departments whose council co-signs a medico-social contract: those of its covered establishments. */
export async function concernedDepartments(em: EntityManager, contract: Contract): Promise<string[]> {
  if (contract.kind !== ContractKind.MEDICO_SOCIAL) return [];
  const links = await em.findBy(ContractEstablishment, { contractId: contract.id });
  if (!links.length) return [];
  const establishments = await em.find(Establishment, { select: { id: true, departmentCode: true }, where: { id: In(links.map((l) => l.establishmentId)) } });
  return [...new Set(establishments.map((e) => e.departmentCode))].sort();
}

async function changeStatus(ctx: RequestContext, contract: Contract, to: ContractStatus, comment: string | null): Promise<Contract> {
  const before = snapshot(contract);
  const from = contract.status;
  contract.status = to;
  const saved = await ctx.tm.save(contract);
  await ctx.tm.insert(ContractStatusChange, { contractId: contract.id, fromStatus: from, toStatus: to, changedAt: ctx.now(), changedBy: ctx.actorName(), comment });
  await auditUpdate(ctx, "Contract", before, saved, auditScope(saved));
  return saved;
}

function outOfOrder(contract: Contract, wanted: string, today: string): never {
  throw ruleViolation("TRANSITION_OUT_OF_ORDER", `Contract ${contract.id} is ${effectiveStatus(contract.status, contract.startDate, today)}: it cannot ${wanted} now`, {
    field: "contractId",
    status: contract.status,
  });
}

async function contractToChange(ctx: RequestContext, input: ContractTransitionInput) {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  assertCanManageContract(ctx, contract);
  assertVersion(contract, input.version, "The contract");
  return contract;
}

/** DRAFT → PROPOSED: the agency opens its proposal to the organisation and invites the departments concerned to co-sign. */
export async function proposeContract(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await contractToChange(ctx, input);
  if (contract.status !== ContractStatus.DRAFT) outOfOrder(contract, "be proposed", ctx.today());
  for (const departmentCode of await concernedDepartments(ctx.tm, contract)) {
    const invitation = await ctx.tm.save(
      ctx.tm.create(Signature, { contractId: contract.id, amendmentId: null, party: SignatoryParty.DEPARTMENT, departmentCode, status: SignatureStatus.INVITED, signedOn: null, signedBy: null, reason: null }),
    );
    await auditCreate(ctx, "Signature", invitation, auditScope(contract));
  }
  return changeStatus(ctx, contract, ContractStatus.PROPOSED, input.comment ?? null);
}

/** PROPOSED → NEGOTIATION: the management dialogue starts; the organisation may fill in. */
export async function startNegotiation(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await contractToChange(ctx, input);
  if (contract.status !== ContractStatus.PROPOSED) outOfOrder(contract, "go to negotiation", ctx.today());
  contract.organisationCanEdit = true;
  return changeStatus(ctx, contract, ContractStatus.NEGOTIATION, input.comment ?? null);
}

/** ACTIVE → CLOSED: after the end date, once the final evaluation is there. */
export async function closeContract(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await contractToChange(ctx, input);
  if (!isSigned(contract.status) || contract.status === ContractStatus.CLOSED) outOfOrder(contract, "be closed", ctx.today());
  if (ctx.today() <= contract.endDate) throw ruleViolation("NOT_ENDED", `Contract ${contract.id} runs until ${contract.endDate}: it is closed after its end`, { field: "contractId" });
  const problems = await contentOf(contract.kind).closureProblems(ctx.tm, contract);
  if (problems.length) throw incomplete(problems, "closed");
  return changeStatus(ctx, contract, ContractStatus.CLOSED, input.comment ?? null);
}

function incomplete(problems: Problem[], what: string) {
  return ruleViolation("CONTRACT_INCOMPLETE", `The contract cannot be ${what} yet: ${problems.map((p) => p.message).join("; ")}`, { violations: problems });
}

/** Which party the user signs for, from their role and scope. */
function partyOf(ctx: RequestContext, contract: Contract, departmentCode: string | null | undefined): { party: SignatoryParty; departmentCode: string | null } {
  const user = currentUser(ctx);
  if (user.role === Role.DEPARTMENT_USER) {
    if (departmentCode && departmentCode !== user.departmentCode) throw forbidden(`You sign for department ${user.departmentCode}, not ${departmentCode}`, { field: "departmentCode" });
    return { party: SignatoryParty.DEPARTMENT, departmentCode: user.departmentCode };
  }
  if (departmentCode) throw badInput("departmentCode", "Only a department's user signs for a department");
  if (canManageContract(user, contract)) return { party: SignatoryParty.AGENCY, departmentCode: null };
  if (user.role === Role.ORGANISATION_USER && user.organisationId === contract.organisationId) return { party: SignatoryParty.ORGANISATION, departmentCode: null };
  throw forbidden(`You do not sign contract ${contract.id}`);
}

export const versionSnapshot = async (ctx: RequestContext, contract: Contract, number: number, amendmentId: number | null, date: string) => {
  const content = await contentOf(contract.kind).snapshot(ctx.tm, contract);
  await ctx.tm.insert(ContractVersion, { contractId: contract.id, number, amendmentId, date, content: content as never });
};

/**
 * A party signs: the agency and the organisation during negotiation (both signatures make
 * the contract SIGNED, once it is complete); a department concerned at any time before the
 * contract closes (after the signature, its joining is an actualisation).
 */
export async function signContract(ctx: RequestContext, input: SignContractInput): Promise<Contract> {
  const em = ctx.tm;
  const contract = await requireContract(ctx, input.contractId, "contractId");
  const { party, departmentCode } = partyOf(ctx, contract, input.departmentCode);
  if (contract.status === ContractStatus.CLOSED) outOfOrder(contract, "be signed", ctx.today());
  if (input.signedOn > ctx.today()) throw badInput("signedOn", `A signature is dated today or before, got ${input.signedOn}`);
  const existing = await em.findOneBy(Signature, { contractId: contract.id, amendmentId: IsNull(), party, ...(departmentCode ? { departmentCode } : {}) });
  if (existing?.status === SignatureStatus.SIGNED) throw ruleViolation("ALREADY_SIGNED", `The ${party.toLowerCase()}${departmentCode ? ` ${departmentCode}` : ""} already signed contract ${contract.id} on ${existing.signedOn}`);

  if (party === SignatoryParty.DEPARTMENT) {
    if (!(await concernedDepartments(em, contract)).includes(departmentCode!)) {
      throw ruleViolation("DEPARTMENT_NOT_CONCERNED", `Department ${departmentCode} has no establishment covered by contract ${contract.id}`, { field: "contractId" });
    }
    if (contract.status === ContractStatus.DRAFT) outOfOrder(contract, "be signed by a department", ctx.today());
  } else if (contract.status !== ContractStatus.NEGOTIATION) {
    outOfOrder(contract, "be signed", ctx.today());
  } else {
    const problems = await contentOf(contract.kind).signatureProblems(em, contract);
    if (problems.length) throw incomplete(problems, "signed");
  }

  const signature = existing ?? em.create(Signature, { contractId: contract.id, amendmentId: null, party, departmentCode, reason: null });
  const before = existing ? snapshot(existing) : null;
  Object.assign(signature, { status: SignatureStatus.SIGNED, signedOn: input.signedOn, signedBy: ctx.actorName() });
  const saved = await em.save(signature);
  if (before) await auditUpdate(ctx, "Signature", before, saved, auditScope(contract));
  else await auditCreate(ctx, "Signature", saved, auditScope(contract));

  if (party === SignatoryParty.DEPARTMENT && isSigned(contract.status)) {
    await recordActualisation(ctx, contract, departmentCode!, input.signedOn);
    return contract;
  }
  if (party !== SignatoryParty.DEPARTMENT) {
    const other = party === SignatoryParty.AGENCY ? SignatoryParty.ORGANISATION : SignatoryParty.AGENCY;
    const counterpart = await em.findOneBy(Signature, { contractId: contract.id, amendmentId: IsNull(), party: other, status: SignatureStatus.SIGNED });
    if (counterpart) {
      contract.signedOn = input.signedOn > counterpart.signedOn! ? input.signedOn : counterpart.signedOn;
      const signed = await changeStatus(ctx, contract, ContractStatus.SIGNED, null);
      await versionSnapshot(ctx, signed, 0, null, signed.signedOn!);
      return signed;
    }
  }
  return contract;
}

/** A department that joins a signed contract: an actualisation, recording the department and what it expects of the plan. */
async function recordActualisation(ctx: RequestContext, contract: Contract, departmentCode: string, date: string): Promise<void> {
  const em = ctx.tm;
  const expectations = await em.find(DepartmentExpectation, { where: { departmentCode }, order: { code: "ASC" } });
  const number = (await em.countBy(Amendment, { contractId: contract.id })) + 1;
  const wording = expectations.length ? ` Its expectations: ${expectations.map((e) => e.description).join("; ")}.` : "";
  const amendment = await em.save(
    em.create(Amendment, {
      contractId: contract.id,
      number,
      kind: AmendmentKind.ACTUALISATION,
      description: `Department ${departmentCode} joins the contract.${wording}`,
      status: AmendmentStatus.SIGNED,
      openedOn: date,
      signedOn: date,
      departmentCode,
    }),
  );
  await auditCreate(ctx, "Amendment", amendment, auditScope(contract));
  await versionSnapshot(ctx, contract, number, amendment.id, date);
}

/** A department concerned declines to co-sign (it may still join later). */
export async function declineSignature(ctx: RequestContext, input: DeclineSignatureInput): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  const user = currentUser(ctx);
  if (user.role !== Role.DEPARTMENT_USER) throw forbidden("Only a department concerned declines to co-sign");
  const signature = await ctx.tm.findOneBy(Signature, { contractId: contract.id, amendmentId: IsNull(), party: SignatoryParty.DEPARTMENT, departmentCode: user.departmentCode! });
  if (!signature) throw ruleViolation("NOT_INVITED", `Department ${user.departmentCode} was not invited to co-sign contract ${contract.id}`, { field: "contractId" });
  if (signature.status === SignatureStatus.SIGNED) throw ruleViolation("ALREADY_SIGNED", `Department ${user.departmentCode} already signed contract ${contract.id}`);
  const before = snapshot(signature);
  signature.status = SignatureStatus.DECLINED;
  signature.reason = input.reason.trim();
  const saved = await ctx.tm.save(signature);
  await auditUpdate(ctx, "Signature", before, saved, auditScope(contract));
  return contract;
}

/**
 * Refuses a change to the content of a signed contract unless an amendment is open: the
 * one check every service that changes modules, themes, actions, objectives, targets or
 * financing calls first.
 */
export async function assertContentEditable(ctx: RequestContext, contract: Contract): Promise<void> {
  if (contract.status === ContractStatus.CLOSED) throw ruleViolation("CONTRACT_CLOSED", `Contract ${contract.id} is closed`);
  if (!isSigned(contract.status)) return;
  if (await ctx.em.existsBy(Amendment, { contractId: contract.id, status: AmendmentStatus.OPEN })) return;
  throw ruleViolation("AMENDMENT_REQUIRED", `Contract ${contract.id} is signed: its content changes only through an amendment (openAmendment)`);
}

/** The departments' expectations of the contract's plan that no action meets, with their department. */
export async function expectationGaps(em: EntityManager, contract: Contract): Promise<DepartmentExpectation[]> {
  const content = contentOf(contract.kind);
  if (!content.actionTexts) return [];
  const departments = await concernedDepartments(em, contract);
  if (!departments.length) return [];
  const expectations = await em.find(DepartmentExpectation, { where: { departmentCode: In(departments) }, order: { departmentCode: "ASC", code: "ASC" } });
  if (!expectations.length) return [];
  return unmetExpectations(expectations, await content.actionTexts(em, contract));
}
