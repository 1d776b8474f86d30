import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, conflict, ruleViolation } from "../core/errors";
import { parseId } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { addYears } from "../core/dates";
import { requireContractPart } from "../contracts/contract.access";
import { gate, Intent } from "../contracts/contract-life";
import type { Contract } from "../contracts/contract.entities";
import { auditScope } from "../contracts/contract.service";
import { withinPeriod } from "../contracts/period";
import { ContractReview, ReviewKind } from "../contracts/review.entities";
import { holdNextReview } from "../contracts/review.service";
import type { OpenEvaluationInput, ProposeEngagementInput, RecordDiagnosticInput, RecordRevisionInput, RecordSwotInput } from "./evaluation.inputs";
import { requireContract } from "../contracts/contract.access";
import { ContractKind } from "../contracts/contract.entities";
import { ContractEvaluation, DiagnosticAuthor, EngagementProposal, EngagementProposalKind } from "./evaluation.entities";
import { contentOf } from "./lifecycle";
import { msg } from "../core/i18n/message";

/** Evaluations are written during the contract and up to a year after its end (the final one prepares the next CPOM). */
const evaluationPeriod = (contract: Contract) => ({ startDate: contract.startDate, endDate: addYears(contract.endDate, 1) });

/**
 * Opens the mid-term or the final evaluation of a contract of either family (one of each);
 * a medico-social contract's final one is its bilan, which prepares the next contract.
 */
export async function openEvaluation(ctx: RequestContext, input: OpenEvaluationInput): Promise<ContractEvaluation> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.REPORT);
  if (await ctx.tm.findOneBy(ContractEvaluation, { contractId: contract.id, kind: input.kind })) {
    throw conflict(msg`Contract ${contract.id} already has its ${input.kind} evaluation: complete that one`, { field: "kind" });
  }
  const evaluation = await ctx.tm.save(ctx.tm.create(ContractEvaluation, { contractId: contract.id, kind: input.kind }));
  await auditCreate(ctx, "ContractEvaluation", evaluation, auditScope(contract));
  return evaluation;
}

async function evaluationToEdit(ctx: RequestContext, evaluationId: string, version: number, intent: Intent) {
  const { row: evaluation, contract } = await requireContractPart(ctx, ContractEvaluation, evaluationId, "evaluationId", msg`Evaluation`, (e) => e.contractId);
  await gate(ctx, contract, intent);
  assertVersion(evaluation, version, msg`The evaluation`);
  return { evaluation, contract, before: snapshot(evaluation) };
}

const DIAGNOSTIC_FIELDS = {
  [DiagnosticAuthor.STRUCTURE]: ["structureDiagnostic", "structureDiagnosticDate"],
  [DiagnosticAuthor.AGENCY]: ["agencyDiagnostic", "agencyDiagnosticDate"],
  [DiagnosticAuthor.SHARED]: ["sharedDiagnostic", "sharedDiagnosticDate"],
} as const;

/** A dated diagnostic: the structure writes its own; the agency writes its own and records the shared one. */
export async function recordDiagnostic(ctx: RequestContext, input: RecordDiagnosticInput): Promise<ContractEvaluation> {
  // The structure writes its own diagnostic; the agency its own and the shared one.
  const intent = input.author === DiagnosticAuthor.STRUCTURE ? Intent.REPORT : Intent.MANAGE;
  const { evaluation, contract, before } = await evaluationToEdit(ctx, input.evaluationId, input.version, intent);
  const period = evaluationPeriod(contract);
  if (!withinPeriod(period, input.date)) throw badInput("date", msg`A diagnostic is dated between ${period.startDate} and ${period.endDate}, got ${input.date}`);
  const [textField, dateField] = DIAGNOSTIC_FIELDS[input.author];
  evaluation[textField] = input.text.trim();
  evaluation[dateField] = input.date;
  const saved = await ctx.tm.save(evaluation);
  await auditUpdate(ctx, "ContractEvaluation", before, saved, auditScope(contract));
  return saved;
}

export async function recordSwot(ctx: RequestContext, input: RecordSwotInput): Promise<ContractEvaluation> {
  const { evaluation, contract, before } = await evaluationToEdit(ctx, input.evaluationId, input.version, Intent.REPORT);
  for (const key of ["strengths", "weaknesses", "opportunities", "threats"] as const) {
    if (input[key] !== undefined) evaluation[key] = input[key]?.trim() || null;
  }
  const saved = await ctx.tm.save(evaluation);
  await auditUpdate(ctx, "ContractEvaluation", before, saved, auditScope(contract));
  return saved;
}

/** A proposal for the next CPOM about an engagement of this contract, or a new one to add. */
export async function proposeEngagement(ctx: RequestContext, input: ProposeEngagementInput): Promise<EngagementProposal> {
  const { row: evaluation, contract } = await requireContractPart(ctx, ContractEvaluation, input.evaluationId, "evaluationId", msg`Evaluation`, (e) => e.contractId);
  await gate(ctx, contract, Intent.REPORT);
  let contractActionId: number | null = null;
  const engagementOf = contentOf(contract.kind).engagementOf;
  if (!engagementOf || input.proposal === EngagementProposalKind.ADD) {
    if (input.contractActionId != null) {
      throw badInput("contractActionId", engagementOf
          ? msg`A proposal to add an engagement is not about an existing one: leave contractActionId out`
          : msg`A medico-social contract's proposals name no engagement: the description says what`,
      );
    }
  } else {
    if (input.contractActionId == null) throw badInput("contractActionId", msg`A proposal of kind ${input.proposal} names the engagement (contractActionId)`);
    contractActionId = await engagementOf(ctx, contract, parseId(input.contractActionId, "contractActionId"), "contractActionId");
  }
  const proposal = await ctx.tm.save(
    ctx.tm.create(EngagementProposal, {
      evaluationId: evaluation.id,
      contractActionId,
      proposal: input.proposal,
      description: input.description.trim(),
      proposedAt: ctx.now(),
      proposedBy: ctx.actorName(),
    }),
  );
  await auditCreate(ctx, "EngagementProposal", proposal, auditScope(contract));
  return proposal;
}

/** Records the next of the contract's revisions (two over five years, on its calendar) as held, with what it decided. */
export async function recordRevision(ctx: RequestContext, input: RecordRevisionInput): Promise<ContractReview> {
  const contract = await requireContract(ctx, input.contractId, "contractId");
  if (contract.kind !== ContractKind.SANITARY) {
    throw ruleViolation("NOT_SANITARY", msg`Contract ${contract.id} is medico-social: it is revised by amendment, at any time (openAmendment)`, { field: "contractId" });
  }
  await gate(ctx, contract, Intent.MANAGE);
  if (!withinPeriod(contract, input.date)) throw badInput("date", msg`A revision takes place during the contract (${contract.startDate} to ${contract.endDate}), got ${input.date}`);
  const held = await holdNextReview(ctx, contract, ReviewKind.REVISION, input.date, input.description.trim());
  if (!held) throw ruleViolation("MAX_REVISIONS", msg`Contract ${contract.id} already had the revisions its calendar schedules`, { field: "contractId" });
  return held;
}
