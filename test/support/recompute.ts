import type { EntityManager } from "typeorm";
import { Action, ContractModule, ContractPlan, OrganisationProgress } from "../../src/commode/plan.entities";
import { PHASE_COUNT_COLUMN, PHASE_ORDER } from "../../src/commode/phases";
import { actionProgress, moduleRate, planRate } from "../../src/commode/progress";
import { Contract, ContractKind } from "../../src/contracts/contract.entities";

/**
 * Every stored rate next to the same rate recomputed from scratch from the actions'
 * phases and completions, with the formula of src/commode/progress.ts.
 */
export async function storedAndRecomputedRates(em: EntityManager) {
  const [actions, modules, plans, contracts, organisations] = await Promise.all([
    em.find(Action),
    em.find(ContractModule),
    em.find(ContractPlan),
    em.find(Contract, { where: { kind: ContractKind.MEDICO_SOCIAL } }),
    em.find(OrganisationProgress),
  ]);
  const fresh = new Map(
    modules.map((m) => [m.id, moduleRate(actions.filter((a) => a.moduleId === m.id).map((a) => actionProgress(a.phase, a.completion)))]),
  );
  const forModules = (list: ContractModule[]) => planRate(list.map((m) => ({ rate: fresh.get(m.id)!, mandatory: m.mandatory })));
  const rows: { what: string; stored: number | null; recomputed: number | null }[] = [];
  for (const a of actions) rows.push({ what: `action ${a.id}`, stored: a.progress, recomputed: actionProgress(a.phase, a.completion) });
  for (const m of modules) {
    rows.push({ what: `module ${m.id}`, stored: m.progressRate, recomputed: fresh.get(m.id)! });
    const own = actions.filter((a) => a.moduleId === m.id);
    rows.push({ what: `module ${m.id} count`, stored: m.actionCount, recomputed: own.length });
    for (const phase of PHASE_ORDER) {
      rows.push({ what: `module ${m.id} ${phase}`, stored: m[PHASE_COUNT_COLUMN[phase]], recomputed: own.filter((a) => a.phase === phase).length });
    }
  }
  for (const p of plans) rows.push({ what: `contract ${p.contractId}`, stored: p.progressRate, recomputed: forModules(modules.filter((m) => m.contractId === p.contractId)) });
  for (const o of organisations) {
    const ids = contracts.filter((c) => c.organisationId === o.organisationId).map((c) => c.id);
    rows.push({ what: `organisation ${o.organisationId}`, stored: o.progressRate, recomputed: forModules(modules.filter((m) => ids.includes(m.contractId))) });
  }
  return rows;
}
