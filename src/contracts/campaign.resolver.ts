import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { Transactional } from "../core/transactional";
import { Agency } from "../territory/territory.entities";
import { agencyById } from "../territory/territory.loaders";
import { Campaign } from "./campaign.entities";
import { CreateCampaignInput, UpdateCampaignInput } from "./campaign.inputs";
import * as campaigns from "./campaign.service";

@Authorized()
@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => [Campaign], { description: "Campaigns, optionally of one agency." })
  campaigns(@Ctx() ctx: RequestContext, @Arg("agencyId", () => ID, { nullable: true }) agencyId?: string): Promise<Campaign[]> {
    return campaigns.listCampaigns(ctx, agencyId ? parseId(agencyId, "agencyId") : null);
  }

  @FieldResolver(() => Agency, { description: "The agency running it." })
  async agency(@Root() campaign: Campaign, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await agencyById(ctx).load(campaign.agencyId))!;
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Campaign, { description: "Creates a campaign of the admin's agency, with its expected trajectory." })
  @Transactional()
  createCampaign(@Ctx() ctx: RequestContext, @Arg("input") input: CreateCampaignInput): Promise<Campaign> {
    return campaigns.createCampaign(ctx, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => Campaign, { description: "Renames a campaign or moves its deadlines." })
  @Transactional()
  updateCampaign(@Ctx() ctx: RequestContext, @Arg("input") input: UpdateCampaignInput): Promise<Campaign> {
    return campaigns.updateCampaign(ctx, input);
  }
}
