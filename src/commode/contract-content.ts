import { In, type EntityManager } from "typeorm";
import { groupBy } from "../core/collections";
import { Contract, ContractKind } from "../contracts/contract.entities";
import { CONTRACT_YEARS } from "../contracts/period";
import { registerContractContent } from "../lifecycle/lifecycle";
import { ContractEvaluation, EvaluationKind } from "../lifecycle/evaluation.entities";
import { ModuleType, Theme } from "./catalogue.entities";
import { Action, ActionEstablishment, ContractModule, ModuleTheme, ProgressSnapshot } from "./plan.entities";
import { planViolations } from "./plan.service";
import { msg } from "../core/i18n/message";

async function planOf(em: EntityManager, contract: Contract) {
  const modules = await em.find(ContractModule, { where: { contractId: contract.id }, order: { id: "ASC" } });
  const moduleIds = modules.map((m) => m.id);
  // One after another: inside a transaction they share one connection.
  const types = await em.findBy(ModuleType, { id: In(modules.map((m) => m.moduleTypeId)) });
  const selections = moduleIds.length ? await em.findBy(ModuleTheme, { moduleId: In(moduleIds) }) : [];
  const actions = moduleIds.length ? await em.find(Action, { where: { moduleId: In(moduleIds) }, order: { id: "ASC" } }) : [];
  const themeIds = [...new Set([...selections.map((s) => s.themeId), ...actions.flatMap((a) => (a.themeId === null ? [] : [a.themeId]))])];
  const themes = themeIds.length ? await em.findBy(Theme, { id: In(themeIds) }) : [];
  const links = actions.length ? await em.findBy(ActionEstablishment, { actionId: In(actions.map((a) => a.id)) }) : [];
  const code = (themeId: number | null) => (themeId === null ? null : (themes.find((t) => t.id === themeId)?.code ?? null));
  return { modules, types, selections, actions, code, links };
}

/** The medico-social contract for the lifecycle: its plan's rules, its content, its actions in words. */
registerContractContent(ContractKind.MEDICO_SOCIAL, {
  /**
   * A medico-social contract is signed complete: its plan meets the modules' rules (the
   * catalogue's data: themes per module and sector, each selected theme turned into actions,
   * actions in the modules without themes), and each action says when it is planned to end,
   * since the progress rate is followed against that plan year after year.
   */
  async signatureProblems(em, contract) {
    const problems = (await planViolations(em, contract.id)).map((v) => ({ rule: "PLAN_RULES", message: v.message }));
    const { modules, types, actions } = await planOf(em, contract);
    for (const action of actions.filter((a) => a.plannedEndDate === null)) {
      const module = modules.find((m) => m.id === action.moduleId)!;
      const title = types.find((t) => t.id === module.moduleTypeId)!.title;
      problems.push({ rule: "END_DATE_MISSING", message: msg`action "${action.title}" (module "${title}") has no planned end date` });
    }
    return problems;
  },

  async closureProblems(em, contract) {
    const problems = [];
    if (!(await em.existsBy(ProgressSnapshot, { contractId: contract.id, year: CONTRACT_YEARS }))) {
      problems.push({ rule: "FINAL_YEAR_NOT_CLOSED", message: msg`year ${CONTRACT_YEARS} is not closed (closeContractYear): its rates are the bilan's` });
    }
    const bilan = await em.findOneBy(ContractEvaluation, { contractId: contract.id, kind: EvaluationKind.FINAL });
    if (!bilan?.sharedDiagnostic) problems.push({ rule: "NO_FINAL_EVALUATION", message: msg`the bilan (final evaluation) has no shared diagnostic yet` });
    return problems;
  },

  async snapshot(em, contract) {
    const { modules, types, selections, actions, code, links } = await planOf(em, contract);
    const themesByModule = groupBy(selections, (s) => s.moduleId);
    const actionsByModule = groupBy(actions, (a) => a.moduleId);
    const establishmentsByAction = groupBy(links, (l) => l.actionId);
    const content: Record<string, unknown> = {};
    for (const module of modules) {
      content[types.find((t) => t.id === module.moduleTypeId)!.code] = {
        activatedOn: module.activatedOn,
        activationReason: module.activationReason,
        themes: (themesByModule.get(module.id) ?? []).map((s) => code(s.themeId)).sort(),
        actions: Object.fromEntries(
          (actionsByModule.get(module.id) ?? []).map((a) => [
            String(a.id),
            {
              title: a.title,
              description: a.description,
              theme: code(a.themeId),
              personInCharge: a.personInCharge,
              plannedStartDate: a.plannedStartDate,
              plannedEndDate: a.plannedEndDate,
              establishments: (establishmentsByAction.get(a.id) ?? []).map((l) => l.establishmentId).sort((x, y) => x - y),
            },
          ]),
        ),
      };
    }
    return { modules: content };
  },
});
