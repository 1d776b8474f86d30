import { Arg, Args, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../core/context";
import { PageArgs, paginate, Paginated, SortDirection } from "../core/pagination";
import { Organisation } from "../organisations/organisation.entities";
import { OrganisationFilter, OrganisationSort, OrganisationSortField } from "./dashboard.inputs";
import { listOrganisations, rateDistribution } from "./dashboard.service";

@ObjectType()
class OrganisationList extends Paginated(Organisation) {}

@ObjectType({ description: "Organisations by rate, in 10-point buckets." })
class RateBucket {
  @Field(() => Float, { description: "Lower bound, included." })
  from: number;

  @Field(() => Float, { description: "Upper bound, excluded (100 is in the last bucket)." })
  to: number;

  @Field(() => Int, { description: "How many organisations have a rate in the bucket." })
  count: number;
}

@ObjectType({ description: "The distribution of organisations' progress rates." })
class RateDistribution {
  @Field(() => Int, { description: "Organisations with a rate." })
  count: number;

  @Field(() => Int, { description: "Organisations of the filter with a medico-social contract but no rate." })
  withoutRate: number;

  @Field(() => Float, { description: "The mean rate.", nullable: true })
  mean: number | null;

  @Field(() => Float, { description: "The lowest rate.", nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true, description: "First quartile." })
  q1: number | null;

  @Field(() => Float, { description: "The median rate.", nullable: true })
  median: number | null;

  @Field(() => Float, { nullable: true, description: "Third quartile." })
  q3: number | null;

  @Field(() => Float, { description: "The highest rate.", nullable: true })
  max: number | null;

  @Field(() => [RateBucket], { description: "How many organisations fall in each tenth of the scale." })
  buckets: RateBucket[];
}

@Authorized()
@Resolver()
export class DashboardResolver {
  @Query(() => OrganisationList, { description: "Organisations with filters, sorted by name or progress rate, a page at a time." })
  organisations(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => OrganisationFilter, { description: "Which organisations; empty: all those you may read.", nullable: true }) filter?: OrganisationFilter,
    @Arg("sort", () => OrganisationSort, { description: "Their order; default: by name.", nullable: true }) sort?: OrganisationSort,
  ): Promise<OrganisationList> {
    return paginate(page, (skip, take) => listOrganisations(ctx, filter ?? {}, sort ?? { field: OrganisationSortField.NAME, direction: SortDirection.ASC }, skip, take));
  }

  @Query(() => RateDistribution, { description: "Distribution of the filtered organisations' rates (overall or in one module), now or at the close of contract year N." })
  rateDistribution(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => OrganisationFilter, { description: "Which organisations; empty: all those you may read.", nullable: true }) filter?: OrganisationFilter,
    @Arg("moduleTypeCode", () => String, { nullable: true }) moduleTypeCode?: string,
    @Arg("year", () => Int, { nullable: true, description: "Contract year 1 to 5: the rates recorded when it closed; empty: now." }) year?: number,
  ): Promise<RateDistribution> {
    return rateDistribution(ctx, filter ?? {}, moduleTypeCode ?? null, year ?? null);
  }
}
