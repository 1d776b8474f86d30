import { Field, Float, InputType, Int, ObjectType, ID } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { IsOptional } from "class-validator";
import type { EntityManager } from "typeorm";
import { currentUser, type SqlFilter } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { parseId } from "../core/ids";
import { contractReadScope } from "../contracts/contract.access";
import { CONTRACT_YEARS } from "../contracts/period";
import { countVerdicts, verdictShares } from "./indicator-values";
import type { Verdict } from "./sanitary.enums";
import { IndicatorYear } from "./plan.entities";

@ObjectType({ description: "How the indicators of a contract year were evaluated: counts, and shares out of those met, partly met or not met." })
export class IndicatorYearResults {
  @Field(() => Int, { description: "Contract year N, 1 to 5." })
  year: number;

  @Field(() => Int, { description: "Indicators followed: those of the included actions of the retained objectives." })
  indicators: number;

  @Field(() => Int, { description: "Indicators met (atteint)." })
  met: number;

  @Field(() => Int, { description: "Indicators partly met (partiellement atteint)." })
  partlyMet: number;

  @Field(() => Int, { description: "Indicators not met (non atteint)." })
  notMet: number;

  @Field(() => Int, { description: "Indicators no longer applicable (devenu sans objet)." })
  noLongerApplicable: number;

  @Field(() => Int, { description: "Indicators without a verdict for the year." })
  notEvaluated: number;

  @Field(() => Float, { nullable: true, description: "Percentage of met indicators among those evaluated met, partly met or not met." })
  metShare: number | null;

  @Field(() => Float, { description: "Percentage partly met among those evaluated met, partly met or not met.", nullable: true })
  partlyMetShare: number | null;

  @Field(() => Float, { description: "Percentage not met among those evaluated met, partly met or not met.", nullable: true })
  notMetShare: number | null;
}

@InputType({ description: "Which sanitary contracts to add up (within what you may read)." })
export class IndicatorResultsFilter {
  @Field(() => String, { nullable: true, description: "Contracts of the agency of this region." })
  @IsOptional()
  @TextLength(3)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Contracts covering an establishment of this department." })
  @IsOptional()
  @TextLength(3)
  departmentCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string | null;
}

interface Row {
  key: number;
  year: number;
  verdict: Verdict | null;
  n: number;
}

/** The five years of results from grouped rows (every year present, zero when nothing). */
export function resultsFromRows(rows: Omit<Row, "key">[]): IndicatorYearResults[] {
  return Array.from({ length: CONTRACT_YEARS }, (_, i) => {
    const year = i + 1;
    const counts = countVerdicts(rows.filter((r) => r.year === year).map((r) => [r.verdict, r.n] as const));
    const shares = verdictShares(counts);
    return {
      year,
      indicators: counts.met + counts.partlyMet + counts.notMet + counts.noLongerApplicable + counts.notEvaluated,
      ...counts,
      metShare: shares?.met ?? null,
      partlyMetShare: shares?.partlyMet ?? null,
      notMetShare: shares?.notMet ?? null,
    };
  });
}

/**
 * Verdicts counted per key (contract or organisation), contract year and verdict, in one
 * grouped query over the stored verdicts (the override when there is one, else the computed
 * one): only indicators of included actions of retained objectives count.
 */
async function groupedVerdicts(em: EntityManager, keyColumn: "c.id" | "c.organisation_id" | "0", filters: SqlFilter[]): Promise<Row[]> {
  const qb = em
    .createQueryBuilder(IndicatorYear, "iy")
    .select(keyColumn, "key")
    .addSelect("iy.year", "year")
    .addSelect("COALESCE(iy.override_verdict, iy.computed_verdict)", "verdict")
    .addSelect("COUNT(*)", "n")
    .innerJoin("contract_indicator", "ci", "ci.id = iy.indicator_id")
    .innerJoin("contract_action", "ca", "ca.id = ci.contract_action_id AND ca.included = TRUE")
    .innerJoin("contract_objective", "co", "co.id = ca.contract_objective_id AND co.retained = TRUE")
    .innerJoin("contract", "c", "c.id = co.contract_id");
  for (const filter of filters) qb.andWhere(filter.sql, filter.params);
  qb.groupBy(keyColumn === "0" ? "iy.year" : `${keyColumn}, iy.year`).addGroupBy("COALESCE(iy.override_verdict, iy.computed_verdict)");
  const raw = await qb.getRawMany<{ key: number | string; year: number | string; verdict: Verdict | null; n: number | string }>();
  return raw.map((r) => ({ key: Number(r.key), year: Number(r.year), verdict: r.verdict, n: Number(r.n) }));
}

/** Results per contract, for the given contracts (a DataLoader's batch). */
export async function resultsByContracts(em: EntityManager, contractIds: readonly number[]): Promise<IndicatorYearResults[][]> {
  const rows = await groupedVerdicts(em, "c.id", [{ sql: "c.id IN (:...resultContracts)", params: { resultContracts: [...contractIds] } }]);
  return contractIds.map((id) => resultsFromRows(rows.filter((r) => r.key === id)));
}

/** Results per organisation over the sanitary contracts the user may read (a DataLoader's batch). */
export async function resultsByOrganisations(ctx: RequestContext, organisationIds: readonly number[]): Promise<IndicatorYearResults[][]> {
  const rows = await groupedVerdicts(ctx.em, "c.organisation_id", [
    contractReadScope(currentUser(ctx)),
    { sql: "c.organisation_id IN (:...resultOrganisations)", params: { resultOrganisations: [...organisationIds] } },
  ]);
  return organisationIds.map((id) => resultsFromRows(rows.filter((r) => r.key === id)));
}

/** Results added up over the sanitary contracts of a region, a department or an organisation, within the user's scope. */
export async function indicatorResults(ctx: RequestContext, filter: IndicatorResultsFilter): Promise<IndicatorYearResults[]> {
  const filters: SqlFilter[] = [contractReadScope(currentUser(ctx))];
  if (filter.regionCode) filters.push({ sql: "c.agency_id IN (SELECT ra.id FROM agency ra WHERE ra.region_code = :resultRegion)", params: { resultRegion: filter.regionCode } });
  if (filter.departmentCode) {
    filters.push({
      sql: "c.id IN (SELECT rce.contract_id FROM contract_establishment rce JOIN establishment re ON re.id = rce.establishment_id WHERE re.department_code = :resultDepartment)",
      params: { resultDepartment: filter.departmentCode },
    });
  }
  if (filter.organisationId) filters.push({ sql: "c.organisation_id = :resultOrganisation", params: { resultOrganisation: parseId(filter.organisationId, "filter.organisationId") } });
  return resultsFromRows(await groupedVerdicts(ctx.em, "0", filters));
}
