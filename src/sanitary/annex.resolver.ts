import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { AGENCY_ROLES } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { Transactional } from "../core/transactional";
import { Contract } from "../contracts/contract.entities";
import { Amendment } from "../lifecycle/lifecycle.entities";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { establishmentById } from "../organisations/organisation.loaders";
import { Activity, EstablishmentActivity } from "./activity.entities";
import {
  AddFinancingLineInput,
  AmendFinancingInput,
  RecordEstablishmentActivityInput,
  RemoveEstablishmentActivityInput,
  RemoveFinancingLineInput,
  UpdateEstablishmentActivityInput,
  UpdateFinancingLineInput,
} from "./annex.inputs";
import * as annexes from "./annex.service";
import { FinancingLine } from "./plan.entities";
import { IndicatorResultsFilter, IndicatorYearResults, indicatorResults } from "./results";
import { activitiesByEstablishment, activityByCode, resultsByOrganisation } from "./sanitary.loaders";

@Authorized()
@Resolver(() => EstablishmentActivity)
export class EstablishmentActivityResolver {
  @FieldResolver(() => Activity, { description: "The authorisation or recognition." })
  async activity(@Root() held: EstablishmentActivity, @Ctx() ctx: RequestContext): Promise<Activity> {
    return (await activityByCode(ctx).load(held.activityCode))!;
  }

  @FieldResolver(() => Establishment, { description: "The establishment that holds it." })
  async establishment(@Root() held: EstablishmentActivity, @Ctx() ctx: RequestContext): Promise<Establishment> {
    return (await establishmentById(ctx).load(held.establishmentId))!;
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => EstablishmentActivity, { description: "Records an authorisation or recognition a health establishment holds (agency of its region)." })
  @Transactional()
  recordEstablishmentActivity(@Ctx() ctx: RequestContext, @Arg("input") input: RecordEstablishmentActivityInput): Promise<EstablishmentActivity> {
    return annexes.recordEstablishmentActivity(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => EstablishmentActivity, { description: "Changes the capacity of an authorisation an establishment holds." })
  @Transactional()
  updateEstablishmentActivity(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateEstablishmentActivityInput): Promise<EstablishmentActivity> {
    return annexes.updateEstablishmentActivity(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Establishment, { description: "Withdraws an authorisation or recognition; returns the establishment." })
  @Transactional()
  removeEstablishmentActivity(@Ctx() ctx: RequestContext, @Arg("input") input: RemoveEstablishmentActivityInput): Promise<Establishment> {
    return annexes.removeEstablishmentActivity(ctx, input);
  }
}

@Authorized()
@Resolver(() => Establishment)
export class EstablishmentActivitiesResolver {
  @FieldResolver(() => [EstablishmentActivity], { description: "Authorisations and recognitions held (health establishments)." })
  activities(@Root() establishment: Establishment, @Ctx() ctx: RequestContext): Promise<EstablishmentActivity[]> {
    return activitiesByEstablishment(ctx).load(establishment.id);
  }
}

@Authorized()
@Resolver(() => FinancingLine)
export class FinancingLineResolver {
  @Authorized(AGENCY_ROLES)
  @Mutation(() => FinancingLine, { description: "Adds a recurring FIR financing line to a sanitary contract (annex 3)." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  addFinancingLine(@Ctx() ctx: RequestContext, @Arg("input") input: AddFinancingLineInput): Promise<FinancingLine> {
    return annexes.addFinancingLine(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => FinancingLine, { description: "Changes a line of the financing annex." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  updateFinancingLine(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateFinancingLineInput): Promise<FinancingLine> {
    return annexes.updateFinancingLine(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Amendment, {
    description: "The yearly financing amendment in one step: opens an amendment of the signed financing annex (annex 3) with its new lines; the agency and the organisation then sign it (signAmendment).",
  })
  @Notifies(NotificationKind.AMENDMENT)
  @Transactional()
  amendFinancing(@Ctx() ctx: RequestContext, @Arg("input") input: AmendFinancingInput): Promise<Amendment> {
    return annexes.amendFinancing(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "Removes a financing line; returns the contract." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  removeFinancingLine(@Ctx() ctx: RequestContext, @Arg("input") input: RemoveFinancingLineInput): Promise<Contract> {
    return annexes.removeFinancingLine(ctx, input);
  }
}

/** Sanitary dashboards: how indicators were evaluated, per organisation and over a region or department. */
@Authorized()
@Resolver(() => Organisation)
export class SanitaryResultsResolver {
  @FieldResolver(() => [IndicatorYearResults], { description: "Per contract year, how the indicators of its sanitary contracts were evaluated." })
  indicatorResults(@Root() organisation: Organisation, @Ctx() ctx: RequestContext): Promise<IndicatorYearResults[]> {
    return resultsByOrganisation(ctx).load(organisation.id);
  }

  @Query(() => [IndicatorYearResults], { name: "indicatorResults", description: "Per contract year, the indicators of the sanitary contracts you may read (by region, department or organisation) by verdict." })
  indicatorResultsOverall(@Ctx() ctx: RequestContext, @Arg("filter", () => IndicatorResultsFilter, { description: "Which contracts to count; empty: all those you may read.", nullable: true }) filter?: IndicatorResultsFilter): Promise<IndicatorYearResults[]> {
    return indicatorResults(ctx, filter ?? {});
  }
}
