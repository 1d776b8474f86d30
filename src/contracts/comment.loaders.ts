import DataLoader from "dataloader";
import { In } from "typeorm";
import { groupBy } from "../core/collections";
import { defineLoader, manyByLoader } from "../core/loaders";
import { ContractComment, type CommentTarget } from "./comment.entities";

/** Comments on parts of contracts, keyed "TYPE:id", oldest first. */
export const commentsByTarget = defineLoader(
  (ctx) =>
    new DataLoader<string, ContractComment[]>(async (keys) => {
      const parsed = keys.map((key) => {
        const [type, id] = key.split(":");
        return { type: type as CommentTarget, id: Number(id) };
      });
      const rows = await ctx.em.find(ContractComment, {
        where: [...groupBy(parsed, (p) => p.type)].map(([targetType, items]) => ({ targetType, targetId: In(items.map((i) => i.id)) })),
        order: { createdAt: "ASC", id: "ASC" },
      });
      const groups = groupBy(rows, (r) => `${r.targetType}:${r.targetId}`);
      return keys.map((key) => groups.get(key) ?? []);
    }),
);

/**
 * The comments on one part of a contract. An action's id is its table's (annex 1's or a
 * plan's): give its contract so that the other family's action of the same id is left out.
 */
export const commentsOn = async (ctx: Parameters<typeof commentsByTarget>[0], type: CommentTarget, id: number, contractId?: number): Promise<ContractComment[]> => {
  const rows = await commentsByTarget(ctx).load(`${type}:${id}`);
  return contractId === undefined ? rows : rows.filter((r) => r.contractId === contractId);
};

/** Every comment of each contract, oldest first. */
export const commentsByContract = manyByLoader<ContractComment, number>(ContractComment, "contractId", { createdAt: "ASC" });
