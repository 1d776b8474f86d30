import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { PageArgs, Paginated } from "../core/pagination";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { organisationById } from "../organisations/organisation.loaders";
import { Agency, Department } from "../territory/territory.entities";
import { agencyById, departmentByCode } from "../territory/territory.loaders";
import { Contract, ContractYear } from "./contract.entities";
import { ContractFilter } from "./contract.inputs";
import { contractById, establishmentsByContract } from "./contract.loaders";
import { listContracts } from "./contract.service";
import { contractYears } from "./period";

@ObjectType()
class ContractList extends Paginated(Contract) {}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => Contract, { nullable: true })
  contract(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Contract | null> {
    return contractById(ctx).load(parseId(id, "id"));
  }

  @Query(() => ContractList, { description: "Contracts, most recent first." })
  contracts(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ContractFilter, { nullable: true }) filter?: ContractFilter,
  ): Promise<ContractList> {
    return listContracts(ctx, filter ?? {}, page.skip, page.take);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationById(ctx).load(contract.organisationId))!;
  }

  @FieldResolver(() => Agency)
  async agency(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await agencyById(ctx).load(contract.agencyId))!;
  }

  @FieldResolver(() => [ContractYear], { description: "The five contract years." })
  years(@Root() contract: Contract): ContractYear[] {
    return contractYears(contract.startDate);
  }

  @FieldResolver(() => [Establishment], { description: "The establishments the contract covers." })
  establishments(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Establishment[]> {
    return establishmentsByContract(ctx).load(contract.id);
  }

  @FieldResolver(() => [Department], { description: "The departments of the covered establishments (each one's council is concerned)." })
  async departments(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Department[]> {
    const establishments = await establishmentsByContract(ctx).load(contract.id);
    const codes = [...new Set(establishments.map((e) => e.departmentCode))].sort();
    return (await departmentByCode(ctx).loadMany(codes)) as Department[];
  }
}
