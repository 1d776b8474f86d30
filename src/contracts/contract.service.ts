import { In } from "typeorm";
import { User } from "../accounts/account.entities";
import { forbidden } from "../core/auth/auth-checker";
import { Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import { AuditEntry } from "../core/audit/audit.entity";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { assertVersion } from "../core/versioning";
import { badInput, conflict, notFound, ruleViolation, visibleOrNull } from "../core/errors";
import { findOrFail, parseId } from "../core/ids";
import type { Page } from "../core/pagination";
import { countWhere, readWhere } from "../core/database/entity-reader";
import { Establishment } from "../organisations/organisation.entities";
import { Agency, Department } from "../territory/territory.entities";
import { Contract, ContractEstablishment, ContractKind } from "./contract.entities";
import { Campaign } from "./campaign.entities";
import { requireEstablishment, requireOrganisation } from "../organisations/organisation.access";
import { assertActsForAgency, contractReadScope, requireContract } from "./contract.access";
import { gate, Intent } from "./contract-life";
import type { AssignContractOfficerInput, ContractFilter, SetOrganisationWriteAccessInput } from "./contract.inputs";
import { contractEndDate } from "./period";
import { PAST_DEADLINE_SQL } from "./contract-status";
import { ContractReview, defaultReviews } from "./review.entities";
import { msg, type Message } from "../core/i18n/message";

export interface NewContract {
  kind: ContractKind;
  organisationId: string;
  agencyId: string;
  startDate: string;
  /** The establishments covered; by default all those of the organisation in the agency's region that fit the kind. */
  establishmentIds?: string[] | null;
  /** The agency's campaign the contract belongs to. */
  campaignId?: string | null;
}

/** Medico-social contracts cover PA/PH establishments; sanitary ones, health establishments. */
function fitsKind(kind: ContractKind, establishment: Establishment): boolean {
  return kind === ContractKind.MEDICO_SOCIAL ? establishment.sector !== null : establishment.sector === null;
}
const KIND_LABEL: Record<ContractKind, Message> = {
  [ContractKind.MEDICO_SOCIAL]: msg`medico-social (sector PA or PH)`,
  [ContractKind.SANITARY]: msg`health (no medico-social sector)`,
};

/** Creates a contract and its covered establishments, after checking every party and date. */
export async function createContract(ctx: RequestContext, input: NewContract): Promise<Contract> {
  const em = ctx.tm;
  const agency = await findOrFail(em, Agency, input.agencyId, "agencyId", msg`Agency`);
  assertActsForAgency(ctx, agency.id);
  const organisation = await requireOrganisation(ctx, input.organisationId, "organisationId");
  const user = currentUser(ctx);
  let campaignId: number | null = null;
  if (input.campaignId) {
    const campaign = await findOrFail(em, Campaign, input.campaignId, "campaignId", msg`Campaign`);
    if (campaign.agencyId !== agency.id) throw notFound(msg`Campaign`, input.campaignId, "campaignId");
    if (campaign.kind !== input.kind) throw badInput("campaignId", msg`Campaign "${campaign.name}" is not a ${input.kind} campaign`);
    campaignId = campaign.id;
  }
  const startYear = Number(input.startDate.slice(0, 4));
  if (startYear < 2000 || startYear > 2100) throw badInput("startDate", msg`startDate ${input.startDate} is not a plausible contract start`);
  const endDate = contractEndDate(input.startDate);
  const regionDepartments = (await em.findBy(Department, { regionCode: agency.regionCode })).map((d) => d.code);

  let establishments: Establishment[];
  if (input.establishmentIds == null) {
    const candidates = await em.find(Establishment, { where: { organisationId: organisation.id, departmentCode: In(regionDepartments) }, order: { id: "ASC" } });
    establishments = candidates.filter((e) => fitsKind(input.kind, e));
    if (establishments.length === 0) {
      throw ruleViolation(
        "NO_ESTABLISHMENT",
        msg`${organisation.name} has no ${KIND_LABEL[input.kind]} establishment in region ${agency.regionCode}: register its establishments first`,
        { field: "establishmentIds" },
      );
    }
  } else {
    if (input.establishmentIds.length === 0) throw badInput("establishmentIds", msg`A contract covers at least one establishment`);
    const ids = input.establishmentIds.map((raw, i) => parseId(raw, `establishmentIds.${i}`));
    establishments = [];
    for (const [i, id] of ids.entries()) {
      const field = `establishmentIds.${i}`;
      if (ids.indexOf(id) !== i) throw badInput(field, msg`Establishment ${id} is listed twice`);
      // Only the sites of the agency's region are seen (core/auth/tenant.ts).
      const establishment = await requireEstablishment(ctx, id, field);
      if (establishment.organisationId !== organisation.id) throw badInput(field, msg`Establishment ${establishment.name} is not a site of ${organisation.name}`);
      if (!fitsKind(input.kind, establishment)) {
        throw badInput(field, msg`Establishment ${establishment.name} is not a ${KIND_LABEL[input.kind]} establishment`);
      }
      establishments.push(establishment);
    }
  }

  // One contract of a kind at a time per establishment: periods must not overlap.
  const overlapping = await em
    .createQueryBuilder(ContractEstablishment, "ce")
    .innerJoin(Contract, "c", "c.id = ce.contract_id")
    .select(["ce.establishment_id AS establishment_id", "c.id AS contract_id"])
    .where("ce.establishment_id IN (:...ids)", { ids: establishments.map((e) => e.id) })
    .andWhere("c.kind = :kind AND c.start_date <= :end AND c.end_date >= :start", { kind: input.kind, start: input.startDate, end: endDate })
    .getRawOne<{ establishment_id: number; contract_id: number }>();
  if (overlapping) {
    const establishment = establishments.find((e) => e.id === Number(overlapping.establishment_id))!;
    // Only this agency contracts for the sites of its region: the other contract is its own.
    throw conflict(msg`Establishment ${establishment.name} is already covered by contract ${overlapping.contract_id} over an overlapping period`, {
      field: input.establishmentIds ? `establishmentIds.${establishments.indexOf(establishment)}` : "establishmentIds",
    });
  }

  const contract = await em.save(
    em.create(Contract, {
      kind: input.kind,
      organisationId: organisation.id,
      agencyId: agency.id,
      startDate: input.startDate,
      endDate,
      // An officer who opens a contract is in charge of it.
      officerId: user.role === Role.AGENCY_OFFICER ? user.id : null,
      organisationCanEdit: false,
      campaignId,
    }),
  );
  await em.insert(
    ContractEstablishment,
    establishments.map((e) => ({ contractId: contract.id, establishmentId: e.id })),
  );
  await auditCreate(ctx, "Contract", { ...contract, establishmentIds: establishments.map((e) => e.id) }, auditScope(contract));
  await em.save(defaultReviews(contract.kind, contract.startDate, contract.endDate).map((review) => em.create(ContractReview, { ...review, contractId: contract.id, heldOn: null, description: null, recordedBy: null })));
  return contract;
}

export async function listContracts(ctx: RequestContext, filter: ContractFilter, skip: number, take: number): Promise<Page<Contract>> {
  const scope = contractReadScope(currentUser(ctx));
  const conditions = [`(${scope.sql})`];
  const params: Record<string, unknown> = { ...scope.params };
  const add = (sql: string, values: Record<string, unknown>) => {
    conditions.push(`(${sql})`);
    Object.assign(params, values);
  };
  if (filter.organisationId) add("c.organisation_id = :organisationId", { organisationId: parseId(filter.organisationId, "filter.organisationId") });
  if (filter.agencyId) add("c.agency_id = :agencyId", { agencyId: parseId(filter.agencyId, "filter.agencyId") });
  if (filter.kind) add("c.kind = :kind", { kind: filter.kind });
  if (filter.departmentCode) {
    add("EXISTS (SELECT 1 FROM contract_establishment ce JOIN establishment e ON e.id = ce.establishment_id WHERE ce.contract_id = c.id AND e.department_code = :department)", {
      department: filter.departmentCode,
    });
  }
  if (filter.pastDeadline) add(PAST_DEADLINE_SQL, { today: ctx.today() });
  const where = { sql: conditions.join(" AND "), params };
  const items = await readWhere(ctx.em, Contract, "c", where, "c.start_date DESC, c.id ASC", { skip, take });
  // A short page counts itself; a full one, or an empty one past the start, needs the count.
  const counted = items.length < take && (items.length > 0 || skip === 0);
  const totalCount = counted ? skip + items.length : await countWhere(ctx.em, "contract", "c", where);
  return { items, totalCount };
}

/** Where a contract's changes appear: its own history, its organisation's and its agency's. */
export const auditScope = (contract: Contract) => ({ contractId: contract.id, organisationId: contract.organisationId, agencyId: contract.agencyId });

/** A contract by id; null when it does not exist or lies outside the user's scope. */
export function getContract(ctx: RequestContext, id: number): Promise<Contract | null> {
  return visibleOrNull(() => requireContract(ctx, id, "id"));
}

/** The agency admin puts an officer of the agency in charge of a contract (or none). */
export async function assignContractOfficer(ctx: RequestContext, input: AssignContractOfficerInput): Promise<Contract> {
  const em = ctx.tm;
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  const admin = currentUser(ctx);
  if (admin.role !== Role.AGENCY_ADMIN) throw forbidden(msg`Only the agency admin assigns the officer of a contract`);
  assertVersion(contract, input.version, msg`The contract`);
  let officerId: number | null = null;
  if (input.officerId) {
    const officer = await findOrFail(em, User, input.officerId, "officerId", msg`User`);
    // An account of another agency answers as an unknown one.
    if (officer.managingAgencyId !== admin.tenantAgencyId) throw notFound(msg`User`, input.officerId, "officerId");
    if (officer.role !== Role.AGENCY_OFFICER || !officer.active) throw badInput("officerId", msg`${officer.displayName} is not an active officer of the agency`);
    officerId = officer.id;
  }
  const before = snapshot(contract);
  contract.officerId = officerId;
  const saved = await em.save(contract);
  await auditUpdate(ctx, "Contract", before, saved, auditScope(saved));
  return saved;
}

/** The agency opens (or closes) write access to the organisation's users. */
export async function setOrganisationWriteAccess(ctx: RequestContext, input: SetOrganisationWriteAccessInput): Promise<Contract> {
  const em = ctx.tm;
  const contract = await requireContract(ctx, input.contractId, "contractId");
  await gate(ctx, contract, Intent.MANAGE);
  assertVersion(contract, input.version, msg`The contract`);
  const before = snapshot(contract);
  contract.organisationCanEdit = input.open;
  const saved = await em.save(contract);
  await auditUpdate(ctx, "Contract", before, saved, auditScope(saved));
  return saved;
}

/** A contract's changes on record, newest first. */
export async function contractHistory(ctx: RequestContext, contractId: number, skip: number, take: number): Promise<Page<AuditEntry>> {
  await requireContract(ctx, contractId, "contractId");
  const [items, totalCount] = await ctx.em.findAndCount(AuditEntry, { where: { contractId }, order: { id: "DESC" }, skip, take });
  return { items, totalCount };
}
