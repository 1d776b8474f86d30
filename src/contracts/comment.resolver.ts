import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { PageArgs, pageOf, Paginated, type ListPage } from "../core/pagination";
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

  @Field(() => CommentTarget, { description: "What kind of part the comment is on; CONTRACT for the contract itself.", defaultValue: CommentTarget.CONTRACT })
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

@ObjectType({ description: "A page of a contract's comments." })
class ContractCommentList extends Paginated(ContractComment) {}

@Authorized()
@Resolver(() => Contract)
export class ContractCommentResolver {
  @FieldResolver(() => ContractCommentList, { description: "The same comments as `comments`, a page at a time (cursor or offset), for a client that pages them." })
  async commentsConnection(@Root() contract: Contract, @Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<ListPage<ContractComment>> {
    return pageOf(page, await commentsByContract(ctx).load(contract.id));
  }

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
