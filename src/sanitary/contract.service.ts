import { In, type EntityManager } from "typeorm";
import { auditCreate } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, ruleViolation } from "../core/errors";
import { findOrFail } from "../core/ids";
import { Contract, ContractEstablishment, ContractKind } from "../contracts/contract.entities";
import { auditScope, createContract } from "../contracts/contract.service";
import { requireOrganisation } from "../organisations/organisation.access";
import { assertActsForAgency } from "../contracts/contract.access";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { Agency } from "../territory/territory.entities";
import { EstablishmentActivity } from "./activity.entities";
import { ObjectiveLimit, type IndicatorTemplate } from "./catalogue.entities";
import { activeCatalogue, catalogueTree } from "./catalogue.service";
import { concernedSites, type Site } from "./concerned";
import type { OpenSanitaryContractInput } from "./contract.inputs";
import { ContractAction, ContractActionEstablishment, ContractIndicator, ContractObjective, IndicatorYear, SanitaryPlan } from "./plan.entities";
import { CONTRACT_YEARS } from "../contracts/period";
import { DataSource, Direction, IndicatorType } from "./sanitary.enums";
import { msg } from "../core/i18n/message";

/** A new indicator's detail: a suggestion of the catalogue, or one defined at negotiation. */
export type IndicatorDefinition = Pick<IndicatorTemplate, "label" | "type" | "unit" | "calculationMethod" | "dataSource" | "collectionPeriod" | "direction"> & { templateId: number | null };

/**
 * Creates an indicator with its five contract years. A yes/no indicator starts at NO, its
 * baseline and targets alike: a default, not the agency's wish ([ARS Q&A 2019-2023], docs/domain.md).
 */
export async function createIndicator(em: EntityManager, contractActionId: number, definition: IndicatorDefinition, baselineYear: number): Promise<ContractIndicator> {
  const yesNo = definition.type === IndicatorType.YES_NO;
  const indicator = await em.save(
    em.create(ContractIndicator, {
      contractActionId,
      templateId: definition.templateId,
      label: definition.label,
      type: definition.type,
      unit: definition.unit,
      calculationMethod: definition.calculationMethod,
      dataSource: definition.dataSource,
      collectionPeriod: definition.collectionPeriod,
      direction: definition.direction,
      baselineNumber: yesNo ? 0 : null,
      baselineText: null,
      baselineYear,
      notMeasurable: false,
      notMeasurableJustification: null,
      measurabilityDecision: null,
      measurabilityDecisionReason: null,
    }),
  );
  await em.insert(
    IndicatorYear,
    Array.from({ length: CONTRACT_YEARS }, (_, i) => ({ indicatorId: indicator.id, year: i + 1, targetNumber: yesNo ? 0 : null, targetText: null })),
  );
  return indicator;
}

export const fromTemplate = (template: IndicatorTemplate): IndicatorDefinition => ({
  templateId: template.id,
  label: template.label,
  type: template.type,
  unit: template.unit,
  calculationMethod: template.calculationMethod,
  dataSource: template.dataSource,
  collectionPeriod: template.collectionPeriod,
  direction: template.direction,
});

/** Until an indicator is chosen at negotiation, an engagement without a suggestion is followed in words. */
const TO_DEFINE: Omit<IndicatorDefinition, "label"> = {
  templateId: null,
  type: IndicatorType.TEXT,
  unit: null,
  calculationMethod: null,
  dataSource: DataSource.ESTABLISHMENT,
  collectionPeriod: null,
  direction: Direction.HIGHER_IS_BETTER,
};

/** The covered sites with the activities they hold, and what the organisation manages. */
async function sitesOf(em: EntityManager, contract: Contract) {
  const links = await em.findBy(ContractEstablishment, { contractId: contract.id });
  const ids = links.map((l) => l.establishmentId);
  const activities = ids.length ? await em.findBy(EstablishmentActivity, { establishmentId: In(ids) }) : [];
  const sites: Site[] = ids.map((id) => ({ id, activities: activities.filter((a) => a.establishmentId === id).map((a) => a.activityCode) }));
  const organisation = await em.findOneByOrFail(Organisation, { id: contract.organisationId });
  const managed = await em.find(Establishment, { select: { id: true, category: true }, where: { organisationId: organisation.id } });
  return { sites, organisation: { legalStatus: organisation.legalStatus, categories: [...new Set(managed.map((e) => e.category))] } };
}

/**
 * Opens a sanitary CPOM for a legal entity and writes the agency's proposal: every
 * objective of the region's catalogue with an action concerning at least one of the covered
 * sites (by authorisations, recognitions and legal status), each such action on the sites it
 * concerns, mandatory or not, with the first suggested indicator.
 */
export async function openSanitaryContract(ctx: RequestContext, input: OpenSanitaryContractInput): Promise<Contract> {
  const em = ctx.tm;
  const agency = await findOrFail(em, Agency, input.agencyId, "agencyId", msg`Agency`);
  assertActsForAgency(ctx, agency.id);
  const organisation = await requireOrganisation(ctx, input.organisationId, "organisationId");
  const catalogue = await activeCatalogue(em, agency.regionCode);
  if (!catalogue) throw ruleViolation("NO_CATALOGUE", msg`Region ${agency.regionCode} has no active sanitary catalogue: create one first`, { field: "agencyId" });
  let maxObjectives = catalogue.defaultMaxObjectives;
  if (input.category) {
    const limits = await em.findBy(ObjectiveLimit, { catalogueId: catalogue.id });
    const limit = limits.find((l) => l.category === input.category);
    if (!limit) throw badInput("category", msg`Unknown category "${input.category}"; the catalogue's are: ${limits.length ? limits.map((l) => l.category).join(", ") : msg`none`}`);
    maxObjectives = limit.maxObjectives;
  }
  // One CPOM per legal entity in the region; an entity whose head office is elsewhere has one per site ([ARA guide 2020-2024], docs/domain.md).
  if (organisation.headOfficeRegionCode !== agency.regionCode && input.establishmentIds?.length !== 1) {
    throw ruleViolation("ONE_CONTRACT_PER_SITE", msg`${organisation.name} has its head office outside the region: it signs one contract per establishment of the region`, {
      field: "establishmentIds",
    });
  }
  const contract = await createContract(ctx, { ...input, kind: ContractKind.SANITARY });
  const plan = await em.save(em.create(SanitaryPlan, { contractId: contract.id, catalogueId: catalogue.id, category: input.category ?? null, maxObjectives }));
  await auditCreate(ctx, "SanitaryPlan", plan, auditScope(contract), contract.id);

  const { sites, organisation: siteOrganisation } = await sitesOf(em, contract);
  const tree = await catalogueTree(em, catalogue.id);
  const baselineYear = Number(contract.startDate.slice(0, 4)) - 1;
  const objectives = new Map<number, ContractObjective>();
  for (const actionType of tree.actions) {
    const concerned = concernedSites(actionType.concerned, sites, siteOrganisation);
    if (concerned.length === 0) continue;
    let objective = objectives.get(actionType.objectiveId);
    if (!objective) {
      objective = await em.save(em.create(ContractObjective, { contractId: contract.id, objectiveId: actionType.objectiveId, retained: null, stakes: null }));
      objectives.set(actionType.objectiveId, objective);
      await auditCreate(ctx, "ContractObjective", objective, auditScope(contract));
    }
    const action = await em.save(
      em.create(ContractAction, { contractObjectiveId: objective.id, actionTypeId: actionType.id, title: actionType.title, mandatory: actionType.mandatory, included: true }),
    );
    await em.insert(ContractActionEstablishment, concerned.map((site) => ({ contractActionId: action.id, establishmentId: site.id })));
    const template = tree.templates.find((t) => t.actionTypeId === actionType.id);
    await createIndicator(em, action.id, template ? fromTemplate(template) : { ...TO_DEFINE, label: `Indicateur à définir : ${actionType.title}` }, baselineYear);
    await auditCreate(ctx, "ContractAction", { ...action, establishmentIds: concerned.map((s) => s.id) }, auditScope(contract));
  }
  return contract;
}
