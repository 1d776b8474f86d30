import DataLoader from "dataloader";
import { In } from "typeorm";
import { groupBy, joinThrough } from "../core/collections";
import { byIdLoader, defineLoader, manyByLoader } from "../core/loaders";
import { Establishment } from "../organisations/organisation.entities";
import { Activity, EstablishmentActivity } from "./activity.entities";
import { ActionType, IndicatorTemplate, ObjectiveLimit, SanitaryCatalogue, StrategicObjective, StrategicOrientation } from "./catalogue.entities";
import {
  ContractAction,
  ContractActionEstablishment,
  ContractIndicator,
  ContractObjective,
  FinancingLine,
  IndicatorYear,
  SanitaryPlan,
} from "./plan.entities";
import { resultsByContracts, resultsByOrganisations, type IndicatorYearResults } from "./results";

export const catalogueById = byIdLoader(SanitaryCatalogue);
export const orientationById = byIdLoader(StrategicOrientation);
export const strategicObjectiveById = byIdLoader(StrategicObjective);
export const actionTypeById = byIdLoader(ActionType);
export const templateById = byIdLoader(IndicatorTemplate);
export const indicatorById = byIdLoader(ContractIndicator);
export const activityByCode = defineLoader(
  (ctx) =>
    new DataLoader<string, Activity | null>(async (codes) => {
      const rows = await ctx.em.findBy(Activity, { code: In([...codes]) });
      return codes.map((code) => rows.find((r) => r.code === code) ?? null);
    }),
);

export const limitsByCatalogue = manyByLoader<ObjectiveLimit, number>(ObjectiveLimit, "catalogueId", { category: "ASC" });
export const orientationsByCatalogue = manyByLoader<StrategicOrientation, number>(StrategicOrientation, "catalogueId", { position: "ASC" });
export const objectivesByOrientation = manyByLoader<StrategicObjective, number>(StrategicObjective, "orientationId", { position: "ASC" });
export const actionTypesByObjective = manyByLoader<ActionType, number>(ActionType, "objectiveId", { position: "ASC" });
export const templatesByActionType = manyByLoader<IndicatorTemplate, number>(IndicatorTemplate, "actionTypeId", { position: "ASC" });

export const planByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, SanitaryPlan | null>(async (contractIds) => {
      const rows = await ctx.em.findBy(SanitaryPlan, { contractId: In([...contractIds]) });
      return contractIds.map((id) => rows.find((r) => r.contractId === id) ?? null);
    }),
);

/** A contract's proposed objectives, in the catalogue's order (orientation, then objective). */
export const objectivesByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, ContractObjective[]>(async (contractIds) => {
      const rows = await ctx.em
        .createQueryBuilder(ContractObjective, "co")
        .innerJoin(StrategicObjective, "so", "so.id = co.objective_id")
        .innerJoin(StrategicOrientation, "sor", "sor.id = so.orientation_id")
        .where("co.contract_id IN (:...contractIds)", { contractIds: [...contractIds] })
        .orderBy("sor.position", "ASC")
        .addOrderBy("so.position", "ASC")
        .getMany();
      const groups = groupBy(rows, (r) => r.contractId);
      return contractIds.map((id) => groups.get(id) ?? []);
    }),
);

/** An objective's actions, in the catalogue's order. */
export const actionsByObjective = defineLoader(
  (ctx) =>
    new DataLoader<number, ContractAction[]>(async (objectiveIds) => {
      const rows = await ctx.em
        .createQueryBuilder(ContractAction, "ca")
        .innerJoin(ActionType, "at", "at.id = ca.action_type_id")
        .where("ca.contract_objective_id IN (:...objectiveIds)", { objectiveIds: [...objectiveIds] })
        .orderBy("at.position", "ASC")
        .addOrderBy("ca.id", "ASC")
        .getMany();
      const groups = groupBy(rows, (r) => r.contractObjectiveId);
      return objectiveIds.map((id) => groups.get(id) ?? []);
    }),
);

export const indicatorByAction = defineLoader(
  (ctx) =>
    new DataLoader<number, ContractIndicator | null>(async (actionIds) => {
      const rows = await ctx.em.findBy(ContractIndicator, { contractActionId: In([...actionIds]) });
      return actionIds.map((id) => rows.find((r) => r.contractActionId === id) ?? null);
    }),
);

export const yearsByIndicator = manyByLoader<IndicatorYear, number>(IndicatorYear, "indicatorId", { year: "ASC" });
export const financingByContract = manyByLoader<FinancingLine, number>(FinancingLine, "contractId");
export const activitiesByEstablishment = manyByLoader<EstablishmentActivity, number>(EstablishmentActivity, "establishmentId", { activityCode: "ASC" });

export const establishmentsByContractAction = defineLoader(
  (ctx) =>
    new DataLoader<number, Establishment[]>(async (actionIds) => {
      const links = await ctx.em.findBy(ContractActionEstablishment, { contractActionId: In([...actionIds]) });
      const establishments = links.length ? await ctx.em.find(Establishment, { where: { id: In([...new Set(links.map((l) => l.establishmentId))]) }, order: { name: "ASC", id: "ASC" } }) : [];
      return joinThrough(actionIds, links, (l) => l.contractActionId, (l) => l.establishmentId, establishments);
    }),
);

export const resultsByContract = defineLoader((ctx) => new DataLoader<number, IndicatorYearResults[]>((ids) => resultsByContracts(ctx.em, ids)));
export const resultsByOrganisation = defineLoader((ctx) => new DataLoader<number, IndicatorYearResults[]>((ids) => resultsByOrganisations(ctx, ids)));
