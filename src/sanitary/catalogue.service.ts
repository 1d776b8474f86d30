import { In, type EntityManager } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { currentUser } from "../core/auth/scope";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, conflict } from "../core/errors";
import { findOrFail } from "../core/ids";
import { assertVersion } from "../core/versioning";
import { Activity } from "./activity.entities";
import { ActionType, IndicatorTemplate, ObjectiveLimit, SanitaryCatalogue, StrategicObjective, StrategicOrientation } from "./catalogue.entities";
import type { SanitaryCatalogueInput, UpdateCatalogueLimitsInput } from "./catalogue.inputs";
import { ruleActivityCodes } from "./concerned";
import { joinMessages, msg, type Message } from "../core/i18n/message";

/** What cannot be told from the input's shape alone: unknown activity codes, duplicate codes and categories. */
async function catalogueProblems(em: EntityManager, input: SanitaryCatalogueInput): Promise<{ field: string; message: Message }[]> {
  const problems: { field: string; message: Message }[] = [];
  const known = new Set((await em.find(Activity)).map((a) => a.code));
  const seen = new Set<string>();
  input.orientations.forEach((orientation, o) =>
    orientation.objectives.forEach((objective, b) => {
      if (seen.has(`objective ${objective.code}`)) problems.push({ field: `orientations.${o}.objectives.${b}.code`, message: msg`Objective ${objective.code} is given twice` });
      seen.add(`objective ${objective.code}`);
      objective.actions.forEach((action, a) => {
        const field = `orientations.${o}.objectives.${b}.actions.${a}`;
        if (seen.has(`action ${action.code}`)) problems.push({ field: `${field}.code`, message: msg`Action ${action.code} is given twice` });
        seen.add(`action ${action.code}`);
        for (const code of ruleActivityCodes(action.concerned)) {
          if (!known.has(code)) problems.push({ field: `${field}.concerned`, message: msg`Action ${action.code}: unknown activity code ${code}` });
        }
      });
    }),
  );
  const categories = input.objectiveLimits.map((l) => l.category);
  if (new Set(categories).size !== categories.length) problems.push({ field: "objectiveLimits", message: msg`A category is given twice` });
  return problems;
}

/** Writes a catalogue tree (the one path for seeds and for agencies' own catalogues). */
export async function writeCatalogue(em: EntityManager, regionCode: string, input: SanitaryCatalogueInput): Promise<SanitaryCatalogue> {
  const problems = await catalogueProblems(em, input);
  if (problems.length) throw badInput(problems[0].field, joinMessages(problems.map((p) => p.message)));
  if (await em.findOneBy(SanitaryCatalogue, { name: input.name })) throw conflict(msg`A catalogue named "${input.name}" already exists`, { field: "name" });
  if (input.active) await em.update(SanitaryCatalogue, { regionCode, active: true }, { active: false });
  const catalogue = await em.save(
    em.create(SanitaryCatalogue, { regionCode, name: input.name.trim(), source: input.source ?? null, active: input.active, defaultMaxObjectives: input.defaultMaxObjectives }),
  );
  if (input.objectiveLimits.length) await em.insert(ObjectiveLimit, input.objectiveLimits.map((l) => ({ catalogueId: catalogue.id, category: l.category.trim(), maxObjectives: l.maxObjectives })));
  for (const [o, orientationInput] of input.orientations.entries()) {
    const orientation = await em.save(em.create(StrategicOrientation, { catalogueId: catalogue.id, code: orientationInput.code, title: orientationInput.title.trim(), position: o }));
    for (const [b, objectiveInput] of orientationInput.objectives.entries()) {
      const objective = await em.save(em.create(StrategicObjective, { orientationId: orientation.id, code: objectiveInput.code, title: objectiveInput.title.trim(), position: b }));
      for (const [a, actionInput] of objectiveInput.actions.entries()) {
        const { text, legalStatuses, allOf, anyOf, noneOf, organisationManages } = actionInput.concerned;
        const action = await em.save(
          em.create(ActionType, {
            objectiveId: objective.id,
            code: actionInput.code,
            title: actionInput.title.trim(),
            mandatory: actionInput.mandatory,
            concerned: { text, legalStatuses, allOf, anyOf, noneOf, organisationManages },
            note: actionInput.note ?? null,
            position: a,
          }),
        );
        if (actionInput.indicators.length) {
          await em.insert(
            IndicatorTemplate,
            actionInput.indicators.map((indicator, i) => ({
              actionTypeId: action.id,
              label: indicator.label.trim(),
              type: indicator.type,
              unit: indicator.unit ?? null,
              calculationMethod: indicator.calculationMethod ?? null,
              dataSource: indicator.dataSource,
              collectionPeriod: indicator.collectionPeriod ?? null,
              direction: indicator.direction,
              position: i,
            })),
          );
        }
      }
    }
  }
  return catalogue;
}

/** An agency admin adds its region's own catalogue (e.g. the IDF 2022 structure in two volets). */
export async function createCatalogue(ctx: RequestContext, input: SanitaryCatalogueInput): Promise<SanitaryCatalogue> {
  const regionCode = currentUser(ctx).regionCode!;
  const catalogue = await writeCatalogue(ctx.tm, regionCode, input);
  await auditCreate(ctx, "SanitaryCatalogue", { ...catalogue, orientations: input.orientations.length }, { agencyId: currentUser(ctx).agencyId });
  return catalogue;
}

export async function updateCatalogueLimits(ctx: RequestContext, input: UpdateCatalogueLimitsInput): Promise<SanitaryCatalogue> {
  const em = ctx.tm;
  const catalogue = await findOrFail(em, SanitaryCatalogue, input.catalogueId, "catalogueId", msg`Catalogue`);
  if (catalogue.regionCode !== currentUser(ctx).regionCode) throw forbidden(msg`A catalogue is maintained by the agency of its region`);
  assertVersion(catalogue, input.version, msg`The catalogue`);
  const categories = input.objectiveLimits.map((l) => l.category);
  if (new Set(categories).size !== categories.length) throw badInput("objectiveLimits", msg`A category is given twice`);
  const before = { ...snapshot(catalogue), objectiveLimits: (await em.findBy(ObjectiveLimit, { catalogueId: catalogue.id })).map((l) => `${l.category}: ${l.maxObjectives}`) };
  await em.delete(ObjectiveLimit, { catalogueId: catalogue.id });
  if (input.objectiveLimits.length) await em.insert(ObjectiveLimit, input.objectiveLimits.map((l) => ({ catalogueId: catalogue.id, category: l.category.trim(), maxObjectives: l.maxObjectives })));
  catalogue.defaultMaxObjectives = input.defaultMaxObjectives;
  catalogue.updatedAt = ctx.now();
  const saved = await em.save(catalogue);
  await auditUpdate(ctx, "SanitaryCatalogue", before, { ...saved, objectiveLimits: input.objectiveLimits.map((l) => `${l.category}: ${l.maxObjectives}`) }, { agencyId: currentUser(ctx).agencyId });
  return saved;
}

export function listCatalogues(ctx: RequestContext, regionCode: string | null): Promise<SanitaryCatalogue[]> {
  return ctx.em.find(SanitaryCatalogue, { where: regionCode ? { regionCode } : {}, order: { regionCode: "ASC", id: "ASC" } });
}

/** The active catalogue of a region, which new contracts are proposed from. */
export function activeCatalogue(em: EntityManager, regionCode: string): Promise<SanitaryCatalogue | null> {
  return em.findOneBy(SanitaryCatalogue, { regionCode, active: true });
}

/** The whole tree of a catalogue, in order, in a fixed number of queries. */
export async function catalogueTree(em: EntityManager, catalogueId: number) {
  const orientations = await em.find(StrategicOrientation, { where: { catalogueId }, order: { position: "ASC" } });
  const objectives = orientations.length ? await em.find(StrategicObjective, { where: { orientationId: In(orientations.map((o) => o.id)) }, order: { position: "ASC" } }) : [];
  const actions = objectives.length ? await em.find(ActionType, { where: { objectiveId: In(objectives.map((o) => o.id)) }, order: { position: "ASC" } }) : [];
  const templates = actions.length ? await em.find(IndicatorTemplate, { where: { actionTypeId: In(actions.map((a) => a.id)) }, order: { position: "ASC" } }) : [];
  return { orientations, objectives, actions, templates };
}
