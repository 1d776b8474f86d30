import { forbidden } from "../core/auth/auth-checker";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditDelete, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, notFound, ruleViolation } from "../core/errors";
import { assertCanManageContract, canManageContract, requireContract, requireContractPart } from "../contracts/contract.access";
import { Contract, ContractStatus } from "../contracts/contract.entities";
import { isSigned } from "../contracts/contract-status";
import { auditScope } from "../contracts/contract.service";
import { Department } from "../territory/territory.entities";
import { Amendment, AmendmentKind, AmendmentStatus, ContractVersion, DepartmentExpectation, SignatoryParty, Signature, SignatureStatus } from "./lifecycle.entities";
import type { OpenAmendmentInput, SetDepartmentExpectationsInput, SignAmendmentInput } from "./lifecycle.inputs";
import { contentOf, diffContent, type ContentChange } from "./lifecycle";
import { versionSnapshot } from "./lifecycle.service";

/** The agency opens an amendment to a signed contract: until it is signed, the contract's content may change. */
export async function openAmendment(ctx: RequestContext, input: OpenAmendmentInput): Promise<Amendment> {
  const em = ctx.tm;
  const contract = await requireContract(ctx, input.contractId, "contractId");
  assertCanManageContract(ctx, contract);
  if (!isSigned(contract.status) || contract.status === ContractStatus.CLOSED) {
    throw ruleViolation("TRANSITION_OUT_OF_ORDER", `Contract ${contract.id} is ${contract.status}: only a signed, open contract is amended (before signature, change it directly)`, { field: "contractId" });
  }
  const open = await em.findOneBy(Amendment, { contractId: contract.id, status: AmendmentStatus.OPEN });
  if (open) throw ruleViolation("AMENDMENT_ALREADY_OPEN", `Amendment ${open.number} of contract ${contract.id} is still open: sign it first`, { field: "contractId" });
  const number = (await em.countBy(Amendment, { contractId: contract.id })) + 1;
  const amendment = await em.save(
    em.create(Amendment, { contractId: contract.id, number, kind: AmendmentKind.AMENDMENT, description: input.description.trim(), status: AmendmentStatus.OPEN, openedOn: ctx.today(), signedOn: null, departmentCode: null }),
  );
  await auditCreate(ctx, "Amendment", amendment, auditScope(contract));
  return amendment;
}

/** The agency and the organisation sign an amendment; with both signatures it is in force and the contract's new version is kept. */
export async function signAmendment(ctx: RequestContext, input: SignAmendmentInput): Promise<Amendment> {
  const em = ctx.tm;
  const { row: amendment, contract } = await requireContractPart(ctx, Amendment, input.amendmentId, "amendmentId", "Amendment", (a) => a.contractId);
  const user = currentUser(ctx);
  let party: SignatoryParty;
  if (canManageContract(user, contract)) party = SignatoryParty.AGENCY;
  else if (user.role === Role.ORGANISATION_USER && user.organisationId === contract.organisationId) party = SignatoryParty.ORGANISATION;
  else throw forbidden(`You do not sign the amendments of contract ${contract.id}`);
  if (amendment.status !== AmendmentStatus.OPEN) throw ruleViolation("ALREADY_SIGNED", `Amendment ${amendment.number} is already signed`);
  if (input.signedOn > ctx.today() || input.signedOn < amendment.openedOn) throw badInput("signedOn", `An amendment is signed between its opening (${amendment.openedOn}) and today, got ${input.signedOn}`);
  if (await em.existsBy(Signature, { amendmentId: amendment.id, party })) throw ruleViolation("ALREADY_SIGNED", `The ${party.toLowerCase()} already signed amendment ${amendment.number}`);
  const signature = await em.save(
    em.create(Signature, { contractId: contract.id, amendmentId: amendment.id, party, departmentCode: null, status: SignatureStatus.SIGNED, signedOn: input.signedOn, signedBy: ctx.actorName(), reason: null }),
  );
  await auditCreate(ctx, "Signature", signature, auditScope(contract));
  const signatures = await em.findBy(Signature, { amendmentId: amendment.id, status: SignatureStatus.SIGNED });
  if (signatures.length < 2) return amendment;
  const before = snapshot(amendment);
  amendment.status = AmendmentStatus.SIGNED;
  amendment.signedOn = signatures.map((s) => s.signedOn!).sort().at(-1)!;
  const saved = await em.save(amendment);
  await auditUpdate(ctx, "Amendment", before, saved, auditScope(contract));
  await versionSnapshot(ctx, contract, amendment.number, amendment.id, amendment.signedOn);
  return saved;
}

/** The content of a contract at a version (0: at signature; N: after amendment N; null: as it is now). */
export async function contentAt(ctx: RequestContext, contractId: number, number: number | null, field: string): Promise<Record<string, unknown>> {
  const contract = await requireContract(ctx, contractId, "contractId");
  if (number === null) return contentOf(contract.kind).snapshot(ctx.em, contract);
  const version = await ctx.em.findOneBy(ContractVersion, { contractId, number });
  if (!version) throw notFound(`Version ${number} of contract`, contractId, field);
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
  if (!department) throw notFound("Department", input.departmentCode, "departmentCode");
  const user = currentUser(ctx);
  const allowed = (user.role === Role.DEPARTMENT_USER && user.departmentCode === department.code) || (AGENCY_ROLES.includes(user.role) && user.regionCode === department.regionCode);
  if (!allowed) throw forbidden(`Only department ${department.code} or the agency of its region sets its expectations`);
  const codes = input.expectations.map((e) => e.code.trim());
  codes.forEach((code, i) => {
    if (codes.indexOf(code) !== i) throw badInput(`expectations.${i}.code`, `Expectation ${code} is given twice`);
  });
  input.expectations.forEach((e, i) => {
    if (!e.themeCodes.length && !e.keywords.filter((k) => k.trim()).length) throw badInput(`expectations.${i}`, "An expectation says which themes or words meet it");
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
export function contractSignatures(contract: Contract, rows: Signature[], departments: string[]): Signature[] {
  const placeholder = (party: SignatoryParty, departmentCode: string | null) =>
    Object.assign(new Signature(), { id: 0, createdAt: null, updatedAt: null, version: 0, contractId: contract.id, amendmentId: null, party, departmentCode, status: SignatureStatus.NOT_SIGNED, signedOn: null, signedBy: null, reason: null });
  const find = (party: SignatoryParty, departmentCode: string | null = null) => rows.find((r) => r.party === party && r.departmentCode === departmentCode) ?? placeholder(party, departmentCode);
  return [find(SignatoryParty.AGENCY), find(SignatoryParty.ORGANISATION), ...departments.map((code) => find(SignatoryParty.DEPARTMENT, code))];
}
