import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, conflict, ruleViolation } from "../core/errors";
import { parseId } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { addYears } from "../core/dates";
import { assertCanFillContract, assertCanManageContract, requireContractPart } from "../contracts/contract.access";
import { Contract } from "../contracts/contract.entities";
import { auditScope } from "../contracts/contract.service";
import { withinPeriod } from "../contracts/period";
import { ContractReview, ReviewKind } from "../contracts/review.entities";
import { markReviewHeld } from "../contracts/review.service";
import type { OpenEvaluationInput, ProposeEngagementInput, RecordDiagnosticInput, RecordRevisionInput, RecordSwotInput } from "./evaluation.inputs";
import { requireAction, requireSanitaryContract } from "./lookups";
import { ContractEvaluation, ContractRevision, EngagementProposal } from "./plan.entities";
import { DiagnosticAuthor, EngagementProposalKind } from "./sanitary.enums";

/** Evaluations are written during the contract and up to a year after its end (the final one prepares the next CPOM). */
const evaluationPeriod = (contract: Contract) => ({ startDate: contract.startDate, endDate: addYears(contract.endDate, 1) });

/** Opens the mid-term or the final evaluation of a contract (one of each). */
export async function openEvaluation(ctx: RequestContext, input: OpenEvaluationInput): Promise<ContractEvaluation> {
  const contract = await requireSanitaryContract(ctx, input.contractId, "contractId");
  assertCanFillContract(ctx, contract);
  if (await ctx.tm.findOneBy(ContractEvaluation, { contractId: contract.id, kind: input.kind })) {
    throw conflict(`Contract ${contract.id} already has its ${input.kind} evaluation: complete that one`, { field: "kind" });
  }
  const evaluation = await ctx.tm.save(ctx.tm.create(ContractEvaluation, { contractId: contract.id, kind: input.kind }));
  await auditCreate(ctx, "ContractEvaluation", evaluation, auditScope(contract));
  return evaluation;
}

async function evaluationToEdit(ctx: RequestContext, evaluationId: string, version: number, access: (ctx: RequestContext, contract: Contract) => void) {
  const { row: evaluation, contract } = await requireContractPart(ctx, ContractEvaluation, evaluationId, "evaluationId", "Evaluation", (e) => e.contractId);
  access(ctx, contract);
  assertVersion(evaluation, version, "The evaluation");
  return { evaluation, contract, before: snapshot(evaluation) };
}

const DIAGNOSTIC_FIELDS = {
  [DiagnosticAuthor.STRUCTURE]: ["structureDiagnostic", "structureDiagnosticDate"],
  [DiagnosticAuthor.AGENCY]: ["agencyDiagnostic", "agencyDiagnosticDate"],
  [DiagnosticAuthor.SHARED]: ["sharedDiagnostic", "sharedDiagnosticDate"],
} as const;

/** A dated diagnostic: the structure writes its own; the agency writes its own and records the shared one. */
export async function recordDiagnostic(ctx: RequestContext, input: RecordDiagnosticInput): Promise<ContractEvaluation> {
  const access = input.author === DiagnosticAuthor.STRUCTURE ? assertCanFillContract : assertCanManageContract;
  const { evaluation, contract, before } = await evaluationToEdit(ctx, input.evaluationId, input.version, access);
  const period = evaluationPeriod(contract);
  if (!withinPeriod(period, input.date)) throw badInput("date", `A diagnostic is dated between ${period.startDate} and ${period.endDate}, got ${input.date}`);
  const [textField, dateField] = DIAGNOSTIC_FIELDS[input.author];
  evaluation[textField] = input.text.trim();
  evaluation[dateField] = input.date;
  const saved = await ctx.tm.save(evaluation);
  await auditUpdate(ctx, "ContractEvaluation", before, saved, auditScope(contract));
  return saved;
}

export async function recordSwot(ctx: RequestContext, input: RecordSwotInput): Promise<ContractEvaluation> {
  const { evaluation, contract, before } = await evaluationToEdit(ctx, input.evaluationId, input.version, assertCanFillContract);
  for (const key of ["strengths", "weaknesses", "opportunities", "threats"] as const) {
    if (input[key] !== undefined) evaluation[key] = input[key]?.trim() || null;
  }
  const saved = await ctx.tm.save(evaluation);
  await auditUpdate(ctx, "ContractEvaluation", before, saved, auditScope(contract));
  return saved;
}

/** A proposal for the next CPOM about an engagement of this contract, or a new one to add. */
export async function proposeEngagement(ctx: RequestContext, input: ProposeEngagementInput): Promise<EngagementProposal> {
  const { row: evaluation, contract } = await requireContractPart(ctx, ContractEvaluation, input.evaluationId, "evaluationId", "Evaluation", (e) => e.contractId);
  assertCanFillContract(ctx, contract);
  let contractActionId: number | null = null;
  if (input.proposal === EngagementProposalKind.ADD) {
    if (input.contractActionId != null) throw badInput("contractActionId", "A proposal to add an engagement is not about an existing one: leave contractActionId out");
  } else {
    if (input.contractActionId == null) throw badInput("contractActionId", `A proposal to ${input.proposal.toLowerCase()} an engagement names it (contractActionId)`);
    const { contract: owner } = await requireAction(ctx, parseId(input.contractActionId, "contractActionId"), "contractActionId");
    if (owner.id !== contract.id) throw badInput("contractActionId", `Action ${input.contractActionId} is not an engagement of this contract`);
    contractActionId = Number(input.contractActionId);
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

/** Records one of the contract's two revisions. */
export async function recordRevision(ctx: RequestContext, input: RecordRevisionInput): Promise<ContractRevision> {
  const contract = await requireSanitaryContract(ctx, input.contractId, "contractId");
  assertCanManageContract(ctx, contract);
  if (!withinPeriod(contract, input.date)) throw badInput("date", `A revision takes place during the contract (${contract.startDate} to ${contract.endDate}), got ${input.date}`);
  const count = await ctx.tm.countBy(ContractRevision, { contractId: contract.id });
  // As many revisions as the contract schedules (two over five years, file 001: see defaultReviews).
  const allowed = await ctx.tm.countBy(ContractReview, { contractId: contract.id, kind: ReviewKind.REVISION });
  if (count >= allowed) throw ruleViolation("MAX_REVISIONS", `Contract ${contract.id} already had its ${allowed} revisions`, { field: "contractId" });
  const revision = await ctx.tm.save(
    ctx.tm.create(ContractRevision, { contractId: contract.id, number: count + 1, date: input.date, description: input.description.trim(), recordedBy: ctx.actorName() }),
  );
  await auditCreate(ctx, "ContractRevision", revision, auditScope(contract));
  await markReviewHeld(ctx, contract, ReviewKind.REVISION, revision.number, revision.date);
  return revision;
}
