import { Arg, Args, Authorized, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../core/context";
import { PageArgs, Paginated, SortDirection } from "../core/pagination";
import { Organisation } from "../organisations/organisation.entities";
import { OrganisationFilter, OrganisationSort, OrganisationSortField } from "./dashboard.inputs";
import { listOrganisations } from "./dashboard.service";

@ObjectType()
class OrganisationList extends Paginated(Organisation) {}

@Authorized()
@Resolver()
export class DashboardResolver {
  @Query(() => OrganisationList, { description: "Organisations with filters, sorted by name or progress rate, a page at a time." })
  organisations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter,
    @Arg("sort", () => OrganisationSort, { nullable: true }) sort?: OrganisationSort,
  ): Promise<OrganisationList> {
    return listOrganisations(ctx, filter ?? {}, sort ?? { field: OrganisationSortField.NAME, direction: SortDirection.ASC }, page.skip, page.take);
  }
}
