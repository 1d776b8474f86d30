import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, createAgency, createEstablishment, createOrganisation, moduleOf, moveAction, openContract } from "../support/builders";

const LIST = `query($filter: OrganisationFilter) { organisations(filter: $filter, take: 100) { totalCount items { name progressRate actionsByPhase { phase count } trend { currentRate lastClosedYear lastClosedRate change } } } }`;

describe("exception-based follow-up and aggregates", () => {
  let app: TestApp;
  let campaignId: string;

  /** An organisation whose contract has one EFFICIENCE action at the given progress (its rate is progress / 5). */
  async function organisation(name: string, startDate: string, phase: string | null, completion = 0) {
    const agency = await createAgency(app, "27");
    const org = await createOrganisation(app, { name });
    await createEstablishment(app, org.id);
    const contract = await openContract(app, { organisationId: org.id, agencyId: agency.id, startDate, campaignId });
    if (phase) {
      const action = await addAction(app, moduleOf(contract, "EFFICIENCE").id);
      if (phase !== "INITIALISATION") await moveAction(app, action.id, "PLANNING", phase === "PLANNING" ? completion : 0);
      if (phase === "EXECUTION") await moveAction(app, action.id, "EXECUTION", completion);
    }
    return { org, contract };
  }

  beforeAll(async () => {
    app = await startTestApp({ now: "2026-11-22T10:00:00Z" });
    campaignId = (await app.ok(`mutation { createCampaign(input: { name: "CPOM 2024-2028", expectedRates: [5, 10, 15, 20, 25] }) { id expectedRates } }`)).createCampaign.id;
  });
  afterAll(() => app.close());

  it("a trajectory has five rates that never go down", async () => {
    const error = await app.fails(`mutation { createCampaign(input: { name: "X", expectedRates: [20, 10, 30, 40, 50] }) { id } }`);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "expectedRates" });
    const short = await app.fails(`mutation { createCampaign(input: { name: "X", expectedRates: [20, 40] }) { id } }`);
    expect(short.extensions.field).toBe("expectedRates");
  });

  it("finds organisations below the expected rate of their current contract year", async () => {
    // Started 2026-01-01: year 1, expects 5 %. Started 2024-01-01: year 3, expects 15 %.
    const behind = await organisation("Behind in year 3", "2024-01-01", "EXECUTION", 0); // 40 / 5 = 8 %
    await organisation("Further but behind in year 3", "2024-01-01", "EXECUTION", 100); // 60 / 5 = 12 %, below 15
    await organisation("Behind in year 1", "2026-01-01", "PLANNING", 0); // 20 / 5 = 4 %, below 5
    const good = await organisation("On track in year 1", "2026-01-01", "PLANNING", 50); // 30 / 5 = 6 %
    const data = await app.ok(`query($id: ID!) { contract(id: $id) { currentYear expectedRate progressRate } }`, { id: behind.contract.id });
    expect(data.contract).toEqual({ currentYear: 3, expectedRate: 15, progressRate: 8 });
    const onTrack = await app.ok(`query($id: ID!) { contract(id: $id) { currentYear expectedRate progressRate } }`, { id: good.contract.id });
    expect(onTrack.contract).toEqual({ currentYear: 1, expectedRate: 5, progressRate: 6 });
    const below = await app.ok(LIST, { filter: { belowTrajectory: true } });
    expect(below.organisations.items.map((o: { name: string }) => o.name).sort()).toEqual(["Behind in year 1", "Behind in year 3", "Further but behind in year 3"]);
  });

  it("finds organisations whose actions have not moved for months", async () => {
    app.clock.set("2026-03-01T10:00:00Z");
    await organisation("Asleep since March", "2026-01-01", "PLANNING", 10);
    app.clock.set("2026-11-22T10:00:00Z");
    await organisation("Awake", "2026-01-01", "PLANNING", 10);
    const inactive = await app.ok(LIST, { filter: { inactiveForMonths: 6 } });
    const found = inactive.organisations.items.map((o: { name: string }) => o.name);
    expect(found).toContain("Asleep since March");
    expect(found).not.toContain("Awake");
  });

  it("shows each organisation's actions per phase and its trend since the last closed year", async () => {
    const { org, contract } = await organisation("Trending", "2025-01-01", "PLANNING", 0); // 20 → 4 %
    const second = await addAction(app, moduleOf(contract, "PREVENTION").id);
    await moveAction(app, second.id, "PLANNING", 0);
    await app.ok(`mutation($id: ID!) { closeContractYear(input: { contractId: $id, year: 1 }) { year } }`, { id: contract.id }); // 8 %
    await moveAction(app, second.id, "EXECUTION", 50); // PREVENTION 50 → (20 + 50) / 5 = 14 %
    const data = await app.ok(`query($id: ID!) { organisation(id: $id) { actionsByPhase { phase count } trend { currentRate lastClosedYear lastClosedRate change } } }`, { id: org.id });
    expect(data.organisation.actionsByPhase).toEqual([
      { phase: "INITIALISATION", count: 0 },
      { phase: "PLANNING", count: 1 },
      { phase: "EXECUTION", count: 1 },
      { phase: "MONITORING", count: 0 },
      { phase: "CLOSURE", count: 0 },
    ]);
    expect(data.organisation.trend).toEqual({ currentRate: 14, lastClosedYear: 1, lastClosedRate: 8, change: 6 });
    const module = await app.ok(`query($id: ID!) { contractModule(id: $id) { actionsByPhase { phase count } } }`, { id: moduleOf(contract, "PREVENTION").id });
    expect(module.contractModule.actionsByPhase.find((p: { phase: string }) => p.phase === "EXECUTION").count).toBe(1);
  });

  it("gives the distribution of rates, overall, per module and per closed year, within the user's scope", async () => {
    const overall = await app.ok(`{ rateDistribution { count withoutRate mean min median max buckets { from count } } }`);
    const list = await app.ok(`{ organisations(take: 100) { items { progressRate } } }`);
    const rates = list.organisations.items.map((o: { progressRate: number | null }) => o.progressRate).filter((r: number | null) => r !== null);
    expect(overall.rateDistribution.count).toBe(rates.length);
    expect(overall.rateDistribution.mean).toBeCloseTo(rates.reduce((a: number, b: number) => a + b, 0) / rates.length, 9);
    expect(overall.rateDistribution.buckets[0].count + overall.rateDistribution.buckets[1].count).toBe(rates.length);

    const efficience = await app.ok(`{ rateDistribution(moduleTypeCode: "EFFICIENCE") { count max } }`);
    expect(efficience.rateDistribution.max).toBe(60);
    const prevention = await app.ok(`{ rateDistribution(moduleTypeCode: "PREVENTION") { count withoutRate max } }`);
    expect(prevention.rateDistribution).toMatchObject({ count: 1, max: 50 });
    const year1 = await app.ok(`{ rateDistribution(year: 1) { count median } }`);
    expect(year1.rateDistribution).toEqual({ count: 1, median: 8 });
    const bad = await app.fails(`{ rateDistribution(year: 7) { count } }`);
    expect(bad.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });

    const elsewhere = await app.as({ role: Role.VIEWER, regionCode: "84" });
    expect((await elsewhere.ok(`{ rateDistribution { count } }`)).rateDistribution.count).toBe(0);
  });
});
