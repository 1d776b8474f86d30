import type { EntityManager } from "typeorm";
import { auditCreate } from "../core/audit/audit";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { badInput, notFound } from "../core/errors";
import { parseId } from "../core/ids";
import { requireContract } from "./contract.access";
import { gate, Intent, KIND_NAME } from "./contract-life";
import { Contract, ContractKind } from "./contract.entities";
import { auditScope } from "./contract.service";
import { ContractComment, CommentTarget } from "./comment.entities";
import { msg } from "../core/i18n/message";

/** Whether the part `id` of a kind of target belongs to the contract (false when it does not exist). */
type BelongsTo = (em: EntityManager, contract: Contract, id: number) => Promise<boolean>;

/**
 * The one mechanism for comments on either family: each domain area registers the parts of
 * a contract it owns (objectives, indicators, modules, themes, actions…), for one kind of
 * contract or for both, so comments live here without this folder depending on those areas.
 */
const targets = new Map<string, BelongsTo>([[CommentTarget.CONTRACT, async (_em, contract, id) => contract.id === id]]);
const key = (type: CommentTarget, kind?: ContractKind) => (kind ? `${type}/${kind}` : type);

/** Registers what a target type is, for contracts of `kind` (left out: of every kind). */
export function registerCommentTarget(type: CommentTarget, belongs: BelongsTo, kind?: ContractKind): void {
  targets.set(key(type, kind), belongs);
}

/**
 * The id of the part of `contract` that a comment or an attached document is about (the
 * contract's own id for CONTRACT); BAD_USER_INPUT when its kind has no such part, NOT_FOUND
 * when the id is not one of its parts (another contract's part answers as an unknown one).
 */
export async function contractPartOf(em: EntityManager, contract: Contract, targetType: CommentTarget, rawId: string | null | undefined): Promise<number> {
  const belongs = targets.get(key(targetType, contract.kind)) ?? targets.get(key(targetType));
  if (!belongs) throw badInput("targetType", msg`A ${KIND_NAME[contract.kind]} contract has no part of type ${targetType}`);
  if (targetType === CommentTarget.CONTRACT && rawId != null && rawId !== "" && rawId !== String(contract.id)) {
    throw badInput("targetId", msg`The contract itself takes no targetId (or the contract's own id)`);
  }
  const targetId = targetType === CommentTarget.CONTRACT ? contract.id : parseId(rawId ?? "", "targetId");
  if (!(await belongs(em, contract, targetId))) throw notFound(msg`${targetType} of contract ${contract.id}`, targetId, "targetId");
  return targetId;
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
  const targetId = await contractPartOf(em, contract, input.targetType, input.targetId);
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
