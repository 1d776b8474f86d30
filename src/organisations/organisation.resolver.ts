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
  @Query(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Organisation | null> {
    return organisations.getOrganisation(ctx, parseId(id, "id"));
  }

  @FieldResolver(() => Region)
  async headOfficeRegion(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await regionByCode(ctx).load(organisation.headOfficeRegionCode))!;
  }

  @FieldResolver(() => [Establishment])
  establishments(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<Establishment[]> {
    return establishmentsByOrganisation(ctx).load(organisation.id);
  }

  @Mutation(() => Organisation, { description: "Registers an organisation (organisme gestionnaire / legal entity)." })
  @Authorized(AGENCY_ROLES)
  @Transactional()
  createOrganisation(@Ctx() ctx: RequestContext, @Arg("input") input: CreateOrganisationInput): Promise<Organisation> {
    return organisations.createOrganisation(ctx, input);
  }

  @Mutation(() => Organisation)
  @Authorized(AGENCY_ROLES)
  @Transactional()
  updateOrganisation(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateOrganisationInput): Promise<Organisation> {
    return organisations.updateOrganisation(ctx, input);
  }
}

@Authorized()
@Resolver(() => Establishment)
export class EstablishmentResolver {
  @Query(() => Establishment, { nullable: true })
  establishment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Establishment | null> {
    return organisations.getEstablishment(ctx, parseId(id, "id"));
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() establishment: Establishment, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationById(ctx).load(establishment.organisationId))!;
  }

  @FieldResolver(() => Department)
  async department(@Root() establishment: Establishment, @Ctx() ctx: RequestContext): Promise<Department> {
    return (await departmentByCode(ctx).load(establishment.departmentCode))!;
  }

  @Mutation(() => Establishment, { description: "Registers an establishment (site) of an organisation." })
  @Authorized(AGENCY_ROLES)
  @Transactional()
  createEstablishment(@Ctx() ctx: RequestContext, @Arg("input") input: CreateEstablishmentInput): Promise<Establishment> {
    return organisations.createEstablishment(ctx, input);
  }

  @Mutation(() => Establishment)
  @Authorized(AGENCY_ROLES)
  @Transactional()
  updateEstablishment(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateEstablishmentInput): Promise<Establishment> {
    return organisations.updateEstablishment(ctx, input);
  }
}
