import { auditCreate, auditDelete, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { assertVersion } from "../core/versioning";
import { gate, Intent } from "../contracts/contract-life";
import { requireEstablishment } from "../organisations/organisation.access";
import { auditScope } from "../contracts/contract.service";
import { badInput, ruleViolation, visibleOrNull } from "../core/errors";
import { parseId } from "../core/ids";
import { Contract, ContractEstablishment } from "../contracts/contract.entities";
import { withinPeriod } from "../contracts/period";
import { markPlanChanged, requireModule, requirePlanAction } from "./lookups";
import { Phase, phaseMoveViolation } from "./phases";
import { Action, ActionEstablishment, ActionPhaseChange, ContractModule, ModuleTheme } from "./plan.entities";
import type { AddActionInput, MoveActionInput, RemoveActionInput, SetActionCompletionInput, UpdateActionInput } from "./action.inputs";
import { actionProgress } from "./progress";
import { refreshAfterActionChange } from "./progress.service";
import { msg } from "../core/i18n/message";

interface ActionFields {
  themeId?: string | null;
  establishmentIds?: string[];
  plannedStartDate?: string | null;
  plannedEndDate?: string | null;
}

/** Checks the parts of an action that depend on its module and contract; returns the parsed ids. */
async function checkActionFields(ctx: RequestContext, module: ContractModule, contract: Contract, input: ActionFields, current?: Action) {
  const em = ctx.tm;
  let themeId: number | null | undefined;
  if (input.themeId !== undefined) {
    themeId = input.themeId === null ? null : parseId(input.themeId, "themeId");
    if (themeId !== null && !(await em.findOneBy(ModuleTheme, { moduleId: module.id, themeId }))) {
      throw badInput("themeId", msg`Theme ${themeId} is not selected in this module: select it first`);
    }
  }
  let establishmentIds: number[] | undefined;
  if (input.establishmentIds !== undefined) {
    establishmentIds = input.establishmentIds.map((raw, i) => parseId(raw, `establishmentIds.${i}`));
    const covered = await em.findBy(ContractEstablishment, { contractId: contract.id });
    for (const [i, id] of establishmentIds.entries()) {
      const field = `establishmentIds.${i}`;
      if (establishmentIds.indexOf(id) !== i) throw badInput(field, msg`Establishment ${id} is listed twice`);
      const establishment = await requireEstablishment(ctx, id, field);
      if (!covered.some((c) => c.establishmentId === id)) throw badInput(field, msg`Establishment ${establishment.name} is not covered by this contract`);
    }
  }
  const start = input.plannedStartDate !== undefined ? input.plannedStartDate : (current?.plannedStartDate ?? null);
  const end = input.plannedEndDate !== undefined ? input.plannedEndDate : (current?.plannedEndDate ?? null);
  const period = msg`the contract runs from ${contract.startDate} to ${contract.endDate}`;
  if (start && !withinPeriod(contract, start)) throw badInput("plannedStartDate", msg`Planned start ${start} is outside the contract: ${period}`);
  if (end && !withinPeriod(contract, end)) throw badInput("plannedEndDate", msg`Planned end ${end} is outside the contract: ${period}`);
  if (start && end && end < start) throw badInput("plannedEndDate", msg`Planned end ${end} is before the planned start ${start}`);
  return { themeId, establishmentIds };
}

async function requireAction(ctx: RequestContext, raw: string, version: number) {
  const { action, module, contract } = await requirePlanAction(ctx, raw, "actionId");
  return { action, module, contract, check: () => assertVersion(action, version, msg`The action`) };
}

const establishmentIdsOf = async (ctx: RequestContext, actionId: number) =>
  (await ctx.tm.find(ActionEstablishment, { where: { actionId }, order: { establishmentId: "ASC" } })).map((l) => l.establishmentId);

export async function addAction(ctx: RequestContext, input: AddActionInput): Promise<Action> {
  const em = ctx.tm;
  const { module, contract } = await requireModule(ctx, input.moduleId, "moduleId");
  await gate(ctx, contract, Intent.FILL);
  const { themeId, establishmentIds } = await checkActionFields(ctx, module, contract, input);
  const action = await em.save(
    em.create(Action, {
      moduleId: module.id,
      themeId: themeId ?? null,
      title: input.title.trim(),
      description: input.description.trim(),
      personInCharge: input.personInCharge?.trim() || null,
      plannedStartDate: input.plannedStartDate ?? null,
      plannedEndDate: input.plannedEndDate ?? null,
      phase: Phase.INITIALISATION,
      completion: 0,
      progress: actionProgress(Phase.INITIALISATION, 0),
      progressUpdatedAt: ctx.now(),
    }),
  );
  if (establishmentIds?.length) await em.insert(ActionEstablishment, establishmentIds.map((establishmentId) => ({ actionId: action.id, establishmentId })));
  await auditCreate(ctx, "Action", { ...action, establishmentIds: establishmentIds ?? [] }, auditScope(contract));
  await markPlanChanged(ctx, contract);
  await refreshAfterActionChange(ctx, module);
  return action;
}

export async function updateAction(ctx: RequestContext, input: UpdateActionInput): Promise<Action> {
  const em = ctx.tm;
  const { action, module, contract, check } = await requireAction(ctx, input.actionId, input.version);
  await gate(ctx, contract, Intent.FILL);
  check();
  const { themeId, establishmentIds } = await checkActionFields(ctx, module, contract, input, action);
  const before = { ...snapshot(action), establishmentIds: await establishmentIdsOf(ctx, action.id) };
  if (input.title != null) action.title = input.title.trim();
  if (input.description != null) action.description = input.description.trim();
  if (input.personInCharge !== undefined) action.personInCharge = input.personInCharge?.trim() || null;
  if (input.plannedStartDate !== undefined) action.plannedStartDate = input.plannedStartDate;
  if (input.plannedEndDate !== undefined) action.plannedEndDate = input.plannedEndDate;
  if (themeId !== undefined) action.themeId = themeId;
  const saved = await em.save(action);
  if (establishmentIds !== undefined) {
    await em.delete(ActionEstablishment, { actionId: action.id });
    if (establishmentIds.length) await em.insert(ActionEstablishment, establishmentIds.map((establishmentId) => ({ actionId: action.id, establishmentId })));
  }
  await auditUpdate(ctx, "Action", before, { ...saved, establishmentIds: await establishmentIdsOf(ctx, action.id) }, auditScope(contract));
  await markPlanChanged(ctx, contract);
  return saved;
}

/** Removes an action and its history (only the agency deletes); returns its module, whose rate is recomputed. */
export async function removeAction(ctx: RequestContext, input: RemoveActionInput): Promise<ContractModule> {
  const em = ctx.tm;
  const { action, module, contract, check } = await requireAction(ctx, input.actionId, input.version);
  await gate(ctx, contract, Intent.AMEND);
  check();
  await auditDelete(ctx, "Action", { ...action, establishmentIds: await establishmentIdsOf(ctx, action.id) }, auditScope(contract));
  await em.delete(Action, { id: action.id });
  await markPlanChanged(ctx, contract);
  await refreshAfterActionChange(ctx, module);
  return em.findOneByOrFail(ContractModule, { id: module.id });
}

/** An action the organisation may move forward, loaded in the transaction at the version the client read. */
async function actionToProgress(ctx: RequestContext, actionId: string, version: number) {
  const loaded = await requireAction(ctx, actionId, version);
  await gate(ctx, loaded.contract, Intent.REPORT);
  loaded.check();
  return loaded;
}

/** Sets an action's phase and completion, its progress with them, and keeps the rates and the record. */
async function setProgress(ctx: RequestContext, loaded: Awaited<ReturnType<typeof actionToProgress>>, phase: Phase, completion: number, comment: string | null): Promise<Action> {
  const { action, module, contract } = loaded;
  const before = snapshot(action);
  action.phase = phase;
  action.completion = completion;
  action.progress = actionProgress(phase, completion);
  action.progressUpdatedAt = ctx.now();
  const saved = await ctx.tm.save(action);
  await auditUpdate(ctx, "Action", { ...before, comment: null }, { ...saved, comment }, auditScope(contract));
  await refreshAfterActionChange(ctx, module);
  return saved;
}

/** Moves an action to another phase (one step forward, or back with a comment), keeping the change in its history. */
export async function moveActionToPhase(ctx: RequestContext, input: MoveActionInput): Promise<Action> {
  const loaded = await actionToProgress(ctx, input.actionId, input.version);
  const { action } = loaded;
  const violation = phaseMoveViolation(action.phase, input.phase, input.comment);
  if (violation) throw ruleViolation(violation.rule, violation.message, { field: violation.field });
  const comment = input.comment?.trim() || null;
  await ctx.tm.insert(ActionPhaseChange, {
    actionId: action.id,
    fromPhase: action.phase,
    toPhase: input.phase,
    fromCompletion: action.completion,
    toCompletion: input.completion,
    changedAt: ctx.now(),
    changedBy: ctx.actorName(),
    comment,
  });
  return setProgress(ctx, loaded, input.phase, input.completion, comment);
}

export async function setActionCompletion(ctx: RequestContext, input: SetActionCompletionInput): Promise<Action> {
  const loaded = await actionToProgress(ctx, input.actionId, input.version);
  return setProgress(ctx, loaded, loaded.action.phase, input.completion, null);
}

/** An action by id; null when it does not exist or lies outside the user's scope. */
export async function getAction(ctx: RequestContext, id: number): Promise<Action | null> {
  return visibleOrNull(async () => (await requirePlanAction(ctx, id, "id")).action);
}
