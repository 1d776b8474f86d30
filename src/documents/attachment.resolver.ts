import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { PageArgs, pageOf, Paginated, type ListPage } from "../core/pagination";
import { AGENCY_ROLES } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { MultilineText } from "../core/graphql/input-limits";
import { manyByLoader } from "../core/loaders";
import { Transactional } from "../core/transactional";
import { IsNotBlank } from "../core/validators";
import { CommentTarget } from "../contracts/comment.entities";
import { Contract } from "../contracts/contract.entities";
import { Notifies, NotificationKind } from "../notifications/notification-kind";
import { Attachment } from "./attachment.entities";
import { deleteAttachment } from "./attachment.service";

const attachmentsByContract = manyByLoader<Attachment, number>(Attachment, "contractId", { uploadedAt: "ASC" });

@InputType()
class DeleteAttachmentInput {
  @Field(() => ID)
  attachmentId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { description: "Why it is deleted (kept with the document, for the record)." })
  @IsNotBlank()
  @MultilineText(2000)
  reason: string;
}

@Authorized()
@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: "Where to download it: GET with the API's Authorization header (relative to the API's origin)." })
  url(@Root() attachment: Attachment): string {
    return `/documents/${attachment.id}`;
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Attachment, { description: "The agency deletes a document (only the agency, as in e-CARS): no longer listed nor downloaded; kept with who, when and why." })
  @Notifies(NotificationKind.DOCUMENT)
  @Transactional()
  deleteAttachment(@Ctx() ctx: RequestContext, @Arg("input") input: DeleteAttachmentInput): Promise<Attachment> {
    return deleteAttachment(ctx, input);
  }
}

@ObjectType({ description: "A page of a contract's attached documents." })
class AttachmentList extends Paginated(Attachment) {}

async function attachmentsOf(ctx: RequestContext, contract: Contract, targetType?: CommentTarget | null, targetId?: string | null): Promise<Attachment[]> {
  const all = await attachmentsByContract(ctx).load(contract.id);
  return all.filter((a) => a.deletedAt === null && (!targetType || a.targetType === targetType) && (!targetId || String(a.targetId) === targetId));
}

@Authorized()
@Resolver(() => Contract)
export class ContractAttachmentsResolver {
  @FieldResolver(() => AttachmentList, { description: "The same documents as `attachments`, a page at a time (cursor or offset)." })
  async attachmentsConnection(
    @Root() contract: Contract,
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("targetType", () => CommentTarget, { nullable: true, description: "Only those attached to this kind of part." }) targetType?: CommentTarget | null,
    @Arg("targetId", () => ID, { nullable: true, description: "Only those attached to this part (with targetType)." }) targetId?: string | null,
  ): Promise<ListPage<Attachment>> {
    return pageOf(page, await attachmentsOf(ctx, contract, targetType, targetId));
  }

  @FieldResolver(() => [Attachment], {
    description: "The documents attached to it or its parts (upload: POST /documents, multipart), oldest first; those the agency deleted left out. Narrow with targetType (and targetId).",
  })
  async attachments(
    @Root() contract: Contract,
    @Ctx() ctx: RequestContext,
    @Arg("targetType", () => CommentTarget, { nullable: true, description: "Only those attached to this kind of part." }) targetType?: CommentTarget | null,
    @Arg("targetId", () => ID, { nullable: true, description: "Only those attached to this part (with targetType)." }) targetId?: string | null,
  ): Promise<Attachment[]> {
    return attachmentsOf(ctx, contract, targetType, targetId);
  }
}
