import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { MultilineText } from "../core/graphql/input-limits";
import { IsEnum, IsOptional } from "class-validator";
import { IsNotBlank } from "../core/validators";
import { AGENCY_ROLES } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { ContractComment, CommentTarget } from "./comment.entities";
import { commentsByContract } from "./comment.loaders";
import { addComment } from "./comment.service";
import { Contract } from "./contract.entities";

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => CommentTarget, { defaultValue: CommentTarget.CONTRACT })
  @IsEnum(CommentTarget)
  targetType: CommentTarget;

  @Field(() => ID, { nullable: true, description: "The part commented on; leave out for the contract itself." })
  @IsOptional()
  targetId?: string | null;

  @Field(() => String)
  @IsNotBlank()
  @MultilineText(20000)
  text: string;
}

@Authorized()
@Resolver(() => Contract)
export class ContractCommentResolver {
  @FieldResolver(() => [ContractComment], { description: "The agency's comments on the contract and its parts, oldest first." })
  comments(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsByContract(ctx).load(contract.id);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => ContractComment, { description: "An agency comment (commentaire ARS) on a contract or one of its parts: dated, attributed, visible to the organisation." })
  @Notifies(NotificationKind.COMMENT)
  @Transactional()
  addComment(@Ctx() ctx: RequestContext, @Arg("input") input: AddCommentInput): Promise<ContractComment> {
    return addComment(ctx, input);
  }
}
