import { generateNationalDataset } from "../../bench/national-dataset";
import { Establishment, Organisation, OrganisationDepartment } from "../../src/organisations/organisation.entities";
import { Action, ActionPhaseChange, ContractModule } from "../../src/commode/plan.entities";
import { PHASE_ORDER, phaseIndex } from "../../src/commode/phases";
import { checkFiness } from "../../src/organisations/finess";
import { startTestApp, type TestApp } from "../support/app";
import { storedAndRecomputedRates } from "../support/recompute";

describe("the national dataset generator", () => {
  let app: TestApp;
  let summary: Awaited<ReturnType<typeof generateNationalDataset>>;
  beforeAll(async () => {
    app = await startTestApp({ now: "2026-11-22T10:00:00Z" });
    summary = await generateNationalDataset(app.db, { organisations: 60, seed: 7, today: "2026-11-22", password: "Bench-password-1" });
  });
  afterAll(() => app.close());

  it("writes organisations with 1 to 30 establishments, one contract each, 5 to 10 actions per module in every phase", async () => {
    const em = app.context().em;
    expect(summary).toMatchObject({ organisations: 60, contracts: 60 });
    expect(await em.count(Organisation)).toBe(60);
    // Every FINESS number is a valid one (SQLite would not have refused a longer one).
    const numbers = [...(await em.find(Organisation)).map((o) => o.finessJuridique), ...(await em.find(Establishment)).map((e) => e.finessGeographique)];
    expect(numbers.filter((n) => !checkFiness(n).valid)).toEqual([]);
    const perOrganisation = await em.createQueryBuilder(Establishment, "e").select("COUNT(*)", "n").groupBy("e.organisation_id").getRawMany<{ n: number }>();
    expect(perOrganisation.every((r) => Number(r.n) >= 1 && Number(r.n) <= 30)).toBe(true);
    const modules = await em.find(ContractModule);
    expect(modules.filter((m) => m.mandatory)).toHaveLength(300);
    expect(modules.every((m) => m.actionCount >= 5 && m.actionCount <= 10)).toBe(true);
    const phases = await em.createQueryBuilder(Action, "a").select("DISTINCT a.phase", "phase").getRawMany<{ phase: string }>();
    expect(phases.map((p) => p.phase).sort()).toEqual([...PHASE_ORDER].sort());
  });

  it("keeps every stored rate and count equal to the server's formula, and every phase history consistent", async () => {
    const em = app.context().em;
    for (const row of await storedAndRecomputedRates(em)) {
      if (row.recomputed === null) expect(row.stored).toBeNull();
      else expect([row.what, row.stored]).toEqual([row.what, expect.closeTo(row.recomputed, 9)]);
    }
    const actions = await em.find(Action, { take: 200 });
    const changes = await em.find(ActionPhaseChange);
    for (const action of actions) expect(changes.filter((c) => c.actionId === action.id)).toHaveLength(phaseIndex(action.phase));
    const presence = await em.find(OrganisationDepartment);
    const derived = await em.createQueryBuilder(Establishment, "e").select(["e.organisation_id AS o", "e.department_code AS d"]).distinct(true).getRawMany();
    expect(presence).toHaveLength(derived.length);
  });

  it("is readable through the API by its bench accounts", async () => {
    const admin = summary.users.find((u) => u.role === "AGENCY_ADMIN")!;
    const { login } = await app.anonymous.ok(`mutation($e: String!) { login(input: { email: $e, password: "Bench-password-1" }) { token } }`, { e: admin.email });
    const data = await app.withToken(login.token).ok(`{ organisations(sort: { field: PROGRESS_RATE, direction: DESC }, take: 5) { items { progressRate actionsByPhase { count } } } rateDistribution { count } }`);
    expect(data.rateDistribution.count).toBeGreaterThanOrEqual(data.organisations.items.length);
  });
});
