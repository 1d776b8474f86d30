import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { assertVersion } from "../core/versioning";
import { badInput, conflict } from "../core/errors";
import { notFound, visibleOrNull } from "../core/errors";
import { normalizeForSearch } from "../core/text";
import { Department } from "../territory/territory.entities";
import { requireDepartment, requireRegion } from "../territory/territory.service";
import { checkFiness } from "./finess";
import { assertCanManageDepartment, assertCanManageOrganisation, requireEstablishment, requireOrganisation } from "./organisation.access";
import { Establishment, Organisation, OrganisationDepartment } from "./organisation.entities";
import type { CreateEstablishmentInput, CreateOrganisationInput, UpdateEstablishmentInput, UpdateOrganisationInput } from "./organisation.inputs";
import { msg } from "../core/i18n/message";

/** Normalises a FINESS number as typed ("21 078 058 1", "2a…") and checks it; returns it with its department. */
async function validFiness(ctx: RequestContext, raw: string, field: string, label: string): Promise<{ finess: string; department: Department }> {
  const finess = raw.replace(/\s+/g, "").toUpperCase();
  const result = checkFiness(finess);
  if (!result.valid) throw badInput(field, msg`${label} "${raw}" ${result.reason}`);
  const department = await ctx.em.findOneBy(Department, { code: result.departmentCode });
  if (!department) throw badInput(field, msg`${label} "${raw}" starts with an unknown department (${result.departmentCode})`);
  return { finess, department };
}

const searchText = (organisation: Pick<Organisation, "name" | "finessJuridique">) =>
  normalizeForSearch(`${organisation.name} ${organisation.finessJuridique}`);

export async function createOrganisation(ctx: RequestContext, input: CreateOrganisationInput): Promise<Organisation> {
  const { finess } = await validFiness(ctx, input.finessJuridique, "finessJuridique", "FINESS juridique");
  await requireRegion(ctx, input.headOfficeRegionCode, "headOfficeRegionCode");
  // FINESS numbers are public; who registered the organisation, and under what name, is not said.
  if (await ctx.tm.existsBy(Organisation, { finessJuridique: finess })) {
    throw conflict(msg`FINESS juridique ${finess} is already registered: register the organisation's sites in your region with createEstablishment(organisationFinessJuridique)`, {
      field: "finessJuridique",
    });
  }
  const organisation = ctx.tm.create(Organisation, {
    name: input.name.trim(),
    finessJuridique: finess,
    legalStatus: input.legalStatus,
    headOfficeRegionCode: input.headOfficeRegionCode,
    registeredByAgencyId: currentUser(ctx).tenantAgencyId,
  });
  organisation.searchText = searchText(organisation);
  const saved = await ctx.tm.save(organisation);
  await auditCreate(ctx, "Organisation", saved, { organisationId: saved.id });
  return saved;
}

export async function updateOrganisation(ctx: RequestContext, input: UpdateOrganisationInput): Promise<Organisation> {
  const organisation = await requireOrganisation(ctx, input.id, "id");
  assertCanManageOrganisation(ctx, organisation);
  assertVersion(organisation, input.version, msg`The organisation`);
  const before = snapshot(organisation);
  if (input.headOfficeRegionCode != null) {
    await requireRegion(ctx, input.headOfficeRegionCode, "headOfficeRegionCode");
    organisation.headOfficeRegionCode = input.headOfficeRegionCode;
  }
  if (input.name != null) organisation.name = input.name.trim();
  if (input.legalStatus != null) organisation.legalStatus = input.legalStatus;
  organisation.searchText = searchText(organisation);
  const saved = await ctx.tm.save(organisation);
  await auditUpdate(ctx, "Organisation", before, saved, { organisationId: saved.id });
  return saved;
}

/** The organisation a new site belongs to: by id if the user sees it, or by its public FINESS juridique. */
async function ownerOf(ctx: RequestContext, input: CreateEstablishmentInput): Promise<Organisation> {
  if ((input.organisationId == null) === (input.organisationFinessJuridique == null)) {
    throw badInput(input.organisationId == null ? "organisationId" : "organisationFinessJuridique", msg`Give the organisation by organisationId or by organisationFinessJuridique (one of them)`);
  }
  if (input.organisationId != null) return requireOrganisation(ctx, input.organisationId, "organisationId");
  const { finess } = await validFiness(ctx, input.organisationFinessJuridique!, "organisationFinessJuridique", "FINESS juridique");
  const organisation = await ctx.em.findOneBy(Organisation, { finessJuridique: finess });
  if (!organisation) throw notFound(msg`Organisation with FINESS juridique`, finess, "organisationFinessJuridique");
  return organisation;
}

export async function createEstablishment(ctx: RequestContext, input: CreateEstablishmentInput): Promise<Establishment> {
  const department = await requireDepartment(ctx, input.departmentCode, "departmentCode");
  await assertCanManageDepartment(ctx, department.code, "departmentCode");
  const organisation = await ownerOf(ctx, input);
  const { finess, department: finessDepartment } = await validFiness(ctx, input.finessGeographique, "finessGeographique", "FINESS géographique");
  if (finessDepartment.code !== department.code) {
    throw badInput(
      "finessGeographique",
      msg`FINESS géographique ${finess} belongs to department ${finessDepartment.code} (${finessDepartment.name}), but the establishment is in ${department.code} (${department.name})`,
    );
  }
  if (await ctx.tm.existsBy(Establishment, { finessGeographique: finess })) throw conflict(msg`FINESS géographique ${finess} is already registered`, { field: "finessGeographique" });
  const establishment = await ctx.tm.save(
    ctx.tm.create(Establishment, {
      organisationId: organisation.id,
      finessGeographique: finess,
      name: input.name.trim(),
      sector: input.sector ?? null,
      category: input.category.trim(),
      departmentCode: department.code,
      commune: input.commune.trim(),
      postalCode: input.postalCode,
    }),
  );
  await auditCreate(ctx, "Establishment", establishment, { organisationId: organisation.id });
  if (!(await ctx.tm.findOneBy(OrganisationDepartment, { organisationId: organisation.id, departmentCode: department.code }))) {
    await ctx.tm.insert(OrganisationDepartment, { organisationId: organisation.id, departmentCode: department.code, regionCode: department.regionCode });
  }
  return establishment;
}

export async function updateEstablishment(ctx: RequestContext, input: UpdateEstablishmentInput): Promise<Establishment> {
  const establishment = await requireEstablishment(ctx, input.id, "id");
  await assertCanManageDepartment(ctx, establishment.departmentCode, "id");
  assertVersion(establishment, input.version, msg`The establishment`);
  const before = snapshot(establishment);
  if (input.name != null) establishment.name = input.name.trim();
  if (input.category != null) establishment.category = input.category.trim();
  if (input.commune != null) establishment.commune = input.commune.trim();
  if (input.postalCode != null) establishment.postalCode = input.postalCode;
  const saved = await ctx.tm.save(establishment);
  await auditUpdate(ctx, "Establishment", before, saved, { organisationId: establishment.organisationId });
  return saved;
}

/** An organisation by id; null when it does not exist or lies outside the user's scope. */
export async function getOrganisation(ctx: RequestContext, id: number): Promise<Organisation | null> {
  return visibleOrNull(() => requireOrganisation(ctx, id, "id"));
}

/** An establishment by id; null when it does not exist or lies outside the user's scope. */
export async function getEstablishment(ctx: RequestContext, id: number): Promise<Establishment | null> {
  return visibleOrNull(() => requireEstablishment(ctx, id, "id"));
}
