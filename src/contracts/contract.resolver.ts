import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Extensions } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { User } from "../accounts/account.entities";
import { userById } from "../accounts/account.loaders";
import { AuditEntry } from "../core/audit/audit.entity";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import { Transactional } from "../core/transactional";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { PageArgs, paginate, Paginated } from "../core/pagination";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { organisationById } from "../organisations/organisation.loaders";
import { Agency, Department } from "../territory/territory.entities";
import { agencyById, departmentByCode } from "../territory/territory.loaders";
import { Contract, ContractYear } from "./contract.entities";
import { AssignContractOfficerInput, ContractFilter, SetOrganisationWriteAccessInput } from "./contract.inputs";
import { campaignById, establishmentsByContract } from "./contract.loaders";
import * as contracts from "./contract.service";
import { Campaign } from "./campaign.entities";
import { contractYearOf, contractYears } from "./period";

@ObjectType()
class ContractList extends Paginated(Contract) {}

@ObjectType()
class AuditEntryList extends Paginated(AuditEntry) {}

@Authorized()
@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => Contract, { description: "A contract; null if it does not exist or you may not read it.", nullable: true })
  contract(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<Contract | null> {
    return contracts.getContract(ctx, parseId(id, "id"));
  }

  @Query(() => ContractList, { description: "Contracts, most recent first." })
  contracts(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => ContractFilter, { description: "Which contracts; empty: all those you may read.", nullable: true }) filter?: ContractFilter,
  ): Promise<ContractList> {
    return paginate(page, (skip, take) => contracts.listContracts(ctx, filter ?? {}, skip, take));
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Query(() => AuditEntryList, { description: "A contract's changes on record, newest first: for its agency and its organisation." })
  contractHistory(@Ctx() ctx: RequestContext, @Arg("contractId", () => ID) contractId: string, @Args() page: PageArgs): Promise<AuditEntryList> {
    return paginate(page, (skip, take) => contracts.contractHistory(ctx, parseId(contractId, "contractId"), skip, take));
  }

  @FieldResolver(() => User, { nullable: true, description: "The agency officer in charge (interlocuteur ARS)." })
  officer(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return contract.officerId === null ? null : userById(ctx).load(contract.officerId);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Contract, { description: "Puts an officer of the agency in charge of a contract." })
  @Notifies(NotificationKind.FOLLOW_UP)
  @Transactional()
  assignContractOfficer(@Ctx() ctx: RequestContext, @Arg("input") input: AssignContractOfficerInput): Promise<Contract> {
    return contracts.assignContractOfficer(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "Opens or closes write access to the organisation's users." })
  @Notifies(NotificationKind.FOLLOW_UP)
  @Transactional()
  setOrganisationWriteAccess(@Ctx() ctx: RequestContext, @Arg("input") input: SetOrganisationWriteAccessInput): Promise<Contract> {
    return contracts.setOrganisationWriteAccess(ctx, input);
  }

  @FieldResolver(() => Organisation, { description: "The organisation (organisme gestionnaire) that signs it." })
  async organisation(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationById(ctx).load(contract.organisationId))!;
  }

  @FieldResolver(() => Agency, { description: "The agency (ARS) that signs it." })
  async agency(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await agencyById(ctx).load(contract.agencyId))!;
  }

  @FieldResolver(() => Campaign, { description: "The negotiation campaign it belongs to, if any.", nullable: true })
  campaign(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Campaign | null> | null {
    return contract.campaignId === null ? null : campaignById(ctx).load(contract.campaignId);
  }

  @FieldResolver(() => Int, { nullable: true, description: "The contract year today falls in (1 to 5); null before the start or after the end." })
  currentYear(@Root() contract: Contract, @Ctx() ctx: RequestContext): number | null {
    return contractYearOf(contract.startDate, ctx.today());
  }

  @FieldResolver(() => Float, { nullable: true, description: "The rate its campaign expects at the end of the current contract year." })
  async expectedRate(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<number | null> {
    const year = contractYearOf(contract.startDate, ctx.today());
    if (year === null || contract.campaignId === null) return null;
    return (await campaignById(ctx).load(contract.campaignId))?.expectedRates[year - 1] ?? null;
  }

  @Extensions({ listSize: 5 })
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
