import { In, IsNull, type EntityManager } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { ruleViolation } from "../core/errors";
import { assertVersion } from "../core/versioning";
import { requireContract } from "../contracts/contract.access";
import { gate, Intent, outOfOrder, registerAmendmentCheck, registerConcernedDepartments, SignatoryParty, transitionProblem } from "../contracts/contract-life";
import { Contract, ContractEstablishment, ContractKind, ContractStatus } from "../contracts/contract.entities";
import { isSigned } from "../contracts/contract-status";
import { auditScope } from "../contracts/contract.service";
import { Establishment } from "../organisations/organisation.entities";
import { Amendment, AmendmentKind, AmendmentStatus, ContractStatusChange, ContractVersion, DepartmentExpectation, Signature, SignatureStatus } from "./lifecycle.entities";
import { sign } from "./signing";
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

/** Moves a contract along the transitions table (contracts/contract-life.ts), keeping the change in its history. */
export async function moveTo(ctx: RequestContext, contract: Contract, to: ContractStatus, by: SignatoryParty | "SIGNATURES", comment: string | null): Promise<Contract> {
  const problem = transitionProblem(contract.status, to, by);
  if (problem) throw outOfOrder(problem);
  const before = snapshot(contract);
  const from = contract.status;
  contract.status = to;
  const saved = await ctx.tm.save(contract);
  await ctx.tm.insert(ContractStatusChange, { contractId: contract.id, fromStatus: from, toStatus: to, changedAt: ctx.now(), changedBy: ctx.actorName(), comment });
  await auditUpdate(ctx, "Contract", before, saved, auditScope(saved));
  return saved;
}

/** A status change the agency makes, on the contract as read (its version). */
async function agencyMoves(ctx: RequestContext, input: ContractTransitionInput, to: ContractStatus): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  assertVersion(contract, input.version, "The contract");
  return moveTo(ctx, contract, to, SignatoryParty.AGENCY, input.comment ?? null);
}

/** DRAFT → PROPOSED: the agency opens its proposal to the organisation and invites the departments concerned to co-sign. */
export async function proposeContract(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await agencyMoves(ctx, input, ContractStatus.PROPOSED);
  for (const departmentCode of await concernedDepartments(ctx.tm, contract)) {
    const invitation = await ctx.tm.save(
      ctx.tm.create(Signature, { contractId: contract.id, amendmentId: null, party: SignatoryParty.DEPARTMENT, departmentCode, status: SignatureStatus.INVITED, signedOn: null, signedBy: null, reason: null }),
    );
    await auditCreate(ctx, "Signature", invitation, auditScope(contract));
  }
  return contract;
}

/** PROPOSED → NEGOTIATION: the management dialogue starts; the organisation may fill in. */
export async function startNegotiation(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await agencyMoves(ctx, input, ContractStatus.NEGOTIATION);
  const before = snapshot(contract);
  contract.organisationCanEdit = true;
  const saved = await ctx.tm.save(contract);
  await auditUpdate(ctx, "Contract", before, saved, auditScope(saved));
  return saved;
}

/** SIGNED (ACTIVE) → CLOSED: after the end date, once the final evaluation is there; it can then only be read. */
export async function closeContract(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  assertVersion(contract, input.version, "The contract");
  if (ctx.today() <= contract.endDate) throw ruleViolation("NOT_ENDED", `Contract ${contract.id} runs until ${contract.endDate}: it is closed after its end`, { field: "contractId" });
  const problems = await contentOf(contract.kind).closureProblems(ctx.tm, contract);
  if (problems.length) throw incomplete(problems, "closed");
  return moveTo(ctx, contract, ContractStatus.CLOSED, SignatoryParty.AGENCY, input.comment ?? null);
}

function incomplete(problems: Problem[], what: string) {
  return ruleViolation("CONTRACT_INCOMPLETE", `The contract cannot be ${what} yet: ${problems.map((p) => p.message).join("; ")}`, { violations: problems });
}

/** What a version holds: the contract's term (an extension moves its end), then what its kind says its content is. */
export async function contractContent(em: EntityManager, contract: Contract): Promise<Record<string, unknown>> {
  return { term: { startDate: contract.startDate, endDate: contract.endDate }, ...(await contentOf(contract.kind).snapshot(em, contract)) };
}

export const versionSnapshot = async (ctx: RequestContext, contract: Contract, number: number, amendmentId: number | null, date: string) => {
  const content = await contractContent(ctx.tm, contract);
  await ctx.tm.insert(ContractVersion, { contractId: contract.id, number, amendmentId, date, content: content as never });
};

/**
 * A party signs the contract (the one signing path, signing.ts): the agency and the
 * organisation during negotiation, once it is complete (both signatures make it SIGNED and
 * keep its version 0); a department concerned from its invitation until the contract
 * closes (after the signature, its joining is an actualisation).
 */
export async function signContract(ctx: RequestContext, input: SignContractInput): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  // The agency and the organisation sign a complete contract only (every gap is listed).
  const complete = async (party: SignatoryParty) => {
    if (party === SignatoryParty.DEPARTMENT) return;
    const problems = await contentOf(contract.kind).signatureProblems(ctx.tm, contract);
    if (problems.length) throw incomplete(problems, "signed");
  };
  const signed = await sign(ctx, { contract, amendment: null }, input.signedOn, input.departmentCode, complete);
  if (signed.party === SignatoryParty.DEPARTMENT && isSigned(contract.status)) {
    await recordActualisation(ctx, contract, signed.departmentCode!, input.signedOn);
    return contract;
  }
  if (!signed.inForce) return contract;
  contract.signedOn = signed.inForceOn;
  const inForce = await moveTo(ctx, contract, ContractStatus.SIGNED, "SIGNATURES", null);
  await versionSnapshot(ctx, inForce, 0, null, inForce.signedOn!);
  return inForce;
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
  const { party, departmentCode } = await gate(ctx, contract, Intent.SIGN);
  if (party !== SignatoryParty.DEPARTMENT) throw forbidden("Only a department concerned declines to co-sign");
  const signature = await ctx.tm.findOneBy(Signature, { contractId: contract.id, amendmentId: IsNull(), party: SignatoryParty.DEPARTMENT, departmentCode: departmentCode! });
  if (!signature) throw ruleViolation("NOT_INVITED", `Department ${departmentCode} was not invited to co-sign contract ${contract.id}`, { field: "contractId" });
  if (signature.status === SignatureStatus.SIGNED) throw ruleViolation("ALREADY_SIGNED", `Department ${departmentCode} already signed contract ${contract.id}`);
  const before = snapshot(signature);
  signature.status = SignatureStatus.DECLINED;
  signature.reason = input.reason.trim();
  const saved = await ctx.tm.save(signature);
  await auditUpdate(ctx, "Signature", before, saved, auditScope(contract));
  return contract;
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

// What the contract's life (contracts/contract-life.ts) asks of this area: amendments and concerned departments.
registerAmendmentCheck((ctx, contract) => ctx.em.existsBy(Amendment, { contractId: contract.id, status: AmendmentStatus.OPEN }));
registerConcernedDepartments((ctx, contract) => concernedDepartments(ctx.em, contract));
