import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { organisationReadScope } from "../organisations/organisation.access";
import type { Page } from "../core/pagination";
import { escapeLike, normalizeForSearch } from "../core/text";
import { OrganisationProgress } from "../commode/plan.entities";
import { Organisation } from "../organisations/organisation.entities";
import { type OrganisationFilter, type OrganisationSort, OrganisationSortField } from "./dashboard.inputs";

/**
 * A page of organisations for a dashboard: two statements (the page and the count),
 * whatever the page size; their rates then come from per-request loaders.
 */
export async function listOrganisations(ctx: RequestContext, filter: OrganisationFilter, sort: OrganisationSort, skip: number, take: number): Promise<Page<Organisation>> {
  const scope = organisationReadScope(currentUser(ctx));
  const qb = ctx.em.createQueryBuilder(Organisation, "o").where(scope.sql, scope.params);
  const establishment: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.regionCode) {
    establishment.push("e.department_code IN (SELECT d.code FROM department d WHERE d.region_code = :regionCode)");
    params.regionCode = filter.regionCode;
  }
  if (filter.departmentCode) {
    establishment.push("e.department_code = :departmentCode");
    params.departmentCode = filter.departmentCode;
  }
  if (filter.sector) {
    establishment.push("e.sector = :sector");
    params.sector = filter.sector;
  }
  if (establishment.length) {
    qb.andWhere(`EXISTS (SELECT 1 FROM establishment e WHERE e.organisation_id = o.id AND ${establishment.join(" AND ")})`, params);
  }
  const search = filter.search ? normalizeForSearch(filter.search) : "";
  if (search) qb.andWhere("o.search_text LIKE :search ESCAPE '\\'", { search: `%${escapeLike(search)}%` });

  const totalCount = await qb.clone().getCount();
  if (sort.field === OrganisationSortField.PROGRESS_RATE) {
    qb.leftJoin(OrganisationProgress, "p", "p.organisation_id = o.id").orderBy("p.progress_rate", sort.direction, "NULLS LAST");
  } else {
    qb.orderBy("o.search_text", sort.direction);
  }
  const items = await qb.addOrderBy("o.id", "ASC").offset(skip).limit(take).getMany();
  return { items, totalCount };
}
