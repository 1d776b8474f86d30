import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Extensions } from "type-graphql";
import { Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { Transactional } from "../core/transactional";
import { LegalStatus } from "../organisations/organisation.entities";
import { Activity } from "./activity.entities";
import { ActionType, IndicatorTemplate, ObjectiveLimit, SanitaryCatalogue, StrategicObjective, StrategicOrientation } from "./catalogue.entities";
import { SanitaryCatalogueInput, UpdateCatalogueLimitsInput } from "./catalogue.inputs";
import * as catalogues from "./catalogue.service";
import {
  actionTypesByObjective,
  catalogueById,
  limitsByCatalogue,
  objectivesByOrientation,
  orientationById,
  orientationsByCatalogue,
  strategicObjectiveById,
  templatesByActionType,
} from "./sanitary.loaders";

@ObjectType({ description: "Which establishments an action concerns: every condition given holds." })
class ConcernedRuleView {
  @Field(() => String, { description: "The catalogue's own words." })
  text: string;

  @Field(() => [LegalStatus], { description: "Legal statuses the organisation must have (if any)." })
  legalStatuses: LegalStatus[];

  @Field(() => [String], { description: "Activity codes a site must all hold." })
  allOf: string[];

  @Field(() => [String], { description: "Activity codes a site must hold one of (if any)." })
  anyOf: string[];

  @Field(() => [String], { description: "Activity codes a site must not hold." })
  noneOf: string[];

  @Field(() => [String], { description: "Establishment categories the organisation must manage." })
  organisationManages: string[];
}

@Authorized()
@Resolver(() => SanitaryCatalogue)
export class SanitaryCatalogueResolver {
  @Extensions({ listSize: 3 })
  @Query(() => [SanitaryCatalogue], { description: "Sanitary catalogues, by region." })
  sanitaryCatalogues(@Ctx() ctx: RequestContext, @Arg("regionCode", () => String, { nullable: true }) regionCode?: string | null): Promise<SanitaryCatalogue[]> {
    return catalogues.listCatalogues(ctx, regionCode ?? null);
  }

  @Query(() => SanitaryCatalogue, { description: "A sanitary catalogue; null if it does not exist or you may not read it.", nullable: true })
  sanitaryCatalogue(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string): Promise<SanitaryCatalogue | null> {
    return catalogueById(ctx).load(parseId(id, "id"));
  }

  @Query(() => [Activity], { description: "The authorisations (activités de soins) and recognitions the catalogues' rules refer to." })
  activities(@Ctx() ctx: RequestContext): Promise<Activity[]> {
    return ctx.em.find(Activity, { order: { kind: "ASC", code: "ASC" } });
  }

  @FieldResolver(() => String, { description: "The region whose agency keeps it." })
  regionCode(@Root() catalogue: SanitaryCatalogue): string {
    return catalogue.regionCode;
  }

  @FieldResolver(() => [ObjectiveLimit], { description: "The most objectives per establishment category." })
  objectiveLimits(@Root() catalogue: SanitaryCatalogue, @Ctx() ctx: RequestContext): Promise<ObjectiveLimit[]> {
    return limitsByCatalogue(ctx).load(catalogue.id);
  }

  @Extensions({ listSize: 5 })
  @FieldResolver(() => [StrategicOrientation], { description: "Its strategic orientations, with their objectives and actions." })
  orientations(@Root() catalogue: SanitaryCatalogue, @Ctx() ctx: RequestContext): Promise<StrategicOrientation[]> {
    return orientationsByCatalogue(ctx).load(catalogue.id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => SanitaryCatalogue, { description: "Adds the agency's own catalogue for its region (any number of orientations or volets)." })
  @Transactional()
  createSanitaryCatalogue(@Ctx() ctx: RequestContext, @Arg("input") input: SanitaryCatalogueInput): Promise<SanitaryCatalogue> {
    return catalogues.createCatalogue(ctx, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => SanitaryCatalogue, { description: "Sets how many strategic objectives a contract may retain, by default and per category." })
  @Transactional()
  updateCatalogueLimits(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateCatalogueLimitsInput): Promise<SanitaryCatalogue> {
    return catalogues.updateCatalogueLimits(ctx, input);
  }
}

@Authorized()
@Resolver(() => StrategicOrientation)
export class StrategicOrientationResolver {
  @FieldResolver(() => [StrategicObjective], { description: "Its strategic objectives." })
  objectives(@Root() orientation: StrategicOrientation, @Ctx() ctx: RequestContext): Promise<StrategicObjective[]> {
    return objectivesByOrientation(ctx).load(orientation.id);
  }
}

@Authorized()
@Resolver(() => StrategicObjective)
export class StrategicObjectiveResolver {
  @FieldResolver(() => StrategicOrientation, { description: "The orientation it belongs to." })
  async orientation(@Root() objective: StrategicObjective, @Ctx() ctx: RequestContext): Promise<StrategicOrientation> {
    return (await orientationById(ctx).load(objective.orientationId))!;
  }

  @FieldResolver(() => [ActionType], { description: "Its typed actions (engagements)." })
  actions(@Root() objective: StrategicObjective, @Ctx() ctx: RequestContext): Promise<ActionType[]> {
    return actionTypesByObjective(ctx).load(objective.id);
  }
}

@Authorized()
@Resolver(() => ActionType)
export class ActionTypeResolver {
  @FieldResolver(() => StrategicObjective, { description: "The strategic objective it belongs to." })
  async objective(@Root() action: ActionType, @Ctx() ctx: RequestContext): Promise<StrategicObjective> {
    return (await strategicObjectiveById(ctx).load(action.objectiveId))!;
  }

  @FieldResolver(() => ConcernedRuleView, { description: "The establishments it concerns (établissements concernés)." })
  concerned(@Root() action: ActionType): ConcernedRuleView {
    const rule = action.concerned;
    return { text: rule.text, legalStatuses: rule.legalStatuses ?? [], allOf: rule.allOf ?? [], anyOf: rule.anyOf ?? [], noneOf: rule.noneOf ?? [], organisationManages: rule.organisationManages ?? [] };
  }

  @Extensions({ listSize: 3 })
  @FieldResolver(() => [IndicatorTemplate], { description: "The indicators the catalogue suggests." })
  indicators(@Root() action: ActionType, @Ctx() ctx: RequestContext): Promise<IndicatorTemplate[]> {
    return templatesByActionType(ctx).load(action.id);
  }
}
