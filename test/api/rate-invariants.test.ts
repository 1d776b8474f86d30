import { seededRandom } from "../../bench/random";
import { PHASE_ORDER } from "../../src/commode/phases";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, createEstablishment, moduleOf, openContract, selectThemes, themeIds, versionOf, type ContractData } from "../support/builders";
import { storedAndRecomputedRates } from "../support/recompute";

describe("stored rates", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it.each([1, 2, 3])("always equal the formula recomputed from scratch, after random mutations (seed %i)", async (seed) => {
    const next = seededRandom(seed);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
    const themes = await themeIds(app);
    const { contract, organisation, agency } = await contractScenario(app);
    const site = await createEstablishment(app, organisation.id, { departmentCode: "58", postalCode: "58000", commune: "Nevers" });
    const second = await openContract(app, { organisationId: organisation.id, agencyId: agency.id, establishmentIds: [site.id] });
    const contracts: ContractData[] = [contract, second];
    const modules = contracts.flatMap((c) => c.modules.map((m) => ({ ...m, contractId: c.id })));
    const actions: { id: string; phase: number }[] = [];
    await selectThemes(app, moduleOf(contract, "PREVENTION").id, [themes["M3-NUTRITION"]]);

    for (let step = 0; step < 60; step += 1) {
      const roll = next();
      if (roll < 0.3 || actions.length === 0) {
        const module = pick(modules);
        actions.push({ id: (await addAction(app, module.id)).id, phase: 0 });
      } else if (roll < 0.6) {
        const action = pick(actions);
        const target = next() < 0.75 ? Math.min(action.phase + 1, 4) : Math.floor(next() * (action.phase + 1));
        if (target === action.phase) continue;
        await app.ok(`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, {
          input: { actionId: action.id, version: await versionOf(app, "action", action.id), phase: PHASE_ORDER[target], completion: Math.floor(next() * 101), comment: "retour en arrière" },
        });
        action.phase = target;
      } else if (roll < 0.85) {
        const action = pick(actions);
        await app.ok(`mutation($input: SetActionCompletionInput!) { setActionCompletion(input: $input) { id } }`, {
          input: { actionId: action.id, version: await versionOf(app, "action", action.id), completion: Math.floor(next() * 101) },
        });
      } else if (roll < 0.95) {
        const action = actions.splice(Math.floor(next() * actions.length), 1)[0];
        await app.ok(`mutation($id: ID!, $v: Int!) { removeAction(input: { actionId: $id, version: $v }) { id } }`, { id: action.id, v: await versionOf(app, "action", action.id) });
      } else {
        const code = pick(["EVALUATION_HAS", "INSPECTION_CONTROLE", "ESMS_DIFFICULTE_FINANCIERE"]);
        const target = pick(contracts);
        const body = await app.gql(`mutation($input: ActivateModuleInput!) { activateModule(input: $input) { id moduleType { code } } }`, {
          input: { contractId: target.id, moduleTypeCode: code, reason: "déclenché", activationDate: "2026-06-01" },
        });
        if (body.data) modules.push({ ...body.data.activateModule, contractId: target.id });
        // Modules 6 and 7 are the organisation's to activate: the agency is refused them.
        else expect(body.errors?.[0].extensions.code).toBe(code === "ESMS_DIFFICULTE_FINANCIERE" ? "CONFLICT" : "FORBIDDEN");
      }
    }
    const rows = await storedAndRecomputedRates(app.context().em);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      if (row.recomputed === null) expect(row).toEqual({ ...row, stored: null });
      else expect([row.what, row.stored]).toEqual([row.what, expect.closeTo(row.recomputed, 9)]);
    }
  });
});
