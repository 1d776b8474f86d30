import DataLoader from "dataloader";
import { In } from "typeorm";
import { groupBy, joinThrough } from "../core/collections";
import { byIdLoader, defineLoader, manyByLoader } from "../core/loaders";
import { ContractReview } from "./review.entities";
import { Establishment } from "../organisations/organisation.entities";
import { Campaign } from "./campaign.entities";
import { Contract, ContractEstablishment } from "./contract.entities";
import { currentUser } from "../core/auth/scope";
import { contractReadScope } from "./contract.access";

export const contractById = byIdLoader(Contract);
/** Each contract's calendar, soonest first. */
export const reviewsByContract = manyByLoader<ContractReview, number>(ContractReview, "contractId", { scheduledOn: "ASC" });
export const campaignById = byIdLoader(Campaign);

/** The establishments covered by each contract, by name. */
export const establishmentsByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, Establishment[]>(async (contractIds) => {
      const links = await ctx.em.findBy(ContractEstablishment, { contractId: In([...contractIds]) });
      const establishments = links.length
        ? await ctx.em.find(Establishment, { where: { id: In([...new Set(links.map((l) => l.establishmentId))]) }, order: { name: "ASC", id: "ASC" } })
        : [];
      return joinThrough(contractIds, links, (l) => l.contractId, (l) => l.establishmentId, establishments);
    }),
);

/** Each organisation's contracts that the user may read, most recent first. */
export const contractsByOrganisation = defineLoader(
  (ctx) =>
    new DataLoader<number, Contract[]>(async (organisationIds) => {
      const scope = contractReadScope(currentUser(ctx));
      const rows = await ctx.em
        .createQueryBuilder(Contract, "c")
        .where("c.organisation_id IN (:...organisationIds)", { organisationIds: [...organisationIds] })
        .andWhere(scope.sql, scope.params)
        .orderBy("c.start_date", "DESC")
        .addOrderBy("c.id", "ASC")
        .getMany();
      const byOrganisation = groupBy(rows, (row) => row.organisationId);
      return organisationIds.map((id) => byOrganisation.get(id) ?? []);
    }),
);
