import { forbidden } from "../core/auth/auth-checker";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditDelete, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, notFound, ruleViolation } from "../core/errors";
import { requireContract, requireContractPart } from "../contracts/contract.access";
import { ContractPart, gate, Intent, KIND_NAME, PARTS } from "../contracts/contract-life";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { ContractReview, renewalDeadline, ReviewKind } from "../contracts/review.entities";
import { holdNextReview } from "../contracts/review.service";
import { addDays, addYears } from "../core/dates";
import { isSigned } from "../contracts/contract-status";
import { auditScope } from "../contracts/contract.service";
import { Department } from "../territory/territory.entities";
import { Amendment, AmendmentKind, AmendmentStatus, ContractVersion, DepartmentExpectation, SignatoryParty, Signature, SignatureStatus } from "./lifecycle.entities";
import type { OpenAmendmentInput, SetDepartmentExpectationsInput, SignAmendmentInput } from "./lifecycle.inputs";
import { diffContent, type ContentChange } from "./lifecycle";
import { contractContent, contractParts, versionSnapshot } from "./lifecycle.service";
import { sign } from "./signing";
import { msg } from "../core/i18n/message";

/**
 * For an extension (prorogation): the new end date, after the current one and at most a year
 * later, once in the contract's life, for medico-social contracts (CASF L313-11: five years,
 * extendable once by a year at most; a sanitary CPOM lasts five years at most, CSP L6114-1).
 */
async function extensionEnd(ctx: RequestContext, contract: Contract, input: OpenAmendmentInput): Promise<string | null> {
  if (input.kind === AmendmentKind.ACTUALISATION) throw badInput("kind", msg`An actualisation is made by a department's signature, not opened`);
  if (input.kind !== AmendmentKind.EXTENSION) {
    if (input.newEndDate != null) throw badInput("newEndDate", msg`Only an extension gives a new end date`);
    return null;
  }
  if (contract.kind !== ContractKind.MEDICO_SOCIAL) throw ruleViolation("EXTENSION_NOT_ALLOWED", msg`A sanitary CPOM lasts five years at most: it is renewed, not extended`, { field: "kind" });
  if (await ctx.tm.existsBy(Amendment, { contractId: contract.id, kind: AmendmentKind.EXTENSION })) {
    throw ruleViolation("EXTENSION_ONCE", msg`The contract has already been extended once: a new contract is negotiated`, { field: "kind" });
  }
  if (!input.newEndDate) throw badInput("newEndDate", msg`An extension gives the new end date`);
  const latest = addYears(contract.endDate, 1);
  if (input.newEndDate <= contract.endDate || input.newEndDate > latest) {
    throw badInput("newEndDate", msg`An extension moves the end date (${contract.endDate}) by a year at most: between ${addDays(contract.endDate, 1)} and ${latest}`);
  }
  return input.newEndDate;
}

/** What an extension does once in force: the contract ends later; its extension request is done, and the next renewal is due six months before the new end. */
async function applyExtension(ctx: RequestContext, contract: Contract, amendment: Amendment): Promise<void> {
  const before = snapshot(contract);
  contract.endDate = amendment.newEndDate!;
  await ctx.tm.save(contract);
  await auditUpdate(ctx, "Contract", before, contract, auditScope(contract));
  await holdNextReview(ctx, contract, ReviewKind.RENEWAL, amendment.openedOn, `Extension: ${amendment.description}`);
  const next = (await ctx.tm.countBy(ContractReview, { contractId: contract.id, kind: ReviewKind.RENEWAL })) + 1;
  const review = await ctx.tm.save(
    ctx.tm.create(ContractReview, { contractId: contract.id, kind: ReviewKind.RENEWAL, number: next, scheduledOn: renewalDeadline(contract.kind, contract.endDate), heldOn: null, description: null, recordedBy: null }),
  );
  await auditCreate(ctx, "ContractReview", review, auditScope(contract));
}

/** The part an amendment revises: the one asked for, the financing annex for a financing amendment, or any (null). */
async function revisedPart(ctx: RequestContext, contract: Contract, input: OpenAmendmentInput): Promise<ContractPart | null> {
  if (input.part != null && !PARTS[contract.kind].includes(input.part)) throw badInput("part", msg`A ${KIND_NAME[contract.kind]} contract's parts are ${PARTS[contract.kind].join(", ")}`);
  if (input.kind !== AmendmentKind.FINANCING) return input.part ?? null;
  if (contract.kind !== ContractKind.SANITARY) throw ruleViolation("NOT_SANITARY", msg`Only a sanitary contract has a financing annex`, { field: "kind" });
  if (input.part != null && input.part !== ContractPart.FINANCING) throw badInput("part", msg`A financing amendment revises the financing annex`);
  const parts = await contractParts(ctx.tm, contract);
  if (!parts.get(ContractPart.FINANCING)) throw ruleViolation("ANNEX_NOT_IN_FORCE", msg`The financing annex is not signed yet: it is changed directly until it is`, { field: "kind" });
  return ContractPart.FINANCING;
}

/** The agency opens an amendment to a signed contract: until it is signed, the contract's content (or the part it revises) may change. */
export async function openAmendment(ctx: RequestContext, input: OpenAmendmentInput): Promise<Amendment> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  return openAmendmentOf(ctx, contract, input);
}

/** Opens an amendment of a contract already loaded (the financing amendment opens one this way). */
export async function openAmendmentOf(ctx: RequestContext, contract: Contract, input: OpenAmendmentInput): Promise<Amendment> {
  const em = ctx.tm;
  await gate(ctx, contract, Intent.MANAGE);
  if (!isSigned(contract.status)) {
    throw ruleViolation("TRANSITION_OUT_OF_ORDER", msg`Contract ${contract.id} is ${contract.status}: only a signed, open contract is amended (before signature, change it directly)`, { field: "contractId" });
  }
  const open = await em.findOneBy(Amendment, { contractId: contract.id, status: AmendmentStatus.OPEN });
  if (open) throw ruleViolation("AMENDMENT_ALREADY_OPEN", msg`Amendment ${open.number} of contract ${contract.id} is still open: sign it first`, { field: "contractId" });
  const newEndDate = await extensionEnd(ctx, contract, input);
  const part = await revisedPart(ctx, contract, input);
  const number = (await em.countBy(Amendment, { contractId: contract.id })) + 1;
  const amendment = await em.save(
    em.create(Amendment, {
      contractId: contract.id,
      number,
      kind: input.kind,
      description: input.description.trim(),
      status: AmendmentStatus.OPEN,
      openedOn: ctx.today(),
      signedOn: null,
      departmentCode: null,
      newEndDate,
      part,
    }),
  );
  await auditCreate(ctx, "Amendment", amendment, auditScope(contract));
  return amendment;
}

/** The agency and the organisation sign an amendment (the one signing path, signing.ts); with both signatures it is in force and the contract's new version is kept. */
export async function signAmendment(ctx: RequestContext, input: SignAmendmentInput): Promise<Amendment> {
  const em = ctx.tm;
  const { row: amendment, contract } = await requireContractPart(ctx, Amendment, input.amendmentId, "amendmentId", msg`Amendment`, (a) => a.contractId);
  if (amendment.status !== AmendmentStatus.OPEN) throw ruleViolation("ALREADY_SIGNED", msg`Amendment ${amendment.number} is already signed`);
  const signed = await sign(ctx, { contract, amendment, part: ContractPart.BASE }, input.signedOn, null);
  if (!signed.inForce) return amendment;
  const before = snapshot(amendment);
  amendment.status = AmendmentStatus.SIGNED;
  amendment.signedOn = signed.inForceOn;
  const saved = await em.save(amendment);
  await auditUpdate(ctx, "Amendment", before, saved, auditScope(contract));
  if (amendment.kind === AmendmentKind.EXTENSION) await applyExtension(ctx, contract, amendment);
  await versionSnapshot(ctx, contract, amendment.id, amendment.signedOn!);
  return saved;
}

/** The content of a contract at a version (0: at signature; N: after amendment N; null: as it is now). */
export async function contentAt(ctx: RequestContext, contractId: number, number: number | null, field: string): Promise<Record<string, unknown>> {
  const contract = await requireContract(ctx, contractId, "contractId");
  if (number === null) return contractContent(ctx.em, contract);
  const version = await ctx.em.findOneBy(ContractVersion, { contractId, number });
  if (!version) throw notFound(msg`Version ${number} of contract`, contractId, field);
  return version.content;
}

/** What changed between two versions (to: null compares with the contract as it is now). */
export async function diffVersions(ctx: RequestContext, contractId: number, from: number, to: number | null): Promise<ContentChange[]> {
  return diffContent(await contentAt(ctx, contractId, from, "from"), await contentAt(ctx, contractId, to, "to"));
}

/** A department's expectations, set by its own users or by the agency of its region (the complete list). */
export async function setDepartmentExpectations(ctx: RequestContext, input: SetDepartmentExpectationsInput): Promise<DepartmentExpectation[]> {
  const em = ctx.tm;
  const department = await em.findOneBy(Department, { code: input.departmentCode });
  if (!department) throw notFound(msg`Department`, input.departmentCode, "departmentCode");
  const user = currentUser(ctx);
  const allowed = (user.role === Role.DEPARTMENT_USER && user.departmentCode === department.code) || (AGENCY_ROLES.includes(user.role) && user.regionCode === department.regionCode);
  if (!allowed) throw forbidden(msg`Only department ${department.code} or the agency of its region sets its expectations`);
  const codes = input.expectations.map((e) => e.code.trim());
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) throw badInput(`expectations.${i}.code`, msg`Expectation ${code} is given twice`);
  });
  input.expectations.forEach((e, i) => {
    if (!e.themeCodes.length && !e.keywords.filter((k) => k.trim()).length) throw badInput(`expectations.${i}`, msg`An expectation says which themes or words meet it`);
  });
  const current = await em.findBy(DepartmentExpectation, { departmentCode: department.code });
  for (const old of current) {
    await auditDelete(ctx, "DepartmentExpectation", old);
    await em.delete(DepartmentExpectation, { id: old.id });
  }
  for (const e of input.expectations) {
    const saved = await em.save(
      em.create(DepartmentExpectation, { departmentCode: department.code, code: e.code.trim(), description: e.description.trim(), themeCodes: e.themeCodes, keywords: e.keywords.map((k) => k.trim()).filter(Boolean) }),
    );
    await auditCreate(ctx, "DepartmentExpectation", saved);
  }
  if (!current.length && !input.expectations.length) await auditUpdate(ctx, "DepartmentExpectation", {}, {});
  return em.find(DepartmentExpectation, { where: { departmentCode: department.code }, order: { code: "ASC" } });
}

/**
 * The signatures of a contract itself, from its signature rows: the agency's, the
 * organisation's, each concerned department's (NOT_SIGNED when there is no row yet).
 */
export function contractSignatures(contract: Contract, rows: Signature[], departments: string[], part: ContractPart = ContractPart.BASE): Signature[] {
  const placeholder = (party: SignatoryParty, departmentCode: string | null) =>
    Object.assign(new Signature(), { id: 0, createdAt: null, updatedAt: null, version: 0, contractId: contract.id, amendmentId: null, part, party, departmentCode, status: SignatureStatus.NOT_SIGNED, signedOn: null, signedBy: null, reason: null });
  const find = (party: SignatoryParty, departmentCode: string | null = null) =>
    rows.find((r) => r.part === part && r.party === party && r.departmentCode === departmentCode) ?? placeholder(party, departmentCode);
  // Departments co-sign the contract itself (its base), never a sanitary contract's annexes.
  return [find(SignatoryParty.AGENCY), find(SignatoryParty.ORGANISATION), ...(part === ContractPart.BASE ? departments.map((code) => find(SignatoryParty.DEPARTMENT, code)) : [])];
}
