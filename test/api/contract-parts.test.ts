import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { contractScenario, createAgency, createOrganisation } from "../support/builders";
import { completeEngagements, createHealthSite, openSanitaryContract } from "../support/sanitary";

const PARTS = `query($id: ID!) { contract(id: $id) {
  id version status signedOn baseDecisionOn baseDecisionReference
  parts { part inForceOn imposedByDecision signatures { id party status signedOn } }
  versions { number date part amendment { number kind } }
  reviews { id version kind number scheduledOn heldOn }
} }`;

/**
 * A sanitary CPOM signed as the ARS FAQ on the 2019-2023 campaign describes: the base first,
 * the annexes later, each in force from its own signature; annex 2 (the sites' care
 * activities) part of what is signed; the financing annex amended every year in one step;
 * and a base fixed by the agency's decision when the organisation does not sign.
 */
describe("a sanitary contract's base and annexes, each signed and in force on its own", () => {
  let app: TestApp;
  let admin: TestClient;
  let organisationUser: TestClient;
  let agencyId: string;
  let organisationId: string;
  let site: { id: string };
  let otherSite: { id: string };
  let contractId: string;

  const read = async (id = contractId) => (await admin.ok(PARTS, { id })).contract;
  const step = async (name: string, id = contractId) => admin.ok(`mutation($id: ID!, $v: Int!) { ${name}(input: { contractId: $id, version: $v }) { status } }`, { id, v: (await read(id)).version });
  const sign = (client: TestClient, signedOn: string, parts?: string[], id = contractId) =>
    client.gql(`mutation($input: SignContractInput!) { signContract(input: $input) { status signedOn } }`, { input: { contractId: id, signedOn, parts } });
  const firstIndicator = async () => {
    const { contract } = await admin.ok(`query($id: ID!) { contract(id: $id) { objectives { retained actions { included indicator { id version type } } } } }`, { id: contractId });
    // A numeric indicator of an engagement the contract keeps.
    return contract.objectives
      .filter((o: { retained: boolean }) => o.retained)
      .flatMap((o: { actions: { included: boolean; indicator: { id: string; version: number; type: string } }[] }) => o.actions.filter((a) => a.included).map((a) => a.indicator))
      .find((i: { type: string }) => ["COUNT", "RATE", "AMOUNT"].includes(i.type));
  };
  const setTarget = async (value: string) => {
    const indicator = await firstIndicator();
    return organisationUser.gql(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { id } }`, { input: { indicatorId: indicator.id, version: indicator.version, targets: [{ year: 5, value }] } });
  };
  const activity = async (code: string, capacity: number) =>
    admin.gql(`mutation($input: RecordEstablishmentActivityInput!) { recordEstablishmentActivity(input: $input) { id } }`, { input: { establishmentId: site.id, activityCode: code, capacity, capacityUnit: "lits" } });

  /** A sanitary contract of the organisation in negotiation, its objectives decided and its engagements complete. */
  async function negotiated(siteId: string): Promise<string> {
    const contract = await openSanitaryContract(admin, { organisationId, agencyId, establishmentIds: [siteId] });
    await step("proposeContract", contract.id);
    await step("startNegotiation", contract.id);
    const { objectives, maxObjectives } = (await admin.ok(`query($id: ID!) { contract(id: $id) { maxObjectives objectives { id version } } }`, { id: contract.id })).contract;
    for (const [i, objective] of objectives.entries()) {
      await organisationUser.ok(`mutation($input: DecideObjectiveInput!) { decideObjective(input: $input) { id } }`, {
        input: { contractObjectiveId: objective.id, version: objective.version, retained: i < maxObjectives, stakes: "Enjeux" },
      });
    }
    await completeEngagements(organisationUser, contract.id);
    return contract.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ now: "2026-06-15T10:00:00Z" });
    admin = await app.adminOf("84");
    agencyId = (await createAgency(app, "84")).id;
    const organisation = await createOrganisation(admin, { name: "Centre hospitalier de test", legalStatus: "PUBLIC", headOfficeRegionCode: "84", department: "69" });
    organisationId = organisation.id;
    site = await createHealthSite(admin, organisationId, ["MEDECINE", "URGENCES"], { name: "Hôpital", departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId });
    otherSite = await createHealthSite(admin, organisationId, ["MEDECINE"], { name: "Clinique", departmentCode: "69", postalCode: "69007", commune: "Lyon" });
    contractId = await negotiated(site.id);
    await admin.ok(`mutation($id: ID!) { addFinancingLine(input: { contractId: $id, label: "MIG urgences", amounts: [100, 100, 100, 100, 100] }) { id } }`, { id: contractId });
  });
  afterAll(() => app.close());

  it("is in force from its base's signatures, the annexes not signed yet going on its calendar", async () => {
    expect((await sign(admin, "2026-01-10", ["BASE"])).data!.signContract.status).toBe("NEGOTIATION");
    expect((await sign(organisationUser, "2026-01-12", ["BASE"])).data!.signContract).toEqual({ status: "ACTIVE", signedOn: "2026-01-12" });
    const c = await read();
    expect(c.parts.map((p: { part: string; inForceOn: string | null }) => [p.part, p.inForceOn])).toEqual([
      ["BASE", "2026-01-12"],
      ["ENGAGEMENTS", null],
      ["CARE_ACTIVITIES", null],
      ["FINANCING", null],
    ]);
    expect(c.parts[1].signatures.map((s: { party: string; status: string }) => [s.party, s.status])).toEqual([
      ["AGENCY", "NOT_SIGNED"],
      ["ORGANISATION", "NOT_SIGNED"],
    ]);
    expect(c.parts[1].signatures[0].id).toBe(`contract-${contractId}-engagements-agency`);
    expect(c.versions).toEqual([{ number: 0, date: "2026-01-12", part: null, amendment: null }]);
    const content = (await admin.ok(`query($id: ID!) { contractVersion(contractId: $id, number: 0) }`, { id: contractId })).contractVersion;
    expect(content.parts).toEqual({ BASE: "2026-01-12", ENGAGEMENTS: null, CARE_ACTIVITIES: null, FINANCING: null });
    expect(c.reviews.filter((r: { kind: string }) => r.kind === "ANNEX_SIGNATURE").map((r: { number: number; scheduledOn: string; heldOn: string | null }) => [r.number, r.scheduledOn, r.heldOn])).toEqual([
      [1, "2026-04-12", null],
      [2, "2026-04-12", null],
      [3, "2026-04-12", null],
    ]);
  });

  it("keeps an annex open to change until it is signed, then in force from its own date, with a version of its own", async () => {
    // Annex 1 is not signed yet: its targets still move without an amendment.
    expect((await setTarget("95")).errors).toBeUndefined();
    expect((await sign(admin, "2026-03-01", ["ENGAGEMENTS"])).errors).toBeUndefined();
    expect((await sign(organisationUser, "2026-03-03", ["ENGAGEMENTS"])).errors).toBeUndefined();
    const c = await read();
    expect(c.parts[1]).toMatchObject({ part: "ENGAGEMENTS", inForceOn: "2026-03-03" });
    expect(c.versions.at(-1)).toEqual({ number: 1, date: "2026-03-03", part: "ENGAGEMENTS", amendment: null });
    expect(c.reviews.find((r: { kind: string; number: number }) => r.kind === "ANNEX_SIGNATURE" && r.number === 1).heldOn).toBe("2026-03-03");
    const diff = (await admin.ok(`query($id: ID!) { contractVersionDiff(contractId: $id, from: 0, to: 1) { path before after } }`, { id: contractId })).contractVersionDiff;
    // Version 0 held annex 1 as it stood at the base's signature: the target changed since shows.
    expect(diff).toContainEqual({ path: "parts.ENGAGEMENTS", before: "null", after: '"2026-03-03"' });
    expect(diff.filter((d: { path: string }) => d.path !== "parts.ENGAGEMENTS").map((d: { path: string; after: string }) => [d.path.endsWith(".indicator.targets"), JSON.parse(d.after).at(-1)])).toEqual([[true, "95"]]);
    // Signed, the targets are opposable: they change only through an amendment.
    const locked = (await setTarget("96")).errors![0];
    expect(locked.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "AMENDMENT_REQUIRED" });
    expect(locked.message).toBe("Cette partie du contrat, l'annexe des engagements (annexe 1), est signée : elle ne change que par avenant (openAmendment)");
    // Signing it twice is refused, naming the annex.
    expect((await sign(admin, "2026-03-04", ["ENGAGEMENTS"])).errors![0]).toMatchObject({ message: expect.stringContaining("a déjà signé l'annexe des engagements (annexe 1) du contrat") });
  });

  it("makes annex 2 (the sites' care activities) part of what is signed: after its signature it changes only under an amendment", async () => {
    // Not signed yet: the agency records an activity of the covered site directly.
    expect((await activity("CHIRURGIE", 30)).errors).toBeUndefined();
    // Without saying which parts, each party signs what it has not signed yet.
    for (const client of [admin, organisationUser]) expect((await sign(client, "2026-04-01")).errors).toBeUndefined();
    const c = await read();
    expect(c.parts.map((p: { inForceOn: string | null }) => p.inForceOn)).toEqual(["2026-01-12", "2026-03-03", "2026-04-01", "2026-04-01"]);
    // Both annexes came into force at once, each with its version.
    expect(c.versions.slice(2).map((v: { number: number; part: string }) => [v.number, v.part])).toEqual([
      [2, "CARE_ACTIVITIES"],
      [3, "FINANCING"],
    ]);
    const signed = (await admin.ok(`query($id: ID!) { contractVersion(contractId: $id, number: 2) }`, { id: contractId })).contractVersion;
    expect(signed.careActivities[site.id]).toEqual({
      CHIRURGIE: { capacity: 30, capacityUnit: "lits", since: null },
      MEDECINE: { capacity: null, capacityUnit: null, since: null },
      URGENCES: { capacity: null, capacityUnit: null, since: null },
    });
    const refused = (await activity("PSYCHIATRIE", 10)).errors![0];
    expect(refused.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "AMENDMENT_REQUIRED" });
    expect(refused.message).toContain("l'annexe des activités de soins (annexe 2), est signée");
    const { establishment } = await admin.ok(`query($id: ID!) { establishment(id: $id) { activities { id version activity { code } capacity } } }`, { id: site.id });
    const surgery = establishment.activities.find((a: { activity: { code: string } }) => a.activity.code === "CHIRURGIE");
    const update = () => admin.gql(`mutation($input: UpdateEstablishmentActivityInput!) { updateEstablishmentActivity(input: $input) { capacity } }`, { input: { establishmentActivityId: surgery.id, version: surgery.version, capacity: 40 } });
    expect((await update()).errors![0].extensions.rule).toBe("AMENDMENT_REQUIRED");

    // An amendment of annex 2 alone: the activity changes under it, and the new version shows the change.
    const amendment = (await admin.ok(`mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "Autorisation de chirurgie étendue", part: CARE_ACTIVITIES }) { id number part } }`, { id: contractId })).openAmendment;
    expect(amendment.part).toBe("CARE_ACTIVITIES");
    // The amendment revises annex 2 only: the engagements stay locked.
    expect((await setTarget("97")).errors![0].message).toBe("L'avenant n° 1 ne révise que l'annexe des activités de soins (annexe 2) : l'annexe des engagements (annexe 1) change par un avenant qui lui est propre");
    expect((await update()).data!.updateEstablishmentActivity.capacity).toBe(40);
    for (const client of [admin, organisationUser]) await client.ok(`mutation($id: ID!) { signAmendment(input: { amendmentId: $id, signedOn: "2026-06-15" }) { status } }`, { id: amendment.id });
    const diff = (await admin.ok(`query($id: ID!) { contractVersionDiff(contractId: $id, from: 3, to: 4) { path before after } }`, { id: contractId })).contractVersionDiff;
    expect(diff).toEqual([{ path: `careActivities.${site.id}.CHIRURGIE.capacity`, before: "30", after: "40" }]);
  });

  it("amends the financing annex every year in one step, which both parties sign", async () => {
    const amend = (lines: unknown[]) =>
      admin.gql(`mutation($input: AmendFinancingInput!) { amendFinancing(input: $input) { id number kind part status } }`, { input: { contractId, description: "Annexe financière 2027", lines } });
    expect((await amend([{ label: "MIG urgences", amounts: [100, 100, -1, 100, 100] }])).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "lines.0.amounts.2" });
    // The refused call opened nothing.
    expect((await admin.ok(`query($id: ID!) { contract(id: $id) { amendments { number } } }`, { id: contractId })).contract.amendments).toHaveLength(1);
    const amendment = (await amend([
      { label: "MIG urgences", amounts: [100, 120, 120, 120, 120] },
      { label: "FIR prévention", amounts: [0, 50, 50, 50, 50] },
    ])).data!.amendFinancing;
    expect(amendment).toMatchObject({ number: 2, kind: "FINANCING", part: "FINANCING", status: "OPEN" });
    expect((await activity("PSYCHIATRIE", 10)).errors![0].extensions.rule).toBe("AMENDMENT_REQUIRED");
    for (const client of [organisationUser, admin]) await client.ok(`mutation($id: ID!) { signAmendment(input: { amendmentId: $id, signedOn: "2026-06-15" }) { status } }`, { id: amendment.id });
    const diff = (await admin.ok(`query($id: ID!) { contractVersionDiff(contractId: $id, from: 4, to: 5) { path } }`, { id: contractId })).contractVersionDiff;
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.every((d: { path: string }) => d.path.startsWith("financing."))).toBe(true);
    const { financing } = (await admin.ok(`query($id: ID!) { contract(id: $id) { financing { totals } } }`, { id: contractId })).contract;
    expect(financing.totals).toEqual([100, 170, 170, 170, 170]);
  });

  it("records a base fixed by the agency's decision, in force without the organisation's signature", async () => {
    const id = await negotiated(otherSite.id);
    const impose = async (input: Record<string, unknown>) =>
      admin.gql(`mutation($input: ImposeContractBaseInput!) { imposeContractBase(input: $input) { status signedOn } }`, {
        input: { contractId: id, version: (await read(id)).version, decisionReference: "Arrêté ARS-ARA 2026-114", regionalHealthPlanAdoptedOn: "2025-03-01", decisionDate: "2026-06-01", ...input },
      });
    expect((await impose({ decisionDate: "2026-02-27" })).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "DECISION_TOO_EARLY", field: "decisionDate" });
    expect((await impose({ decisionDate: "2026-07-01" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "decisionDate" });
    expect((await impose({ decisionReference: "  " })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "decisionReference" });
    const officerless = await app.as({ role: Role.ORGANISATION_USER, organisationId });
    expect((await officerless.gql(`mutation { imposeContractBase(input: { contractId: "${id}", version: 1, decisionDate: "2026-06-01", decisionReference: "x", regionalHealthPlanAdoptedOn: "2025-01-01" }) { id } }`)).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await read(id)).status).toBe("NEGOTIATION");

    expect((await impose({})).data!.imposeContractBase).toEqual({ status: "ACTIVE", signedOn: "2026-06-01" });
    const c = await read(id);
    expect(c).toMatchObject({ baseDecisionOn: "2026-06-01", baseDecisionReference: "Arrêté ARS-ARA 2026-114" });
    expect(c.parts[0]).toMatchObject({ part: "BASE", inForceOn: "2026-06-01", imposedByDecision: true });
    expect(c.parts[0].signatures.map((s: { party: string; status: string }) => [s.party, s.status])).toEqual([
      ["AGENCY", "NOT_SIGNED"],
      ["ORGANISATION", "NOT_SIGNED"],
    ]);
    const content = (await admin.ok(`query($id: ID!) { contractVersion(contractId: $id, number: 0) }`, { id })).contractVersion;
    expect(content.baseDecision).toEqual({ date: "2026-06-01", reference: "Arrêté ARS-ARA 2026-114" });
    // The organisation can no longer sign the base; the annexes are still signed by both.
    expect((await sign(organisationUser, "2026-06-02", ["BASE"], id)).errors![0].extensions).toMatchObject({ rule: "TRANSITION_OUT_OF_ORDER" });
    for (const client of [admin, organisationUser]) expect((await sign(client, "2026-06-05", ["ENGAGEMENTS"], id)).errors).toBeUndefined();
    expect((await read(id)).parts[1].inForceOn).toBe("2026-06-05");
    // Once in force, no second decision.
    expect((await impose({})).errors![0].extensions).toMatchObject({ rule: "TRANSITION_OUT_OF_ORDER" });
  });

  it("signs a medico-social contract as one: no annexes, and no decision", async () => {
    const { contract } = await contractScenario(app);
    const bad = await app.gql(`mutation($id: ID!) { signContract(input: { contractId: $id, signedOn: "2026-01-10", parts: [ENGAGEMENTS] }) { id } }`, { id: contract.id });
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "parts.0" });
    const parts = (await app.ok(`query($id: ID!) { contract(id: $id) { parts { part } } }`, { id: contract.id })).contract.parts;
    expect(parts).toEqual([{ part: "BASE" }]);
    const financing = await app.gql(`mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "x", kind: FINANCING }) { id } }`, { id: contract.id });
    expect(financing.errors![0].extensions.code).toBeDefined();
  });
});
