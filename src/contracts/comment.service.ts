import type { EntityManager } from "typeorm";
import { auditCreate } from "../core/audit/audit";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { badInput, notFound } from "../core/errors";
import { parseId } from "../core/ids";
import { requireContract } from "./contract.access";
import { gate, Intent } from "./contract-life";
import { Contract } from "./contract.entities";
import { auditScope } from "./contract.service";
import { ContractComment, CommentTarget } from "./comment.entities";

/** How to find the contract a part belongs to (null when the part does not exist). */
type ContractOf = (em: EntityManager, id: number) => Promise<number | null>;

/**
 * Each domain area registers the parts of a contract it owns (objectives, indicators,
 * modules…), so comments live here without this folder depending on those areas.
 */
const targets = new Map<CommentTarget, ContractOf>([[CommentTarget.CONTRACT, async (em, id) => ((await em.existsBy(Contract, { id })) ? id : null)]]);

export function registerCommentTarget(type: CommentTarget, contractOf: ContractOf): void {
  targets.set(type, contractOf);
}

export interface NewComment {
  contractId: string;
  targetType: CommentTarget;
  targetId?: string | null;
  text: string;
}

/** An agency officer's comment on a contract or one of its parts: dated, attributed, visible to the organisation. */
export async function addComment(ctx: RequestContext, input: NewComment): Promise<ContractComment> {
  const em = ctx.tm;
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  const contractOf = targets.get(input.targetType);
  if (!contractOf) throw badInput("targetType", `Comments on ${input.targetType} are not supported`);
  if (input.targetType === CommentTarget.CONTRACT && input.targetId != null && input.targetId !== String(contract.id)) {
    throw badInput("targetId", "A comment on the contract itself takes no targetId (or the contract's own id)");
  }
  const targetId = input.targetType === CommentTarget.CONTRACT ? contract.id : parseId(input.targetId ?? "", "targetId");
  // A part of another contract answers as an unknown one: which contract it belongs to is not said.
  if ((await contractOf(em, targetId)) !== contract.id) throw notFound(`${input.targetType.toLowerCase()} of contract ${contract.id}`, targetId, "targetId");
  const comment = await em.save(
    em.create(ContractComment, {
      contractId: contract.id,
      targetType: input.targetType,
      targetId,
      text: input.text.trim(),
      authorId: currentUser(ctx).id,
      authorName: ctx.actorName(),
      createdAt: ctx.now(),
    }),
  );
  await auditCreate(ctx, "ContractComment", comment, auditScope(contract));
  return comment;
}
