import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { registerCommentTarget } from "../contracts/comment.service";
import { OpenEvaluationInput, ProposeEngagementInput, RecordDiagnosticInput, RecordRevisionInput, RecordSwotInput } from "./evaluation.inputs";
import * as evaluations from "./evaluation.service";
import { ContractEvaluation, EngagementProposal } from "./evaluation.entities";
import { ContractReview } from "../contracts/review.entities";
import { manyByLoader } from "../core/loaders";
import { Contract } from "../contracts/contract.entities";

export const evaluationsByContract = manyByLoader<ContractEvaluation, number>(ContractEvaluation, "contractId", { kind: "DESC" });
const proposalsByEvaluation = manyByLoader<EngagementProposal, number>(EngagementProposal, "evaluationId", { proposedAt: "ASC" });

registerCommentTarget(CommentTarget.EVALUATION, (em, contract, id) => em.existsBy(ContractEvaluation, { id, contractId: contract.id }));

@Authorized()
@Resolver(() => ContractEvaluation)
export class ContractEvaluationResolver {
  @FieldResolver(() => [EngagementProposal], { description: "Proposals for the next CPOM, per engagement." })
  proposals(@Root() evaluation: ContractEvaluation, @Ctx() ctx: RequestContext): Promise<EngagementProposal[]> {
    return proposalsByEvaluation(ctx).load(evaluation.id);
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on the evaluation, oldest first." })
  comments(@Root() evaluation: ContractEvaluation, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsOn(ctx, CommentTarget.EVALUATION, evaluation.id);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractEvaluation, { description: "Opens the mid-term or the final evaluation of a contract (for a medico-social contract, the final one is its bilan)." })
  @Notifies(NotificationKind.RESULT)
  @Transactional()
  openEvaluation(@Ctx() ctx: RequestContext, @Arg("input") input: OpenEvaluationInput): Promise<ContractEvaluation> {
    return evaluations.openEvaluation(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractEvaluation, { description: "Records a dated diagnostic: the structure's, the agency's, or the shared one." })
  @Notifies(NotificationKind.RESULT)
  @Transactional()
  recordDiagnostic(@Ctx() ctx: RequestContext, @Arg("input") input: RecordDiagnosticInput): Promise<ContractEvaluation> {
    return evaluations.recordDiagnostic(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractEvaluation, { description: "Records the SWOT of an evaluation." })
  @Notifies(NotificationKind.RESULT)
  @Transactional()
  recordSwot(@Ctx() ctx: RequestContext, @Arg("input") input: RecordSwotInput): Promise<ContractEvaluation> {
    return evaluations.recordSwot(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => EngagementProposal, { description: "Proposes to renew, add, remove or modify an engagement in the next CPOM." })
  @Notifies(NotificationKind.RESULT)
  @Transactional()
  proposeEngagement(@Ctx() ctx: RequestContext, @Arg("input") input: ProposeEngagementInput): Promise<EngagementProposal> {
    return evaluations.proposeEngagement(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractReview, { description: "Records the next of the contract's two revisions as held (its calendar), with what it decided." })
  @Notifies(NotificationKind.FOLLOW_UP)
  @Transactional()
  recordRevision(@Ctx() ctx: RequestContext, @Arg("input") input: RecordRevisionInput): Promise<ContractReview> {
    return evaluations.recordRevision(ctx, input);
  }
}

/** Both families' contracts have their evaluations. */
@Authorized()
@Resolver(() => Contract)
export class ContractEvaluationsResolver {
  @FieldResolver(() => [ContractEvaluation], { description: "Its mid-term and final evaluations (a medico-social contract's final one is its bilan)." })
  evaluations(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractEvaluation[]> {
    return evaluationsByContract(ctx).load(contract.id);
  }
}
