import type { SelectQueryBuilder } from "typeorm";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { addYears } from "../core/dates";
import { badInput } from "../core/errors";
import type { Page } from "../core/pagination";
import { escapeLike, normalizeForSearch } from "../core/text";
import { requireModuleType } from "../commode/catalogue.service";
import { moduleRate } from "../commode/progress";
import { ContractModule, ModuleProgressSnapshot, OrganisationProgress, ProgressSnapshot } from "../commode/plan.entities";
import { EXPECTED_RATE_COLUMNS } from "../contracts/campaign.entities";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { CONTRACT_YEARS } from "../contracts/period";
import { snakeCase } from "../core/database/naming";
import { groupBy } from "../core/collections";
import { organisationScope } from "../core/auth/tenant";
import { Organisation } from "../organisations/organisation.entities";
import { type OrganisationFilter, type OrganisationSort, OrganisationSortField } from "./dashboard.inputs";
import { distribution, type Distribution } from "./distribution";
import { msg } from "../core/i18n/message";

/**
 * The current contract year as SQL over `${c}.start_date`: year N when the start falls after
 * today minus N years (the same years as contracts/period.ts, thresholds computed here).
 */
function expectedRateNow(today: string, c: string, campaign: string): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const branches = EXPECTED_RATE_COLUMNS.slice(0, CONTRACT_YEARS - 1).map((column, i) => {
    params[`yearAfter${i + 1}`] = addYears(today, -(i + 1));
    return `WHEN ${c}.start_date > :yearAfter${i + 1} THEN ${campaign}.${snakeCase(column)}`;
  });
  return { sql: `CASE ${branches.join(" ")} ELSE ${campaign}.${snakeCase(EXPECTED_RATE_COLUMNS[CONTRACT_YEARS - 1])} END`, params };
}

/** The organisations a dashboard looks at: the user's scope and the filter, as a query on `o`. */
export function filteredOrganisations(ctx: RequestContext, filter: OrganisationFilter): SelectQueryBuilder<Organisation> {
  const user = currentUser(ctx);
  const scope = organisationScope(user);
  const qb = ctx.em.createQueryBuilder(Organisation, "o").where(scope.sql, scope.params);
  if (filter.sector) {
    // The sector is the establishment's: region and department apply to the same establishment.
    const establishment = ["e.sector = :sector"];
    if (filter.regionCode) establishment.push("e.department_code IN (SELECT d.code FROM department d WHERE d.region_code = :regionCode)");
    if (filter.departmentCode) establishment.push("e.department_code = :departmentCode");
    qb.andWhere(`o.id IN (SELECT e.organisation_id FROM establishment e WHERE ${establishment.join(" AND ")})`, {
      sector: filter.sector,
      regionCode: filter.regionCode,
      departmentCode: filter.departmentCode,
    });
  } else if (filter.regionCode || filter.departmentCode) {
    const presence = [filter.regionCode ? "od.region_code = :regionCode" : null, filter.departmentCode ? "od.department_code = :departmentCode" : null].filter(Boolean);
    qb.andWhere(`o.id IN (SELECT od.organisation_id FROM organisation_department od WHERE ${presence.join(" AND ")})`, {
      regionCode: filter.regionCode,
      departmentCode: filter.departmentCode,
    });
  }
  const search = filter.search ? normalizeForSearch(filter.search) : "";
  if (search) qb.andWhere("o.search_text LIKE :search ESCAPE '\\'", { search: `%${escapeLike(search)}%` });
  const today = ctx.today();
  if (filter.belowTrajectory) {
    const expected = expectedRateNow(today, "tc", "tcp");
    qb.andWhere(
      `o.id IN (SELECT tc.organisation_id FROM contract tc JOIN contract_plan tp ON tp.contract_id = tc.id JOIN campaign tcp ON tcp.id = tc.campaign_id
        WHERE tc.agency_id = :filterTenant AND tc.start_date <= :today AND tc.end_date >= :today AND COALESCE(tp.progress_rate, 0) < ${expected.sql})`,
      { today, filterTenant: user.tenantAgencyId, ...expected.params },
    );
  }
  if (filter.inactiveForMonths) {
    const since = new Date(ctx.now());
    since.setUTCMonth(since.getUTCMonth() - filter.inactiveForMonths);
    qb.andWhere(
      `o.id IN (SELECT ic.organisation_id FROM contract ic WHERE ic.kind = :inactiveKind AND ic.agency_id = :filterTenant)
       AND o.id NOT IN (SELECT ip.organisation_id FROM organisation_progress ip WHERE ip.agency_id = :filterTenant AND ip.last_progress_at >= :inactiveSince)`,
      { inactiveKind: ContractKind.MEDICO_SOCIAL, inactiveSince: since, filterTenant: user.tenantAgencyId },
    );
  }
  return qb;
}

/**
 * A page of organisations for a dashboard: two statements (the page and the count),
 * whatever the page size; their rates then come from per-request loaders.
 */
export async function listOrganisations(ctx: RequestContext, filter: OrganisationFilter, sort: OrganisationSort, skip: number, take: number): Promise<Page<Organisation>> {
  const qb = filteredOrganisations(ctx, filter);
  const totalCount = await qb.clone().getCount();
  if (sort.field === OrganisationSortField.PROGRESS_RATE) {
    qb.leftJoin(OrganisationProgress, "p", "p.organisation_id = o.id AND p.agency_id = :sortTenant", { sortTenant: currentUser(ctx).tenantAgencyId }).orderBy(
      "p.progress_rate",
      sort.direction,
      "NULLS LAST",
    );
  } else {
    qb.orderBy("o.search_text", sort.direction);
  }
  const items = await qb.addOrderBy("o.id", "ASC").offset(skip).limit(take).getMany();
  return { items, totalCount };
}

/** An organisation's rate in a module over its contracts: the mean of that module's rates (the formula's mean), modules without a rate left out. */
function meanPerOrganisation(rows: { organisation_id: number; rate: number | null }[]): (number | null)[] {
  return [...groupBy(rows, (r) => Number(r.organisation_id)).values()].map((group) => moduleRate(group.flatMap((r) => (r.rate === null ? [] : [Number(r.rate)]))));
}

export interface RateDistribution extends Distribution {
  /** Organisations of the filter with a medico-social contract but no rate (no action yet, or nothing recorded that year). */
  withoutRate: number;
}

/**
 * The distribution of the organisations' rates (overall or in one module), now or as
 * recorded at the close of contract year N, over the filtered organisations.
 */
export async function rateDistribution(ctx: RequestContext, filter: OrganisationFilter, moduleTypeCode: string | null, year: number | null): Promise<RateDistribution> {
  if (year !== null && (year < 1 || year > CONTRACT_YEARS)) throw badInput("year", msg`year is a contract year, 1 to ${CONTRACT_YEARS}`);
  const organisations = filteredOrganisations(ctx, filter).select("o.id");
  const inFilter = (column: string) => `${column} IN (${organisations.getQuery()})`;
  const params = organisations.getParameters();
  const moduleTypeId = moduleTypeCode ? (await requireModuleType(ctx, moduleTypeCode, "moduleTypeCode")).id : null;
  const em = ctx.em;
  // Rates with the user's agency only (an organisation may also contract with other regions' agencies).
  const tenant = { rateTenant: currentUser(ctx).tenantAgencyId };
  let perOrganisation: (number | null)[];

  if (year === null && moduleTypeId === null) {
    const rows = await em
      .createQueryBuilder(OrganisationProgress, "p")
      .select("p.progress_rate", "rate")
      .where(inFilter("p.organisation_id"), params)
      .andWhere("p.agency_id = :rateTenant", tenant)
      .getRawMany<{ rate: number | null }>();
    perOrganisation = rows.map((r) => (r.rate === null ? null : Number(r.rate)));
  } else if (year === null) {
    const rows = await em
      .createQueryBuilder(ContractModule, "m")
      .innerJoin(Contract, "c", "c.id = m.contract_id")
      .select(["c.organisation_id AS organisation_id", "m.progress_rate AS rate"])
      .where(inFilter("c.organisation_id"), params)
      .andWhere("m.module_type_id = :moduleTypeId AND c.kind = :kind AND c.agency_id = :rateTenant", { moduleTypeId, kind: ContractKind.MEDICO_SOCIAL, ...tenant })
      .getRawMany<{ organisation_id: number; rate: number | null }>();
    perOrganisation = meanPerOrganisation(rows);
  } else if (moduleTypeId === null) {
    const rows = await em
      .createQueryBuilder(ProgressSnapshot, "s")
      .innerJoin(Contract, "c", "c.id = s.contract_id")
      .select(["c.organisation_id AS organisation_id", "s.organisation_rate AS rate"])
      .where(inFilter("c.organisation_id"), params)
      .andWhere("s.year = :year AND c.kind = :kind AND c.agency_id = :rateTenant", { year, kind: ContractKind.MEDICO_SOCIAL, ...tenant })
      .orderBy("s.id", "DESC")
      .getRawMany<{ organisation_id: number; rate: number | null }>();
    // One value per organisation: its latest record for that year.
    perOrganisation = [...groupBy(rows, (r) => Number(r.organisation_id)).values()].map((group) => (group[0].rate === null ? null : Number(group[0].rate)));
  } else {
    const rows = await em
      .createQueryBuilder(ModuleProgressSnapshot, "ms")
      .innerJoin(ProgressSnapshot, "s", "s.id = ms.snapshot_id")
      .innerJoin(Contract, "c", "c.id = s.contract_id")
      .select(["c.organisation_id AS organisation_id", "ms.rate AS rate"])
      .where(inFilter("c.organisation_id"), params)
      .andWhere("s.year = :year AND ms.module_type_id = :moduleTypeId AND c.kind = :kind AND c.agency_id = :rateTenant", { year, moduleTypeId, kind: ContractKind.MEDICO_SOCIAL, ...tenant })
      .getRawMany<{ organisation_id: number; rate: number | null }>();
    perOrganisation = meanPerOrganisation(rows);
  }
  const rates = perOrganisation.filter((r): r is number => r !== null);
  return { ...distribution(rates), withoutRate: perOrganisation.length - rates.length };
}
