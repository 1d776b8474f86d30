import { In, IsNull, type EntityManager } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { ruleViolation } from "../core/errors";
import { assertVersion } from "../core/versioning";
import { requireContract } from "../contracts/contract.access";
import {
  ContractPart,
  gate,
  Intent,
  type Mover,
  outOfOrder,
  KIND_NAME,
  PART_NAME,
  PARTS,
  partyOf,
  registerAmendmentCheck,
  registerConcernedDepartments,
  registerPartsInForce,
  SignatoryParty,
  transitionProblem,
} from "../contracts/contract-life";
import { Contract, ContractEstablishment, ContractKind, ContractStatus } from "../contracts/contract.entities";
import { isSigned } from "../contracts/contract-status";
import { auditScope } from "../contracts/contract.service";
import { Establishment } from "../organisations/organisation.entities";
import { ContractReview, ReviewKind } from "../contracts/review.entities";
import { addMonths, addYears } from "../core/dates";
import { badInput } from "../core/errors";
import { Amendment, AmendmentKind, AmendmentStatus, ContractStatusChange, ContractVersion, DepartmentExpectation, Signature, SignatureStatus } from "./lifecycle.entities";
import { partsInForce, sign } from "./signing";
import type { ContractTransitionInput, DeclineSignatureInput, ImposeContractBaseInput, SignContractInput } from "./lifecycle.inputs";
import { contentOf, type Problem } from "./lifecycle";
import { CONTRACT_LANGUAGE } from "../core/i18n";
import { joinMessages, msg, sentence, Worded, type Message } from "../core/i18n/message";

/** The departments whose council co-signs a medico-social contract: those of its covered establishments. */
export async function concernedDepartments(em: EntityManager, contract: Contract): Promise<string[]> {
  if (contract.kind !== ContractKind.MEDICO_SOCIAL) return [];
  const links = await em.findBy(ContractEstablishment, { contractId: contract.id });
  if (!links.length) return [];
  const establishments = await em.find(Establishment, { select: { id: true, departmentCode: true }, where: { id: In(links.map((l) => l.establishmentId)) } });
  return [...new Set(establishments.map((e) => e.departmentCode))].sort();
}

/** Moves a contract along the transitions table (contracts/contract-life.ts), keeping the change in its history. */
export async function moveTo(ctx: RequestContext, contract: Contract, to: ContractStatus, by: Mover, comment: string | null): Promise<Contract> {
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
  assertVersion(contract, input.version, msg`The contract`);
  return moveTo(ctx, contract, to, SignatoryParty.AGENCY, input.comment ?? null);
}

/** DRAFT → PROPOSED: the agency opens its proposal to the organisation and invites the departments concerned to co-sign. */
export async function proposeContract(ctx: RequestContext, input: ContractTransitionInput): Promise<Contract> {
  const contract = await agencyMoves(ctx, input, ContractStatus.PROPOSED);
  for (const departmentCode of await concernedDepartments(ctx.tm, contract)) {
    const invitation = await ctx.tm.save(
      ctx.tm.create(Signature, { contractId: contract.id, amendmentId: null, part: ContractPart.BASE, party: SignatoryParty.DEPARTMENT, departmentCode, status: SignatureStatus.INVITED, signedOn: null, signedBy: null, reason: null }),
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
  assertVersion(contract, input.version, msg`The contract`);
  if (ctx.today() <= contract.endDate) throw ruleViolation("NOT_ENDED", msg`Contract ${contract.id} runs until ${contract.endDate}: it is closed after its end`, { field: "contractId" });
  const problems = await contentOf(contract.kind).closureProblems(ctx.tm, contract);
  if (problems.length) throw incomplete(problems, msg`closed`);
  return moveTo(ctx, contract, ContractStatus.CLOSED, SignatoryParty.AGENCY, input.comment ?? null);
}

function incomplete(problems: Problem[], what: Message) {
  return ruleViolation("CONTRACT_INCOMPLETE", msg`The contract cannot be ${what} yet: ${joinMessages(problems.map((p) => p.message))}`, { violations: problems });
}

/** When each part of a contract is in force (the base, and a sanitary contract's annexes). */
export async function contractParts(em: EntityManager, contract: Contract): Promise<Map<ContractPart, string | null>> {
  return partsInForce(contract, await em.findBy(Signature, { contractId: contract.id, amendmentId: IsNull() }));
}

/**
 * What a version holds: the contract's term (an extension moves its end), when each of its
 * parts came into force (and a base imposed by decision), then what its kind says its content is.
 */
export async function contractContent(em: EntityManager, contract: Contract): Promise<Record<string, unknown>> {
  const parts = await contractParts(em, contract);
  return {
    term: { startDate: contract.startDate, endDate: contract.endDate },
    parts: Object.fromEntries(parts),
    ...(contract.baseDecisionOn ? { baseDecision: { date: contract.baseDecisionOn, reference: contract.baseDecisionReference } } : {}),
    ...(await contentOf(contract.kind).snapshot(em, contract)),
  };
}

/** Keeps the contract's content as a new version, numbered after the last one (0 for the first). */
export const versionSnapshot = async (ctx: RequestContext, contract: Contract, amendmentId: number | null, date: string, part: ContractPart | null = null): Promise<number> => {
  const last = await ctx.tm.findOne(ContractVersion, { where: { contractId: contract.id }, order: { number: "DESC" } });
  const number = last ? last.number + 1 : 0;
  const content = await contractContent(ctx.tm, contract);
  await ctx.tm.insert(ContractVersion, { contractId: contract.id, number, amendmentId, part, date, content: content as never });
  return number;
};

/**
 * The base is in force (signed by both, or imposed): the contract is SIGNED and its version 0
 * kept; each annex not in force yet goes on the calendar, due three months later, as the 2019
 * campaign gave its annexes until August for bases signed in spring (ARS FAQ on the 2019-2023
 * CPOM); the agency may move the date.
 */
async function baseInForce(ctx: RequestContext, contract: Contract, on: string, by: Mover, comment: string | null): Promise<Contract> {
  contract.signedOn = on;
  const inForce = await moveTo(ctx, contract, ContractStatus.SIGNED, by, comment);
  await versionSnapshot(ctx, inForce, null, on);
  const parts = await contractParts(ctx.tm, inForce);
  for (const [index, part] of PARTS[inForce.kind].entries()) {
    if (part === ContractPart.BASE || parts.get(part)) continue;
    const review = await ctx.tm.save(
      ctx.tm.create(ContractReview, { contractId: inForce.id, kind: ReviewKind.ANNEX_SIGNATURE, number: index, scheduledOn: addMonths(on, 3), heldOn: null, description: null, recordedBy: null }),
    );
    await auditCreate(ctx, "ContractReview", review, auditScope(inForce));
  }
  return inForce;
}

/** An annex signed after the base came into force: a version of its own, and its date on the calendar held. */
async function annexInForce(ctx: RequestContext, contract: Contract, part: ContractPart, on: string): Promise<void> {
  await versionSnapshot(ctx, contract, null, on, part);
  const number = PARTS[contract.kind].indexOf(part);
  const review = await ctx.tm.findOneBy(ContractReview, { contractId: contract.id, kind: ReviewKind.ANNEX_SIGNATURE, number, heldOn: IsNull() });
  if (!review) return;
  const before = snapshot(review);
  // Stored with the contract, which is kept and printed in French (the exports): worded once, in French.
  Object.assign(review, { heldOn: on, description: sentence(msg`${PART_NAME[part]} is in force`).in(CONTRACT_LANGUAGE), recordedBy: ctx.actorName() });
  await auditUpdate(ctx, "ContractReview", before, await ctx.tm.save(review), auditScope(contract));
}

/**
 * A party signs the contract (the one signing path, signing.ts), part by part: the agency and
 * the organisation sign the base during negotiation (both signatures make the contract SIGNED
 * and keep its version 0) and, for a sanitary contract, each annex with it or later, each in
 * force from its own date; a part is signed complete only (every gap of the parts signed is
 * listed). A department concerned signs the contract from its invitation until it closes
 * (after the signature, its joining is an actualisation).
 */
export async function signContract(ctx: RequestContext, input: SignContractInput): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  const rows = await ctx.tm.findBy(Signature, { contractId: contract.id, amendmentId: IsNull() });
  const before = partsInForce(contract, rows);
  const { party: acting } = await partyOf(ctx, contract);
  const parts = input.parts ?? defaultParts(contract, rows, acting);
  parts.forEach((part, i) => {
    if (!PARTS[contract.kind].includes(part)) throw badInput(`parts.${i}`, msg`A ${KIND_NAME[contract.kind]} contract is signed as ${PARTS[contract.kind].join(", ")}`);
    if (parts.indexOf(part) !== i) throw badInput(`parts.${i}`, msg`${part} is given twice`);
  });
  if (!parts.length) throw badInput("parts", msg`Say which parts you sign`);
  let checked = false;
  const complete = async (party: SignatoryParty) => {
    if (party === SignatoryParty.DEPARTMENT || checked) return;
    checked = true;
    const problems = [];
    for (const part of parts) problems.push(...(await contentOf(contract.kind).signatureProblems(ctx.tm, contract, part)));
    if (problems.length) throw incomplete(problems, msg`signed`);
  };
  let signed = null;
  for (const part of parts) signed = await sign(ctx, { contract, amendment: null, part }, input.signedOn, input.departmentCode, complete);
  if (signed!.party === SignatoryParty.DEPARTMENT) {
    if (isSigned(contract.status)) await recordActualisation(ctx, contract, signed!.departmentCode!, input.signedOn);
    return contract;
  }
  const after = await contractParts(ctx.tm, contract);
  if (!before.get(ContractPart.BASE) && after.get(ContractPart.BASE)) return baseInForce(ctx, contract, after.get(ContractPart.BASE)!, "SIGNATURES", null);
  for (const part of PARTS[contract.kind]) {
    if (part !== ContractPart.BASE && !before.get(part) && after.get(part)) await annexInForce(ctx, contract, part, after.get(part)!);
  }
  return contract;
}

/** What a party signs when it does not say: a department, the contract; the agency and the organisation, every part they have not signed yet. */
function defaultParts(contract: Contract, rows: Signature[], party: SignatoryParty | null): ContractPart[] {
  if (party !== SignatoryParty.AGENCY && party !== SignatoryParty.ORGANISATION) return [ContractPart.BASE];
  const unsigned = PARTS[contract.kind].filter((part) => !rows.some((r) => r.part === part && r.party === party && r.status === SignatureStatus.SIGNED));
  return unsigned.length ? unsigned : [ContractPart.BASE];
}

/**
 * The agency's director general fixes the base of a sanitary contract by decision (arrêté) when
 * the organisation has not signed it a year after the regional health plan's adoption (CSP
 * L6114-1; ARS FAQ on the 2019-2023 CPOM): the base is in force from the decision, without the
 * organisation's signature; the annexes are still signed by the parties.
 */
export async function imposeContractBase(ctx: RequestContext, input: ImposeContractBaseInput): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  assertVersion(contract, input.version, msg`The contract`);
  if (contract.kind !== ContractKind.SANITARY) throw ruleViolation("NOT_SANITARY", msg`Only the base of a sanitary contract is fixed by the agency's decision`, { field: "contractId" });
  const problem = transitionProblem(contract.status, ContractStatus.SIGNED, "DECISION");
  if (problem) throw outOfOrder(problem);
  if (input.decisionDate > ctx.today()) throw badInput("decisionDate", msg`A decision is dated today or before, got ${input.decisionDate}`);
  const earliest = addYears(input.regionalHealthPlanAdoptedOn, 1);
  if (input.decisionDate < earliest) {
    throw ruleViolation("DECISION_TOO_EARLY", msg`The base is fixed by decision only when the organisation has not signed a year after the regional health plan's adoption: from ${earliest}`, { field: "decisionDate" });
  }
  if (await ctx.tm.existsBy(Signature, { contractId: contract.id, amendmentId: IsNull(), part: ContractPart.BASE, party: SignatoryParty.ORGANISATION, status: SignatureStatus.SIGNED })) {
    throw ruleViolation("ORGANISATION_SIGNED", msg`The organisation has signed the base: the agency signs it too (signContract)`, { field: "contractId" });
  }
  contract.baseDecisionOn = input.decisionDate;
  contract.baseDecisionReference = input.decisionReference.trim();
  return baseInForce(ctx, contract, input.decisionDate, "DECISION", `Base fixed by decision ${contract.baseDecisionReference} of ${input.decisionDate}`);
}

/** A department that joins a signed contract: an actualisation, recording the department and what it expects of the plan. */
async function recordActualisation(ctx: RequestContext, contract: Contract, departmentCode: string, date: string): Promise<void> {
  const em = ctx.tm;
  const expectations = await em.find(DepartmentExpectation, { where: { departmentCode }, order: { code: "ASC" } });
  const number = (await em.countBy(Amendment, { contractId: contract.id })) + 1;
  const joins = msg`Department ${departmentCode} joins the contract.`;
  const wording = expectations.length ? msg`${joins} Its expectations: ${joinMessages(expectations.map((e) => new Worded(e.description)))}.` : joins;
  const amendment = await em.save(
    em.create(Amendment, {
      contractId: contract.id,
      number,
      kind: AmendmentKind.ACTUALISATION,
      // Stored with the contract and printed in its French documents: worded once, in French.
      description: wording.in(CONTRACT_LANGUAGE),
      status: AmendmentStatus.SIGNED,
      openedOn: date,
      signedOn: date,
      departmentCode,
    }),
  );
  await auditCreate(ctx, "Amendment", amendment, auditScope(contract));
  await versionSnapshot(ctx, contract, amendment.id, date);
}

/** A department concerned declines to co-sign (it may still join later). */
export async function declineSignature(ctx: RequestContext, input: DeclineSignatureInput): Promise<Contract> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  const { party, departmentCode } = await gate(ctx, contract, Intent.SIGN);
  if (party !== SignatoryParty.DEPARTMENT) throw forbidden(msg`Only a department concerned declines to co-sign`);
  const signature = await ctx.tm.findOneBy(Signature, { contractId: contract.id, amendmentId: IsNull(), part: ContractPart.BASE, party: SignatoryParty.DEPARTMENT, departmentCode: departmentCode! });
  if (!signature) throw ruleViolation("NOT_INVITED", msg`Department ${departmentCode} was not invited to co-sign contract ${contract.id}`, { field: "contractId" });
  if (signature.status === SignatureStatus.SIGNED) throw ruleViolation("ALREADY_SIGNED", msg`Department ${departmentCode} already signed contract ${contract.id}`);
  const before = snapshot(signature);
  signature.status = SignatureStatus.DECLINED;
  signature.reason = input.reason.trim();
  const saved = await ctx.tm.save(signature);
  await auditUpdate(ctx, "Signature", before, saved, auditScope(contract));
  return contract;
}

// What the contract's life (contracts/contract-life.ts) asks of this area: amendments, parts in force and concerned departments.
registerAmendmentCheck(async (ctx, contract, part) => {
  const open = await ctx.em.findOneBy(Amendment, { contractId: contract.id, status: AmendmentStatus.OPEN });
  if (!open) return { covers: false, otherwise: null };
  if (open.part === null || open.part === part) return { covers: true, otherwise: null };
  return { covers: false, otherwise: msg`Amendment ${open.number} revises ${PART_NAME[open.part]} only: ${PART_NAME[part]} changes under an amendment of its own` };
});
registerPartsInForce(async (ctx, contract) => {
  if (contract.status !== ContractStatus.SIGNED && contract.status !== ContractStatus.CLOSED) return new Set();
  const parts = await contractParts(ctx.em, contract);
  return new Set([...parts].filter(([, on]) => on !== null).map(([part]) => part));
});
registerConcernedDepartments((ctx, contract) => concernedDepartments(ctx.em, contract));
