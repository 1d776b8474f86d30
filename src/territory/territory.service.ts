import { forbidden } from "../core/auth/auth-checker";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { assertVersion } from "../core/versioning";
import { badInput, conflict } from "../core/errors";
import { findOrFail } from "../core/ids";
import { Agency, Department, Region } from "./territory.entities";
import type { CreateAgencyInput, UpdateAgencyInput } from "./territory.inputs";
import { msg } from "../core/i18n/message";

export async function requireRegion(ctx: RequestContext, code: string, field: string): Promise<Region> {
  const region = await ctx.em.findOneBy(Region, { code });
  if (!region) throw badInput(field, msg`Unknown region code "${code}" (INSEE region codes, e.g. "27")`);
  return region;
}

export async function requireDepartment(ctx: RequestContext, code: string, field: string): Promise<Department> {
  const department = await ctx.em.findOneBy(Department, { code });
  if (!department) throw badInput(field, msg`Unknown department code "${code}" (e.g. "71", "2A", "974")`);
  return department;
}

export function listRegions(ctx: RequestContext): Promise<Region[]> {
  return ctx.em.find(Region, { order: { code: "ASC" } });
}

export function listDepartments(ctx: RequestContext, regionCode?: string | null): Promise<Department[]> {
  return ctx.em.find(Department, { where: regionCode ? { regionCode } : {}, order: { code: "ASC" } });
}

export function listAgencies(ctx: RequestContext): Promise<Agency[]> {
  return ctx.em.find(Agency, { order: { regionCode: "ASC" } });
}

export async function createAgency(ctx: RequestContext, input: CreateAgencyInput): Promise<Agency> {
  await requireRegion(ctx, input.regionCode, "regionCode");
  const existing = await ctx.tm.findOneBy(Agency, { regionCode: input.regionCode });
  if (existing) throw conflict(msg`Region ${input.regionCode} already has an agency (${existing.name})`, { field: "regionCode" });
  const agency = await ctx.tm.save(ctx.tm.create(Agency, { name: input.name.trim(), regionCode: input.regionCode }));
  await auditCreate(ctx, "Agency", agency, { agencyId: agency.id });
  return agency;
}

export async function updateAgency(ctx: RequestContext, input: UpdateAgencyInput): Promise<Agency> {
  const agency = await findOrFail(ctx.tm, Agency, input.id, "id", msg`Agency`);
  if (currentUser(ctx).agencyId !== agency.id) throw forbidden(msg`An agency admin changes only its own agency`);
  assertVersion(agency, input.version, msg`The agency`);
  const before = snapshot(agency);
  agency.name = input.name.trim();
  const saved = await ctx.tm.save(agency);
  await auditUpdate(ctx, "Agency", before, saved, { agencyId: agency.id });
  return saved;
}
