import DataLoader from "dataloader";
import { groupBy, joinThrough } from "../core/collections";
import { snakeCase } from "../core/database/naming";
import { currentUser } from "../core/auth/scope";
import { keyIn, queryNamed, readLinked, readWhereIn } from "../core/database/entity-reader";
import { byIdLoader, defineLoader, manyByLoader } from "../core/loaders";
import { ContractKind } from "../contracts/contract.entities";
import { Establishment } from "../organisations/organisation.entities";
import { ModuleType, SelectionRule, Theme } from "./catalogue.entities";
import {
  Action,
  ActionEstablishment,
  ActionPhaseChange,
  ContractModule,
  ContractPlan,
  ModuleProgressSnapshot,
  OrganisationProgress,
  ProgressSnapshot,
} from "./plan.entities";
import { loadPlanViews } from "./plan.service";
import { checkPlan, type Violation } from "./selection-rules";
import { PHASE_COUNT_COLUMN, PHASE_ORDER, type Phase } from "./phases";

export const moduleTypeById = byIdLoader(ModuleType);
export const themeById = byIdLoader(Theme);
export const moduleById = byIdLoader(ContractModule);
export const actionById = byIdLoader(Action);

export const rulesByModuleType = manyByLoader<SelectionRule, number>(SelectionRule, "moduleTypeId");
export const actionsByModule = manyByLoader<Action, number>(Action, "moduleId");
export const phaseHistoryByAction = manyByLoader<ActionPhaseChange, number>(ActionPhaseChange, "actionId", { changedAt: "ASC" });
export const snapshotsByContract = manyByLoader<ProgressSnapshot, number>(ProgressSnapshot, "contractId", { year: "ASC" });
export const moduleSnapshotsBySnapshot = manyByLoader<ModuleProgressSnapshot, number>(ModuleProgressSnapshot, "snapshotId");

/** The common-catalogue themes of each module type that can still be chosen. */
export const openThemesByModuleType = defineLoader(
  (ctx) =>
    new DataLoader<number, Theme[]>(async (typeIds) => {
      const rows = await readWhereIn(ctx.em, Theme, "moduleTypeId", typeIds, [["code", "ASC"]]);
      return typeIds.map((id) => rows.filter((t) => t.moduleTypeId === id && t.agencyId === null && !t.archived));
    }),
);

/** Each contract's active modules, in commode order. */
export const modulesByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, ContractModule[]>(async (contractIds) => {
      const rows = await readWhereIn(ctx.em, ContractModule, "contractId", contractIds, [["id", "ASC"]]);
      // Commode order: by the module types' numbers (read once per request, as the moduleType field reads them).
      const types = await moduleTypeById(ctx).loadMany([...new Set(rows.map((m) => m.moduleTypeId))]);
      const number = new Map<number, number>();
      for (const type of types) if (type instanceof ModuleType) number.set(type.id, type.number);
      rows.sort((a, b) => (number.get(a.moduleTypeId) ?? 0) - (number.get(b.moduleTypeId) ?? 0) || a.id - b.id);
      const byContract = groupBy(rows, (m) => m.contractId);
      return contractIds.map((id) => byContract.get(id) ?? []);
    }),
);

export const selectedThemesByModule = defineLoader(
  (ctx) =>
    new DataLoader<number, Theme[]>(async (moduleIds) => {
      const linked = await readLinked(ctx.em, Theme, "t", "JOIN module_theme mt ON mt.theme_id = t.id", "mt.module_id", moduleIds, "t.code ASC, t.id ASC");
      const byModule = groupBy(linked, ([moduleId]) => Number(moduleId));
      return moduleIds.map((id) => (byModule.get(id) ?? []).map(([, theme]) => theme));
    }),
);

export const establishmentsByAction = defineLoader(
  (ctx) =>
    new DataLoader<number, Establishment[]>(async (actionIds) => {
      const links = await readWhereIn(ctx.em, ActionEstablishment, "actionId", actionIds);
      const establishments = await readWhereIn(ctx.em, Establishment, "id", [...new Set(links.map((l) => l.establishmentId))], [["name", "ASC"]]);
      return joinThrough(actionIds, links, (l) => l.actionId, (l) => l.establishmentId, establishments);
    }),
);

export const planByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, ContractPlan | null>(async (contractIds) => {
      const rows = await readWhereIn(ctx.em, ContractPlan, "contractId", contractIds);
      return contractIds.map((id) => rows.find((p) => p.contractId === id) ?? null);
    }),
);

/** Each organisation's stored rate with the user's agency (its tenant). */
export const progressByOrganisation = defineLoader(
  (ctx) =>
    new DataLoader<number, OrganisationProgress | null>(async (organisationIds) => {
      const tenant = currentUser(ctx).tenantAgencyId;
      const rows = (await readWhereIn(ctx.em, OrganisationProgress, "organisationId", organisationIds)).filter((p) => p.agencyId === tenant);
      return organisationIds.map((id) => rows.find((p) => p.organisationId === id) ?? null);
    }),
);

export const violationsByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, Violation[]>(async (contractIds) => {
      const views = await loadPlanViews(ctx.em, [...contractIds]);
      return contractIds.map((id) => {
        const view = views.get(id)!;
        return checkPlan(view.modules, view.sectors);
      });
    }),
);

export interface OrganisationModuleRow {
  moduleTypeId: number;
  rate: number | null;
  actionCount: number;
  phaseCounts: Record<Phase, number>;
}

/** The modules of each organisation's medico-social contracts with the user's agency (rate, counts, type): per-module rates and actions per phase. */
export const medicoSocialModulesByOrganisation = defineLoader(
  (ctx) =>
    new DataLoader<number, OrganisationModuleRow[]>(async (organisationIds) => {
      const columns = ["c.organisation_id AS organisation_id", "m.module_type_id AS module_type_id", "m.progress_rate AS rate", "m.action_count AS action_count"];
      for (const phase of PHASE_ORDER) columns.push(`m.${snakeCase(PHASE_COUNT_COLUMN[phase])} AS ${phase.toLowerCase()}`);
      const rows = await queryNamed(ctx.em, {
        sql: `SELECT ${columns.join(", ")} FROM contract_module m JOIN contract c ON c.id = m.contract_id WHERE ${keyIn(ctx.em, "c.organisation_id", "organisationIds")} AND c.agency_id = :tenant AND c.kind = :kind`,
        params: { organisationIds: [...organisationIds], tenant: currentUser(ctx).tenantAgencyId, kind: ContractKind.MEDICO_SOCIAL },
      });
      const byOrganisation = groupBy(rows, (r) => Number(r.organisation_id));
      return organisationIds.map((id) =>
        (byOrganisation.get(id) ?? []).map((r) => {
          const phaseCounts = {} as Record<Phase, number>;
          for (const phase of PHASE_ORDER) phaseCounts[phase] = Number(r[phase.toLowerCase()]);
          return { moduleTypeId: Number(r.module_type_id), rate: r.rate === null ? null : Number(r.rate), actionCount: Number(r.action_count), phaseCounts };
        }),
      );
    }),
);

/** Each organisation's most recent yearly record with the user's agency (the last closed contract year), if any. */
export const latestSnapshotByOrganisation = defineLoader(
  (ctx) =>
    new DataLoader<number, { year: number; organisationRate: number | null } | null>(async (organisationIds) => {
      const rows = await queryNamed<{ organisation_id: number; year: number; organisation_rate: number | null }>(ctx.em, {
        sql: `SELECT c.organisation_id AS organisation_id, s.year AS year, s.organisation_rate AS organisation_rate FROM progress_snapshot s JOIN contract c ON c.id = s.contract_id
              WHERE ${keyIn(ctx.em, "c.organisation_id", "organisationIds")} AND c.agency_id = :tenant AND c.kind = :kind ORDER BY s.closed_at DESC, s.id DESC`,
        params: { organisationIds: [...organisationIds], tenant: currentUser(ctx).tenantAgencyId, kind: ContractKind.MEDICO_SOCIAL },
      });
      const latest = new Map<number, { year: number; organisationRate: number | null }>();
      for (const row of rows) {
        const id = Number(row.organisation_id);
        if (!latest.has(id)) latest.set(id, { year: Number(row.year), organisationRate: row.organisation_rate === null ? null : Number(row.organisation_rate) });
      }
      return organisationIds.map((id) => latest.get(id) ?? null);
    }),
);
