import DataLoader from "dataloader";
import { groupBy } from "../core/collections";
import { currentUser } from "../core/auth/scope";
import { establishmentScope } from "../core/auth/tenant";
import { byIdLoader, defineLoader } from "../core/loaders";
import { Establishment, Organisation } from "./organisation.entities";

export const organisationById = byIdLoader(Organisation);
export const establishmentById = byIdLoader(Establishment);

/** Each organisation's sites that the user may read (those of its region or department), by name. */
export const establishmentsByOrganisation = defineLoader(
  (ctx) =>
    new DataLoader<number, Establishment[]>(async (organisationIds) => {
      const scope = establishmentScope(currentUser(ctx));
      const rows = await ctx.em
        .createQueryBuilder(Establishment, "e")
        .where("e.organisation_id IN (:...organisationIds)", { organisationIds: [...organisationIds] })
        .andWhere(scope.sql, scope.params)
        .orderBy("e.name", "ASC")
        .addOrderBy("e.id", "ASC")
        .getMany();
      const groups = groupBy(rows, (e) => e.organisationId);
      return organisationIds.map((id) => groups.get(id) ?? []);
    }),
);
