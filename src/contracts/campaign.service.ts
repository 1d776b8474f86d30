import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, notFound } from "../core/errors";
import { findOrFail } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { Campaign, deadlineProblems, EXPECTED_RATE_COLUMNS, trajectoryProblems, type CampaignDeadlines } from "./campaign.entities";
import type { CreateCampaignInput, UpdateCampaignInput } from "./campaign.inputs";
import { joinMessages, msg } from "../core/i18n/message";

/** Sets the deadlines given (undefined: kept), after checking their order. */
function setDeadlines(campaign: Campaign, input: Partial<CampaignDeadlines>): void {
  const next: CampaignDeadlines = {
    negotiationOpensOn: input.negotiationOpensOn !== undefined ? input.negotiationOpensOn : (campaign.negotiationOpensOn ?? null),
    negotiationClosesOn: input.negotiationClosesOn !== undefined ? input.negotiationClosesOn : (campaign.negotiationClosesOn ?? null),
    signatureDeadline: input.signatureDeadline !== undefined ? input.signatureDeadline : (campaign.signatureDeadline ?? null),
  };
  const problems = deadlineProblems(next);
  if (problems.length) throw badInput(problems[0].field, problems[0].message);
  Object.assign(campaign, next);
}

function setTrajectory(campaign: Campaign, rates: number[]): void {
  const problems = trajectoryProblems(rates);
  if (problems.length) throw badInput("expectedRates", msg`The trajectory is not valid: ${joinMessages(problems)}`);
  EXPECTED_RATE_COLUMNS.forEach((column, i) => (campaign[column] = rates[i]));
}

export async function createCampaign(ctx: RequestContext, input: CreateCampaignInput): Promise<Campaign> {
  const user = currentUser(ctx);
  const campaign = ctx.tm.create(Campaign, { agencyId: user.agencyId!, name: input.name.trim(), kind: input.kind });
  setTrajectory(campaign, input.expectedRates);
  setDeadlines(campaign, input);
  const saved = await ctx.tm.save(campaign);
  await auditCreate(ctx, "Campaign", saved, { agencyId: saved.agencyId });
  return saved;
}

export async function updateCampaign(ctx: RequestContext, input: UpdateCampaignInput): Promise<Campaign> {
  const campaign = await findOrFail(ctx.tm, Campaign, input.id, "id", msg`Campaign`);
  // Another agency's campaign answers as an unknown one.
  if (campaign.agencyId !== currentUser(ctx).tenantAgencyId) throw notFound(msg`Campaign`, input.id, "id");
  assertVersion(campaign, input.version, msg`The campaign`);
  const before = snapshot(campaign);
  if (input.name != null) campaign.name = input.name.trim();
  if (input.expectedRates != null) setTrajectory(campaign, input.expectedRates);
  setDeadlines(campaign, input);
  const saved = await ctx.tm.save(campaign);
  await auditUpdate(ctx, "Campaign", before, saved, { agencyId: saved.agencyId });
  return saved;
}

/** The campaigns of the user's agency (its tenant): every user of the agency may read the trajectories. */
export function listCampaigns(ctx: RequestContext, agencyId: number | null): Promise<Campaign[]> {
  const tenant = currentUser(ctx).tenantAgencyId;
  if (agencyId !== null && agencyId !== tenant) return Promise.resolve([]);
  return ctx.em.find(Campaign, { where: { agencyId: tenant }, order: { id: "ASC" } });
}
