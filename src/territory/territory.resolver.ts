import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { Transactional } from "../core/transactional";
import { Agency, Department, Region } from "./territory.entities";
import { CreateAgencyInput, UpdateAgencyInput } from "./territory.inputs";
import { agencyById, agencyByRegion, departmentsByRegion, regionByCode } from "./territory.loaders";
import * as territory from "./territory.service";

@Authorized()
@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: "The regions, by INSEE code." })
  regions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return territory.listRegions(ctx);
  }

  @FieldResolver(() => [Department], { description: "Its departments." })
  departments(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Department[]> {
    return departmentsByRegion(ctx).load(region.code);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The region's agency, once registered." })
  agency(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return agencyByRegion(ctx).load(region.code);
  }
}

@Authorized()
@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: "The departments, optionally of one region." })
  departments(@Ctx() ctx: RequestContext, @Arg("regionCode", () => String, { nullable: true }) regionCode?: string): Promise<Department[]> {
    return territory.listDepartments(ctx, regionCode);
  }

  @FieldResolver(() => Region, { description: "The region it belongs to." })
  async region(@Root() department: Department, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await regionByCode(ctx).load(department.regionCode))!;
  }
}

@Authorized()
@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: "The agencies (ARS) of the regions you may read." })
  agencies(@Ctx() ctx: RequestContext): Promise<Agency[]> {
    return territory.listAgencies(ctx);
  }

  @Query(() => Agency, { description: "An agency; null if it does not exist or you may not read it.", nullable: true })
  agency(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Agency | null> {
    return agencyById(ctx).load(parseId(id, "id"));
  }

  @FieldResolver(() => Region, { description: "The region it covers." })
  async region(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await regionByCode(ctx).load(agency.regionCode))!;
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Agency, { description: "Registers the agency (ARS) of a region." })
  @Transactional()
  createAgency(@Ctx() ctx: RequestContext, @Arg("input") input: CreateAgencyInput): Promise<Agency> {
    return territory.createAgency(ctx, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Agency, { description: "Renames one's own agency." })
  @Transactional()
  updateAgency(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateAgencyInput): Promise<Agency> {
    return territory.updateAgency(ctx, input);
  }
}
