import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { registerCommentTarget } from "../contracts/comment.service";
import { OpenEvaluationInput, ProposeEngagementInput, RecordDiagnosticInput, RecordRevisionInput, RecordSwotInput } from "./evaluation.inputs";
import * as evaluations from "./evaluation.service";
import { ContractAction, ContractEvaluation, ContractRevision, EngagementProposal } from "./plan.entities";
import { proposalsByEvaluation } from "./sanitary.loaders";
import { byIdLoader } from "../core/loaders";

registerCommentTarget(CommentTarget.EVALUATION, async (em, id) => (await em.findOneBy(ContractEvaluation, { id }))?.contractId ?? null);

const contractActionById = byIdLoader(ContractAction);

@Authorized()
@Resolver(() => ContractEvaluation)
export class ContractEvaluationResolver {
  @FieldResolver(() => [EngagementProposal], { description: "Proposals for the next CPOM, per engagement." })
  proposals(@Root() evaluation: ContractEvaluation, @Ctx() ctx: RequestContext): Promise<EngagementProposal[]> {
    return proposalsByEvaluation(ctx).load(evaluation.id);
  }

  @FieldResolver(() => [ContractComment])
  comments(@Root() evaluation: ContractEvaluation, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsOn(ctx, CommentTarget.EVALUATION, evaluation.id);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractEvaluation, { description: "Opens the mid-term or the final evaluation of a sanitary contract." })
  @Transactional()
  openEvaluation(@Ctx() ctx: RequestContext, @Arg("input") input: OpenEvaluationInput): Promise<ContractEvaluation> {
    return evaluations.openEvaluation(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractEvaluation, { description: "Records a dated diagnostic: the structure's, the agency's, or the shared one." })
  @Transactional()
  recordDiagnostic(@Ctx() ctx: RequestContext, @Arg("input") input: RecordDiagnosticInput): Promise<ContractEvaluation> {
    return evaluations.recordDiagnostic(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ContractEvaluation, { description: "Records the SWOT of an evaluation." })
  @Transactional()
  recordSwot(@Ctx() ctx: RequestContext, @Arg("input") input: RecordSwotInput): Promise<ContractEvaluation> {
    return evaluations.recordSwot(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => EngagementProposal, { description: "Proposes to renew, add, remove or modify an engagement in the next CPOM." })
  @Transactional()
  proposeEngagement(@Ctx() ctx: RequestContext, @Arg("input") input: ProposeEngagementInput): Promise<EngagementProposal> {
    return evaluations.proposeEngagement(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractRevision, { description: "Records one of the contract's two revisions." })
  @Transactional()
  recordRevision(@Ctx() ctx: RequestContext, @Arg("input") input: RecordRevisionInput): Promise<ContractRevision> {
    return evaluations.recordRevision(ctx, input);
  }
}

@Authorized()
@Resolver(() => EngagementProposal)
export class EngagementProposalResolver {
  @FieldResolver(() => ContractAction, { nullable: true, description: "The engagement concerned; null for one to add." })
  contractAction(@Root() proposal: EngagementProposal, @Ctx() ctx: RequestContext): Promise<ContractAction | null> | null {
    return proposal.contractActionId === null ? null : contractActionById(ctx).load(proposal.contractActionId);
  }
}
