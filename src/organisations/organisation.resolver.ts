import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AGENCY_ROLES } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { Transactional } from "../core/transactional";
import { Department, Region } from "../territory/territory.entities";
import { departmentByCode, regionByCode } from "../territory/territory.loaders";
import { Establishment, Organisation } from "./organisation.entities";
import { CreateEstablishmentInput, CreateOrganisationInput, UpdateEstablishmentInput, UpdateOrganisationInput } from "./organisation.inputs";
import { establishmentsByOrganisation, organisationById } from "./organisation.loaders";
import * as organisations from "./organisation.service";

@Authorized()
@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { description: "An organisation; null if it does not exist or you may not read it.", nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Organisation | null> {
    return organisations.getOrganisation(ctx, parseId(id, "id"));
  }

  @FieldResolver(() => Region, { description: "The region of its head office." })
  async headOfficeRegion(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await regionByCode(ctx).load(organisation.headOfficeRegionCode))!;
  }

  @FieldResolver(() => [Establishment], { description: "The establishments it runs." })
  establishments(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Establishment[]> {
    return establishmentsByOrganisation(ctx).load(organisation.id);
  }

  @Mutation(() => Organisation, { description: "Registers an organisation (organisme gestionnaire / legal entity)." })
  @Authorized(AGENCY_ROLES)
  @Transactional()
  createOrganisation(@Ctx() ctx: RequestContext, @Arg("input") input: CreateOrganisationInput): Promise<Organisation> {
    return organisations.createOrganisation(ctx, input);
  }

  @Mutation(() => Organisation, { description: "Changes an organisation's name, legal status or head office." })
  @Authorized(AGENCY_ROLES)
  @Transactional()
  updateOrganisation(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateOrganisationInput): Promise<Organisation> {
    return organisations.updateOrganisation(ctx, input);
  }
}

@Authorized()
@Resolver(() => Establishment)
export class EstablishmentResolver {
  @Query(() => Establishment, { description: "An establishment; null if it does not exist or you may not read it.", nullable: true })
  establishment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Establishment | null> {
    return organisations.getEstablishment(ctx, parseId(id, "id"));
  }

  @FieldResolver(() => Organisation, { description: "The organisation that runs it." })
  async organisation(@Root() establishment: Establishment, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationById(ctx).load(establishment.organisationId))!;
  }

  @FieldResolver(() => Department, { description: "The department where it stands." })
  async department(@Root() establishment: Establishment, @Ctx() ctx: RequestContext): Promise<Department> {
    return (await departmentByCode(ctx).load(establishment.departmentCode))!;
  }

  @Mutation(() => Establishment, { description: "Registers an establishment (site) of an organisation." })
  @Authorized(AGENCY_ROLES)
  @Transactional()
  createEstablishment(@Ctx() ctx: RequestContext, @Arg("input") input: CreateEstablishmentInput): Promise<Establishment> {
    return organisations.createEstablishment(ctx, input);
  }

  @Mutation(() => Establishment, { description: "Changes an establishment's name, address or category." })
  @Authorized(AGENCY_ROLES)
  @Transactional()
  updateEstablishment(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateEstablishmentInput): Promise<Establishment> {
    return organisations.updateEstablishment(ctx, input);
  }
}
