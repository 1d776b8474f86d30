import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { createAgency, createEstablishment, createOrganisation } from "../support/builders";
import {
  actionsByCode,
  completeEngagements,
  createHealthSite,
  INDICATOR_FIELDS,
  openSanitaryContract,
  recordActivity,
  sanitaryContract,
  type SanitaryContract,
  type SanitaryIndicator,
} from "../support/sanitary";

/**
 * A realistic sanitary CPOM in Auvergne-Rhône-Alpes, from the agency's proposal to the
 * mid-term evaluation: a public legal entity with an MCO site authorised in medicine,
 * surgery and emergency care, and a psychiatric site (sectorised, soins sans consentement).
 */
describe("a sanitary CPOM from proposal to evaluation", () => {
  let app: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let organisationUser: TestClient;
  let agencyId: string;
  let organisationId: string;
  let mco: { id: string; name: string };
  let contract: SanitaryContract;

  const indicatorOf = (code: string) => actionsByCode(contract).get(code)!.indicator;
  const indicator = async (id: string): Promise<SanitaryIndicator> =>
    (await admin.ok(`query($id: ID!) { contract(id: $id) { objectives { actions { indicator { ${INDICATOR_FIELDS} } } } } }`, { id: contract.id })).contract.objectives
      .flatMap((o: { actions: { indicator: SanitaryIndicator }[] }) => o.actions.map((a) => a.indicator))
      .find((i: SanitaryIndicator) => i.id === id);
  const refresh = async () => (contract = await sanitaryContract(admin, contract.id));

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.adminOf("84");
    agencyId = (await createAgency(app, "84")).id;
    const organisation = await createOrganisation(admin, { name: "Hospices civils de test", legalStatus: "PUBLIC", headOfficeRegionCode: "84", department: "69" });
    organisationId = organisation.id;
    mco = await createHealthSite(admin, organisationId, ["MEDECINE", "CHIRURGIE"], { name: "Hôpital MCO", departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    await recordActivity(admin, mco.id, "URGENCES", 40);
    await createHealthSite(admin, organisationId, ["PSYCHIATRIE", "PSYCHIATRIE_SECTORISEE", "SOINS_SANS_CONSENTEMENT"], {
      name: "Centre hospitalier spécialisé",
      departmentCode: "38",
      postalCode: "38000",
      commune: "Grenoble",
    });
    officer = await app.as({ role: Role.AGENCY_OFFICER, regionCode: "84" });
    organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId });
  });
  afterAll(() => app.close());

  it("serves the whole ARA catalogue: 3 orientations, objectives 1.1 to 3.2, every action with its establishments concerned and suggested indicators", async () => {
    const { sanitaryCatalogues } = await admin.ok(`{ sanitaryCatalogues(regionCode: "84") { id name active defaultMaxObjectives objectiveLimits { category maxObjectives }
      orientations { code title objectives { code title actions { code mandatory concerned { text allOf anyOf legalStatuses } indicators { label type dataSource direction } } } } } }`);
    expect(sanitaryCatalogues).toHaveLength(1);
    const [ara] = sanitaryCatalogues;
    expect(ara.active).toBe(true);
    expect(ara.orientations.map((o: { code: string }) => o.code)).toEqual(["1", "2", "3"]);
    const objectives = ara.orientations.flatMap((o: { objectives: { code: string }[] }) => o.objectives);
    expect(objectives.map((o: { code: string }) => o.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "2.3", "3.1", "3.2"]);
    const actions = objectives.flatMap((o: { actions: object[] }) => o.actions);
    expect(actions).toHaveLength(64);
    expect(actions.flatMap((a: { indicators: object[] }) => a.indicators)).toHaveLength(122);
    const urgences = actions.find((a: { code: string }) => a.code === "1.2.1");
    expect(urgences).toMatchObject({ mandatory: true, concerned: { text: "Tous ceux autorisés en urgences", allOf: ["URGENCES"] } });
    expect(ara.objectiveLimits).toContainEqual({ category: "Établissement de psychiatrie", maxObjectives: 5 });
  });

  it("records the sites' authorisations (annex 2) and refuses unknown activities or medico-social establishments", async () => {
    const site = (await admin.ok(`query($id: ID!) { establishment(id: $id) { activities { capacity capacityUnit activity { code kind label } } } }`, { id: mco.id })).establishment;
    expect(site.activities.map((a: { activity: { code: string } }) => a.activity.code)).toEqual(["CHIRURGIE", "MEDECINE", "URGENCES"]);
    expect(site.activities[2]).toMatchObject({ capacity: 40, capacityUnit: "lits", activity: { kind: "AUTHORISATION" } });
    const unknown = await admin.fails(`mutation($id: ID!) { recordEstablishmentActivity(input: { establishmentId: $id, activityCode: "TELEPORTATION" }) { id } }`, { id: mco.id });
    expect(unknown.extensions).toMatchObject({ code: "NOT_FOUND", field: "activityCode" });
    const twice = await admin.fails(`mutation($id: ID!) { recordEstablishmentActivity(input: { establishmentId: $id, activityCode: "urgences" }) { id } }`, { id: mco.id });
    expect(twice.extensions).toMatchObject({ code: "CONFLICT", field: "activityCode" });
    const ehpad = await createEstablishment(admin, organisationId, { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    const medicoSocial = await admin.fails(`mutation($id: ID!) { recordEstablishmentActivity(input: { establishmentId: $id, activityCode: "MEDECINE" }) { id } }`, { id: ehpad.id });
    expect(medicoSocial.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "establishmentId" });
  });

  it("refuses a category the catalogue does not know, and an entity with its head office elsewhere without exactly one site", async () => {
    const category = await admin.fails(`mutation($input: OpenSanitaryContractInput!) { openSanitaryContract(input: $input) { id } }`, {
      input: { organisationId, agencyId, startDate: "2026-01-01", category: "Clinique imaginaire" },
    });
    expect(category.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "category" });
    const outsider = await createOrganisation(admin, { name: "Groupe d'ailleurs", legalStatus: "PRIVATE_FOR_PROFIT", headOfficeRegionCode: "27", department: "71" });
    const one = await createHealthSite(admin, outsider.id, ["SSR"], { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    await createHealthSite(admin, outsider.id, ["HAD"], { departmentCode: "01", postalCode: "01000", commune: "Bourg-en-Bresse" });
    const whole = await admin.fails(`mutation($input: OpenSanitaryContractInput!) { openSanitaryContract(input: $input) { id } }`, { input: { organisationId: outsider.id, agencyId, startDate: "2026-01-01" } });
    expect(whole.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "ONE_CONTRACT_PER_SITE", field: "establishmentIds" });
    const perSite = await openSanitaryContract(admin, { organisationId: outsider.id, agencyId, establishmentIds: [one.id] });
    const codes = [...actionsByCode(perSite).keys()];
    expect(codes).toContain("2.1.2"); // SSR
    expect(codes).not.toContain("3.1.2"); // public entities only
  });

  it("proposes the actions whose 'établissements concernés' rules match each site", async () => {
    contract = await openSanitaryContract(admin, { organisationId, agencyId, category: "Établissement de psychiatrie" });
    expect(contract.maxObjectives).toBe(5);
    const actions = actionsByCode(contract);
    const sitesOf = (code: string) => actions.get(code)?.establishments.map((e) => e.name).sort();
    // Emergency care: the MCO site only.
    expect(sitesOf("1.2.1")).toEqual(["Hôpital MCO"]);
    expect(sitesOf("1.3.1")).toEqual(["Hôpital MCO"]);
    // Surgery: the MCO site only.
    expect(sitesOf("2.1.1")).toEqual(["Hôpital MCO"]);
    // Psychiatry, sectorised with soins sans consentement: the psychiatric site only.
    expect(sitesOf("1.2.7")).toEqual(["Centre hospitalier spécialisé"]);
    expect(sitesOf("1.3.4")).toEqual(["Centre hospitalier spécialisé"]);
    expect(sitesOf("2.1.4")).toEqual(["Centre hospitalier spécialisé"]);
    expect(sitesOf("2.2.7")).toEqual(["Centre hospitalier spécialisé"]);
    // Public entity: both sites; "Tous": both sites, optional.
    expect(sitesOf("1.1.1")).toEqual(["Centre hospitalier spécialisé", "Hôpital MCO"]);
    expect(actions.get("1.1.1")!.mandatory).toBe(true);
    expect(sitesOf("1.1.2")).toEqual(["Centre hospitalier spécialisé", "Hôpital MCO"]);
    expect(actions.get("1.1.2")!.mandatory).toBe(false);
    // Not concerned: cancer, SSR, private for-profit, psychiatry without soins sans consentement,
    // urgences and psychiatry on the same site, maternity, EHPAD managers (the EHPAD comes later).
    for (const code of ["1.2.2", "2.1.2", "1.2.4", "1.1.6", "1.5.4-TER", "1.4.4", "1.6.6", "1.5.3", "1.5.5", "2.2.6"]) expect(actions.has(code)).toBe(false);
    // Only objectives with a concerned action are proposed, undecided.
    expect(contract.objectives.every((o) => o.actions.length > 0 && o.retained === null)).toBe(true);
    // Every proposed action has its first suggested indicator, five years, yes/no starting at NO.
    const yesNo = indicatorOf("1.1.1");
    expect(yesNo).toMatchObject({ type: "YES_NO", dataSource: "ARS", baseline: "NO", baselineYear: 2025 });
    expect(yesNo.years.map((y) => y.target)).toEqual(["NO", "NO", "NO", "NO", "NO"]);
  });

  it("lets the organisation retain objectives up to its category's maximum, saying why (Enjeux)", async () => {
    const decide = (client: TestClient, objective: { id: string; version: number }, retained: boolean, stakes = "Priorité du projet médical") =>
      client.gql(`mutation($input: DecideObjectiveInput!) { decideObjective(input: $input) { id version retained stakes } }`, {
        input: { contractObjectiveId: objective.id, version: objective.version, retained, stakes },
      });
    // Closed to the organisation until the agency opens write access.
    expect((await decide(organisationUser, contract.objectives[0], true)).errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "WRITE_ACCESS_CLOSED" });
    await admin.ok(`mutation($id: ID!, $v: Int!) { setOrganisationWriteAccess(input: { contractId: $id, version: $v, open: true }) { id } }`, { id: contract.id, v: contract.version });
    const noStakes = (await decide(organisationUser, contract.objectives[0], true, "  ")).errors![0];
    expect(noStakes.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const byCode = (code: string) => contract.objectives.find((o) => o.code === code)!;
    for (const code of ["1.1", "1.2", "1.3", "2.1", "2.2"]) expect((await decide(organisationUser, byCode(code), true)).errors).toBeUndefined();
    const sixth = byCode("3.1");
    const refused = (await decide(organisationUser, sixth, true)).errors![0];
    expect(refused.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MAX_OBJECTIVES", field: "retained", maxObjectives: 5 });
    await refresh();
    expect(byCode("3.1")).toMatchObject({ retained: null, version: sixth.version });
    // Setting one aside makes room; fewer than the maximum is allowed.
    expect((await decide(organisationUser, byCode("2.2"), false, "Pas prioritaire sur la période")).errors).toBeUndefined();
    expect((await decide(organisationUser, byCode("3.1"), true)).errors).toBeUndefined();
    await refresh();
    expect(contract.objectives.filter((o) => o.retained === true).map((o) => o.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "3.1"]);
    expect(byCode("2.2")).toMatchObject({ retained: false, stakes: "Pas prioritaire sur la période" });
  });

  it("keeps mandatory actions, lets optional ones be set aside, and adapts wording (never an objective's title)", async () => {
    const mandatory = actionsByCode(contract).get("1.1.1")!;
    const refused = await organisationUser.fails(`mutation($input: IncludeActionInput!) { includeAction(input: $input) { id } }`, { input: { contractActionId: mandatory.id, version: mandatory.version, included: false } });
    expect(refused.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MANDATORY_ACTION", field: "included" });
    const optional = actionsByCode(contract).get("1.1.2")!;
    await organisationUser.ok(`mutation($input: IncludeActionInput!) { includeAction(input: $input) { id } }`, { input: { contractActionId: optional.id, version: optional.version, included: false } });
    const adapted = await organisationUser.ok(`mutation($input: AdaptActionInput!) { adaptAction(input: $input) { title version } }`, {
      input: { contractActionId: mandatory.id, version: mandatory.version, title: "Mettre en œuvre le projet médical partagé du GHT Rhône-Centre" },
    });
    expect(adapted.adaptAction.title).toBe("Mettre en œuvre le projet médical partagé du GHT Rhône-Centre");
    const stale = await organisationUser.fails(`mutation($input: AdaptActionInput!) { adaptAction(input: $input) { title } }`, { input: { contractActionId: mandatory.id, version: mandatory.version, title: "Autre" } });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    await refresh();
    const objective = contract.objectives.find((o) => o.actions.some((a) => a.code === "1.1.1"))!;
    expect(objective.title).toBe("Travailler les complémentarités au sein d'un territoire et être l'acteur pertinent de ces coopérations");
  });

  it("chooses indicators: another suggestion of the catalogue, or one defined at negotiation", async () => {
    const action = actionsByCode(contract).get("1.2.1")!;
    const other = actionsByCode(contract).get("2.1.1")!;
    const templates = (await admin.ok(`query($id: ID!) { contract(id: $id) { objectives { actions { id actionType { indicators { id label } } } } } }`, { id: contract.id })).contract.objectives
      .flatMap((o: { actions: object[] }) => o.actions)
      .reduce((map: Map<string, { id: string; label: string }[]>, a: { id: string; actionType: { indicators: { id: string; label: string }[] } }) => map.set(a.id, a.actionType.indicators), new Map());
    const wrong = await organisationUser.fails(`mutation($input: ChooseIndicatorInput!) { chooseIndicator(input: $input) { id } }`, {
      input: { contractActionId: action.id, version: action.version, templateId: templates.get(other.id)[0].id },
    });
    expect(wrong.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "templateId" });
    const custom = await organisationUser.ok(`mutation($input: ChooseIndicatorInput!) { chooseIndicator(input: $input) { id version indicator { label type unit direction dataSource baseline years { target } } } }`, {
      input: {
        contractActionId: action.id,
        version: action.version,
        custom: { label: "Taux de patients pris en charge en moins de 4 heures", type: "RATE", unit: "%", dataSource: "ESTABLISHMENT", direction: "HIGHER_IS_BETTER", collectionPeriod: "Mars de chaque année" },
      },
    });
    expect(custom.chooseIndicator.indicator).toMatchObject({ type: "RATE", unit: "%", baseline: null, years: [{ target: null }, { target: null }, { target: null }, { target: null }, { target: null }] });
    const delays = actionsByCode(contract).get("1.3.1")!;
    await organisationUser.ok(`mutation($input: ChooseIndicatorInput!) { chooseIndicator(input: $input) { id } }`, {
      input: { contractActionId: delays.id, version: delays.version, custom: { label: "Durée moyenne de passage aux urgences", type: "COUNT", unit: "minutes", dataSource: "ESTABLISHMENT", direction: "LOWER_IS_BETTER" } },
    });
    await refresh();
  });

  it("sets the baseline T0 and yearly targets, refusing years outside the contract and values of the wrong type, writing nothing then", async () => {
    const rate = indicatorOf("1.2.1");
    const set = (client: TestClient, input: Record<string, unknown>) =>
      client.gql(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { version baseline baselineYear years { year target } } }`, { input: { indicatorId: rate.id, version: rate.version, ...input } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ targets: [{ year: 6, value: "50" }] }, "BAD_USER_INPUT", "targets.0.year"],
      [{ targets: [{ year: 0, value: "50" }] }, "BAD_USER_INPUT", "targets.0.year"],
      [{ targets: [{ year: 1, value: "50" }, { year: 2, value: "beaucoup" }] }, "BAD_USER_INPUT", "targets.1.value"],
      [{ targets: [{ year: 1, value: "120" }] }, "BAD_USER_INPUT", "targets.0.value"],
      [{ baseline: "oui" }, "BAD_USER_INPUT", "baseline"],
      [{ baselineYear: 2026 }, "BAD_USER_INPUT", "baselineYear"],
      [{ targets: [{ year: 1, value: "50" }, { year: 1, value: "55" }] }, "BAD_USER_INPUT", "targets.1.year"],
    ];
    for (const [input, code, field] of cases) expect((await set(organisationUser, input)).errors![0].extensions).toMatchObject({ code, field });
    expect(await indicator(rate.id)).toMatchObject({ version: rate.version, baseline: null, years: rate.years });
    const done = await set(organisationUser, {
      baseline: "40",
      baselineYear: 2018,
      targets: [1, 2, 3, 4, 5].map((year) => ({ year, value: String(40 + year * 10) })),
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.setIndicatorTargets).toMatchObject({ baseline: "40", baselineYear: 2018, years: [{ target: "50" }, { target: "60" }, { target: "70" }, { target: "80" }, { target: "90" }] });
    const delays = indicatorOf("1.3.1");
    await organisationUser.ok(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { id } }`, {
      input: { indicatorId: delays.id, version: delays.version, baseline: "240", baselineYear: 2019, targets: [{ year: 1, value: "200" }] },
    });
    const yesNo = indicatorOf("1.1.1");
    await admin.ok(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { id } }`, { input: { indicatorId: yesNo.id, version: yesNo.version, targets: [{ year: 1, value: "OUI" }] } });
    await refresh();
  });

  it("records actuals of begun years with their type checked, and computes the verdicts", async () => {
    const record = (client: TestClient, target: SanitaryIndicator, year: number, value: string | null) =>
      client.gql(`mutation($input: RecordActualInput!) { recordActual(input: $input) { id version years { year actual computedVerdict verdict } } }`, {
        input: { indicatorId: target.id, version: target.version, year, value },
      });
    const rate = indicatorOf("1.2.1");
    expect((await record(organisationUser, rate, 1, "150")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "value" });
    expect((await record(organisationUser, rate, 1, "forte hausse")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "value" });
    expect((await record(organisationUser, rate, 2, "45")).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "YEAR_NOT_STARTED", field: "year" });
    expect((await record(organisationUser, rate, 7, "45")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "year" });
    const partly = await record(organisationUser, rate, 1, "45");
    expect(partly.data!.recordActual.years[0]).toMatchObject({ actual: "45", computedVerdict: "PARTLY_MET", verdict: "PARTLY_MET" });

    const delays = indicatorOf("1.3.1");
    const worse = await record(organisationUser, delays, 1, "260");
    expect(worse.data!.recordActual.years[0]).toMatchObject({ computedVerdict: "NOT_MET" });

    // The agency collects the data of 1.1.1's indicator: it enters its actual.
    const yesNo = indicatorOf("1.1.1");
    expect((await record(organisationUser, yesNo, 1, "OUI")).errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "DATA_COLLECTED_BY_AGENCY" });
    expect((await record(admin, yesNo, 1, "peut-être")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "value" });
    const met = await record(admin, yesNo, 1, "oui");
    expect(met.data!.recordActual.years[0]).toMatchObject({ actual: "YES", computedVerdict: "MET" });
    await refresh();
    // A target changed afterwards changes the verdict too.
    const lowered = await organisationUser.ok(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { years { computedVerdict } } }`, {
      input: { indicatorId: rate.id, version: indicatorOf("1.2.1").version, targets: [{ year: 1, value: "45" }] },
    });
    expect(lowered.setIndicatorTargets.years[0].computedVerdict).toBe("MET");
    await refresh();
  });

  it("lets an officer in charge override a verdict, with a reason", async () => {
    const delays = indicatorOf("1.3.1");
    const override = (client: TestClient, input: Record<string, unknown>) =>
      client.gql(`mutation($input: OverrideVerdictInput!) { overrideVerdict(input: $input) { version years { computedVerdict verdict overrideReason overriddenBy } } }`, {
        input: { indicatorId: delays.id, version: delays.version, year: 1, ...input },
      });
    expect((await override(organisationUser, { verdict: "PARTLY_MET", reason: "Travaux" })).errors![0].extensions.code).toBe("FORBIDDEN");
    // An officer not in charge of the contract reads it but does not manage it.
    expect((await override(officer, { verdict: "PARTLY_MET", reason: "Travaux" })).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await override(admin, { verdict: "PARTLY_MET" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    expect((await override(admin, { verdict: "PARTLY_MET", year: 6, reason: "x" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const done = await override(admin, { verdict: "PARTLY_MET", reason: "Travaux du service d'urgences pendant six mois" });
    expect(done.data!.overrideVerdict.years[0]).toMatchObject({ computedVerdict: "NOT_MET", verdict: "PARTLY_MET", overrideReason: "Travaux du service d'urgences pendant six mois", overriddenBy: "Admin ARS 84" });
    await refresh();
  });

  it("handles an indicator the organisation cannot measure: justification required, the agency decides", async () => {
    const target = indicatorOf("2.1.1");
    const flag = (input: Record<string, unknown>, version = target.version) =>
      organisationUser.gql(`mutation($input: FlagNotMeasurableInput!) { flagNotMeasurable(input: $input) { version notMeasurable notMeasurableJustification measurabilityDecision } }`, { input: { indicatorId: target.id, version, ...input } });
    expect((await flag({ notMeasurable: true })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "justification" });
    expect((await flag({ notMeasurable: true, justification: " " })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "justification" });
    const flagged = await flag({ notMeasurable: true, justification: "Le logiciel de bloc ne permet pas d'extraire ce taux" });
    expect(flagged.data!.flagNotMeasurable).toMatchObject({ notMeasurable: true, measurabilityDecision: "PENDING" });
    const version = flagged.data!.flagNotMeasurable.version;
    const decide = (client: TestClient, input: Record<string, unknown>, v: number) =>
      client.gql(`mutation($input: DecideMeasurabilityInput!) { decideMeasurability(input: $input) { version measurabilityDecision measurabilityDecisionReason years { verdict } } }`, { input: { indicatorId: target.id, version: v, ...input } });
    expect((await decide(organisationUser, { accepted: true }, version)).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await decide(admin, { accepted: false }, version)).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const accepted = await decide(admin, { accepted: true, reason: "Accord ARS" }, version);
    expect(accepted.data!.decideMeasurability).toMatchObject({ measurabilityDecision: "ACCEPTED", years: Array(5).fill({ verdict: "NO_LONGER_APPLICABLE" }) });
    const actual = await admin.fails(`mutation($input: RecordActualInput!) { recordActual(input: $input) { id } }`, {
      input: { indicatorId: target.id, version: accepted.data!.decideMeasurability.version, year: 1, value: "10" },
    });
    expect(actual.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "NOT_FOLLOWED" });
    // Values once entered cannot be lost by choosing another indicator.
    const rateAction = actionsByCode(contract).get("1.2.1")!;
    const change = await organisationUser.fails(`mutation($input: ChooseIndicatorInput!) { chooseIndicator(input: $input) { id } }`, {
      input: { contractActionId: rateAction.id, version: rateAction.version, custom: { label: "Autre", type: "COUNT", dataSource: "ESTABLISHMENT" } },
    });
    expect(change.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "INDICATOR_HAS_VALUES" });
    await refresh();
  });

  it("gives annex 1 as a tree of retained objectives and included actions with 5 targets, actuals and verdicts, in a fixed number of statements", async () => {
    const ANNEX = `query($id: ID!) { contract(id: $id) { annex1 { orientation { code title } objectives { objective { code title retained stakes }
      actions { code title included establishments { name } indicator { label type baseline years { year target actual verdict } } } } } } }`;
    const body = await admin.gql(ANNEX, { id: contract.id });
    expect(body.errors).toBeUndefined();
    const annex = body.data.contract.annex1;
    const retained = contract.objectives.filter((o) => o.retained).map((o) => o.code);
    expect(annex.flatMap((o: { objectives: { objective: { code: string } }[] }) => o.objectives.map((b) => b.objective.code))).toEqual(retained);
    const actions = annex.flatMap((o: { objectives: { actions: { code: string; included: boolean }[] }[] }) => o.objectives.flatMap((b) => b.actions));
    expect(actions.every((a: { included: boolean }) => a.included)).toBe(true);
    expect(actions.map((a: { code: string }) => a.code)).not.toContain("1.1.2");
    const rate = actions.find((a: { code: string }) => a.code === "1.2.1");
    expect(rate.indicator).toMatchObject({ type: "RATE", baseline: "40", years: [{ year: 1, target: "45", actual: "45", verdict: "MET" }, { year: 2, target: "60", actual: null, verdict: null }, {}, {}, {}] });
    // The statements do not grow with the number of objectives, actions and indicators.
    const statements = body.extensions!.sqlStatements!;
    expect(actions.length).toBeGreaterThan(15);
    expect(statements).toBeLessThanOrEqual(16);
  });

  it("counts the indicators met, partly met and not met per year, per contract, organisation and region", async () => {
    const QUERY = `query($id: ID!, $o: ID!) {
      contract(id: $id) { indicatorResults { year indicators met partlyMet notMet noLongerApplicable notEvaluated metShare partlyMetShare notMetShare } }
      organisation(id: $o) { indicatorResults { year met partlyMet notMet metShare } }
      region: indicatorResults(filter: { regionCode: "84" }) { year met partlyMet notMet }
    }`;
    const data = await admin.ok(QUERY, { id: contract.id, o: organisationId });
    const [year1, year2] = data.contract.indicatorResults;
    // Year 1: 1.1.1 met (YES), 1.2.1 met (45 for 45), 1.3.1 overridden to partly met; 2.1.1 no longer applicable.
    expect(year1).toMatchObject({ year: 1, met: 2, partlyMet: 1, notMet: 0, noLongerApplicable: 1, metShare: 66.67, partlyMetShare: 33.33, notMetShare: 0 });
    expect(year1.indicators).toBe(year1.met + year1.partlyMet + year1.notMet + year1.noLongerApplicable + year1.notEvaluated);
    expect(year2).toMatchObject({ year: 2, met: 0, partlyMet: 0, notMet: 0, noLongerApplicable: 1, metShare: null });
    expect(data.organisation.indicatorResults[0]).toMatchObject({ met: 2, partlyMet: 1, notMet: 0, metShare: 66.67 });
    expect(data.region[0]).toMatchObject({ met: 2, partlyMet: 1, notMet: 0 });
    // The organisation reads its own results; a region it cannot read gives nothing.
    const own = await organisationUser.ok(`query($o: ID!) { organisation(id: $o) { indicatorResults { met } } all: indicatorResults { met } }`, { o: organisationId });
    expect(own.organisation.indicatorResults[0].met).toBe(2);
    expect(own.all[0].met).toBe(2);
    const elsewhere = await (await app.as({ role: Role.VIEWER, regionCode: "27" })).ok(`{ indicatorResults(filter: { regionCode: "84" }) { met } }`);
    expect(elsewhere.indicatorResults[0].met).toBe(0);
  });

  it("gives each organisation of a dashboard page its indicator results in a constant number of statements", async () => {
    const counts: number[] = [];
    for (const take of [1, 2]) {
      const body = await admin.gql(`query($take: Int!) { organisations(filter: { regionCode: "84" }, sort: { field: NAME, direction: ASC }, take: $take) { items { name indicatorResults { year met partlyMet notMet } } } }`, { take });
      expect(body.errors).toBeUndefined();
      expect(body.data.organisations.items).toHaveLength(take);
      counts.push(body.extensions!.sqlStatements!);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("keeps the stored verdicts equal to the rule recomputed from scratch", async () => {
    const { ContractIndicator, IndicatorYear } = await import("../../src/sanitary/plan.entities");
    const { verdictOf } = await import("../../src/sanitary/indicator.service");
    const em = app.context().em;
    const indicators = await em.find(ContractIndicator);
    const years = await em.find(IndicatorYear);
    expect(years.length).toBe(indicators.length * 5);
    for (const year of years) expect(year.computedVerdict).toBe(verdictOf(indicators.find((i) => i.id === year.indicatorId)!, year));
  });

  it("records the mid-term evaluation: dated diagnostics, SWOT, proposals per engagement for the next CPOM", async () => {
    const opened = await organisationUser.ok(`mutation($id: ID!) { openEvaluation(input: { contractId: $id, kind: MID_TERM }) { id version kind } }`, { id: contract.id });
    const evaluation = opened.openEvaluation;
    const again = await admin.fails(`mutation($id: ID!) { openEvaluation(input: { contractId: $id, kind: MID_TERM }) { id } }`, { id: contract.id });
    expect(again.extensions).toMatchObject({ code: "CONFLICT", field: "kind" });
    const diagnose = (client: TestClient, author: string, version: number, date = "2028-06-15") =>
      client.gql(`mutation($input: RecordDiagnosticInput!) { recordDiagnostic(input: $input) { version structureDiagnostic structureDiagnosticDate agencyDiagnostic sharedDiagnostic sharedDiagnosticDate } }`, {
        input: { evaluationId: evaluation.id, version, author, text: `Diagnostic ${author}`, date },
      });
    expect((await diagnose(organisationUser, "STRUCTURE", evaluation.version, "2025-12-01")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "date" });
    const structure = await diagnose(organisationUser, "STRUCTURE", evaluation.version);
    expect(structure.data!.recordDiagnostic).toMatchObject({ structureDiagnostic: "Diagnostic STRUCTURE", structureDiagnosticDate: "2028-06-15" });
    let version = structure.data!.recordDiagnostic.version;
    expect((await diagnose(organisationUser, "AGENCY", version)).errors![0].extensions.code).toBe("FORBIDDEN");
    version = (await diagnose(admin, "AGENCY", version)).data!.recordDiagnostic.version;
    const shared = await diagnose(admin, "SHARED", version);
    expect(shared.data!.recordDiagnostic).toMatchObject({ agencyDiagnostic: "Diagnostic AGENCY", sharedDiagnostic: "Diagnostic SHARED" });
    version = shared.data!.recordDiagnostic.version;
    const swot = await organisationUser.ok(`mutation($input: RecordSwotInput!) { recordSwot(input: $input) { strengths weaknesses opportunities threats } }`, {
      input: { evaluationId: evaluation.id, version, strengths: "Équipes stables", weaknesses: "Attractivité médicale", opportunities: "GHT", threats: "Démographie" },
    });
    expect(swot.recordSwot).toEqual({ strengths: "Équipes stables", weaknesses: "Attractivité médicale", opportunities: "GHT", threats: "Démographie" });

    const propose = (input: Record<string, unknown>) =>
      organisationUser.gql(`mutation($input: ProposeEngagementInput!) { proposeEngagement(input: $input) { proposal description proposedBy contractAction { code } } }`, { input: { evaluationId: evaluation.id, ...input } });
    expect((await propose({ proposal: "RENEW", description: "Reconduire" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "contractActionId" });
    expect((await propose({ proposal: "ADD", contractActionId: actionsByCode(contract).get("1.2.1")!.id, description: "x" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "contractActionId" });
    const renew = await propose({ proposal: "MODIFY", contractActionId: actionsByCode(contract).get("1.2.1")!.id, description: "Cible N5 portée à 95 %" });
    expect(renew.data!.proposeEngagement).toMatchObject({ proposal: "MODIFY", contractAction: { code: "1.2.1" } });
    await propose({ proposal: "ADD", description: "Nouvel engagement : hospitalisation à domicile" });
    const read = await organisationUser.ok(`query($id: ID!) { contract(id: $id) { evaluations { kind strengths proposals { proposal description contractAction { code } } } } }`, { id: contract.id });
    expect(read.contract.evaluations[0]).toMatchObject({ kind: "MID_TERM", strengths: "Équipes stables" });
    expect(read.contract.evaluations[0].proposals.map((p: { proposal: string }) => p.proposal)).toEqual(["MODIFY", "ADD"]);
  });

  it("records two revisions over the five years, not a third, on the contract's calendar", async () => {
    const revise = (date: string) => admin.gql(`mutation($id: ID!, $d: LocalDate!) { recordRevision(input: { contractId: $id, date: $d, description: "Révision" }) { kind number heldOn description } }`, { id: contract.id, d: date });
    expect((await revise("2032-01-01")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "date" });
    expect((await revise("2027-06-01")).data!.recordRevision).toEqual({ kind: "REVISION", number: 1, heldOn: "2027-06-01", description: "Révision" });
    expect((await revise("2029-06-01")).data!.recordRevision).toEqual({ kind: "REVISION", number: 2, heldOn: "2029-06-01", description: "Révision" });
    expect((await revise("2030-06-01")).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MAX_REVISIONS" });
    // One model: the revisions held are the calendar's REVISION entries.
    const read = await admin.ok(`query($id: ID!) { contract(id: $id) { revisions { number heldOn } reviews { kind number heldOn } } }`, { id: contract.id });
    expect(read.contract.revisions).toEqual([{ number: 1, heldOn: "2027-06-01" }, { number: 2, heldOn: "2029-06-01" }]);
    expect(read.contract.reviews.filter((r: { kind: string }) => r.kind === "REVISION")).toEqual([{ kind: "REVISION", number: 1, heldOn: "2027-06-01" }, { kind: "REVISION", number: 2, heldOn: "2029-06-01" }]);
  });

  it("keeps the agency's comments on objectives, indicators and evaluations, dated and attributed, visible to the organisation", async () => {
    const objective = contract.objectives.find((o) => o.retained)!;
    const rate = indicatorOf("1.2.1");
    const evaluationId = (await admin.ok(`query($id: ID!) { contract(id: $id) { evaluations { id } } }`, { id: contract.id })).contract.evaluations[0].id;
    const comment = (client: TestClient, targetType: string, targetId: string | null, text: string) =>
      client.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id targetType text authorName createdAt } }`, { input: { contractId: contract.id, targetType, targetId, text } });
    expect((await comment(organisationUser, "OBJECTIVE", objective.id, "x")).errors![0].extensions.code).toBe("FORBIDDEN");
    const other = (await admin.ok(`{ contracts(filter: { kind: SANITARY }) { items { id objectives { id } } } }`)).contracts.items.find((c: { id: string }) => c.id !== contract.id);
    // A part of another contract answers as an unknown one: which contract it belongs to is not said.
    expect((await comment(admin, "OBJECTIVE", other.objectives[0].id, "x")).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "targetId" });
    expect((await comment(admin, "INDICATOR", "999999", "x")).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "targetId" });
    expect((await comment(admin, "OBJECTIVE", objective.id, "Objectif cohérent avec le PRS")).errors).toBeUndefined();
    expect((await comment(admin, "INDICATOR", rate.id, "Cible ambitieuse mais atteignable")).errors).toBeUndefined();
    expect((await comment(admin, "EVALUATION", evaluationId, "Diagnostic partagé validé")).errors).toBeUndefined();
    const seen = await organisationUser.ok(`query($id: ID!) { contract(id: $id) {
      comments { targetType text authorName createdAt }
      objectives { id comments { text authorName } actions { indicator { id comments { text } } } }
      evaluations { comments { text } } } }`, { id: contract.id });
    expect(seen.contract.comments.map((c: { targetType: string }) => c.targetType)).toEqual(["OBJECTIVE", "INDICATOR", "EVALUATION"]);
    expect(seen.contract.comments[0]).toMatchObject({ authorName: "Admin ARS 84", createdAt: expect.any(String) });
    expect(seen.contract.objectives.find((o: { id: string }) => o.id === objective.id).comments).toEqual([{ text: "Objectif cohérent avec le PRS", authorName: "Admin ARS 84" }]);
    const withComment = seen.contract.objectives.flatMap((o: { actions: { indicator: { id: string; comments: object[] } }[] }) => o.actions.map((a) => a.indicator)).find((i: { id: string }) => i.id === rate.id);
    expect(withComment.comments).toEqual([{ text: "Cible ambitieuse mais atteignable" }]);
    expect(seen.contract.evaluations[0].comments).toEqual([{ text: "Diagnostic partagé validé" }]);
  });

  it("gives annexes 2 (authorisations of the covered sites) and 3 (recurring FIR financing)", async () => {
    const add = (amounts: number[]) => admin.gql(`mutation($id: ID!, $a: [Float!]!) { addFinancingLine(input: { contractId: $id, label: "Mission d'intérêt général urgences", amounts: $a }) { id version amounts } }`, { id: contract.id, a: amounts });
    expect((await add([100, 100, -5, 100, 100])).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amounts.2" });
    expect((await add([100, 100])).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect((await organisationUser.gql(`mutation($id: ID!) { addFinancingLine(input: { contractId: $id, label: "x", amounts: [1, 1, 1, 1, 1] }) { id } }`, { id: contract.id })).errors![0].extensions.code).toBe("FORBIDDEN");
    const line = (await add([120000, 120000, 125000, 125000, 130000])).data!.addFinancingLine;
    await admin.ok(`mutation($id: ID!) { addFinancingLine(input: { contractId: $id, label: "Équipe mobile de psychiatrie", amounts: [50000, 50000, 50000, 50000, 50000] }) { id } }`, { id: contract.id });
    await admin.ok(`mutation($id: ID!, $v: Int!) { updateFinancingLine(input: { financingLineId: $id, version: $v, label: "MIG urgences", amounts: [120000, 120000, 125000, 125000, 135000] }) { id } }`, { id: line.id, v: line.version });
    const annexes = await organisationUser.ok(`query($id: ID!) { contract(id: $id) { careActivities { establishment { name } activity { code } capacity } financing { lines { label amounts } totals } } }`, { id: contract.id });
    expect(annexes.contract.careActivities.map((a: { establishment: { name: string }; activity: { code: string } }) => `${a.establishment.name}: ${a.activity.code}`).sort()).toEqual([
      "Centre hospitalier spécialisé: PSYCHIATRIE",
      "Centre hospitalier spécialisé: PSYCHIATRIE_SECTORISEE",
      "Centre hospitalier spécialisé: SOINS_SANS_CONSENTEMENT",
      "Hôpital MCO: CHIRURGIE",
      "Hôpital MCO: MEDECINE",
      "Hôpital MCO: URGENCES",
    ]);
    expect(annexes.contract.financing.totals).toEqual([170000, 170000, 175000, 175000, 185000]);
    expect(annexes.contract.financing.lines[0]).toEqual({ label: "MIG urgences", amounts: [120000, 120000, 125000, 125000, 135000] });
  });

  it("is signed once every objective is decided and every engagement kept has its indicator, baseline and five targets; then targets change only through an amendment, whose version shows the change", async () => {
    const step = async (name: string) => {
      const { version } = (await admin.ok(`query($id: ID!) { contract(id: $id) { version } }`, { id: contract.id })).contract;
      return admin.ok(`mutation($id: ID!, $v: Int!) { ${name}(input: { contractId: $id, version: $v }) { status } }`, { id: contract.id, v: version });
    };
    await step("proposeContract");
    await step("startNegotiation");
    const sign = (client: TestClient) => client.gql(`mutation($id: ID!) { signContract(input: { contractId: $id, signedOn: "2026-11-01" }) { status signedOn } }`, { id: contract.id });
    const incomplete = (await sign(admin)).errors![0];
    expect(incomplete.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "CONTRACT_INCOMPLETE" });
    const rules = (error: { extensions: Record<string, unknown> }) => new Set((error.extensions.violations as { rule: string }[]).map((v) => v.rule));
    expect(rules(incomplete)).toEqual(new Set(["OBJECTIVE_UNDECIDED", "BASELINE_MISSING", "TARGETS_MISSING"]));
    await refresh();
    for (const objective of contract.objectives.filter((o) => o.retained === null)) {
      await organisationUser.ok(`mutation($input: DecideObjectiveInput!) { decideObjective(input: $input) { id } }`, {
        input: { contractObjectiveId: objective.id, version: objective.version, retained: false, stakes: "Non retenu pour ce contrat" },
      });
    }
    // Every gap is listed, each engagement by its code: the targets are what the contract makes opposable.
    await refresh();
    const kept = contract.objectives.filter((o) => o.retained).flatMap((o) => o.actions.filter((a) => a.included));
    // An indicator the agency agreed cannot be measured is no longer followed: it needs no targets.
    const untargeted = kept.filter((a) => a.indicator.measurabilityDecision !== "ACCEPTED" && a.indicator.years.some((y) => y.target === null));
    expect(kept.some((a) => a.indicator.measurabilityDecision === "ACCEPTED" && a.indicator.years.some((y) => y.target === null))).toBe(true);
    expect(untargeted.length).toBeGreaterThan(0);
    const gaps = (await sign(admin)).errors![0];
    expect(rules(gaps)).toEqual(new Set(["BASELINE_MISSING", "TARGETS_MISSING"]));
    const targetGaps = (gaps.extensions.violations as { rule: string; message: string }[]).filter((v) => v.rule === "TARGETS_MISSING");
    expect(targetGaps.map((v) => v.message.split(" :")[0]).sort()).toEqual(untargeted.map((a) => `action ${a.code}`).sort());
    const first = untargeted[0];
    const missingYears = first.indicator.years.filter((y) => y.target === null).map((y) => y.year);
    expect(targetGaps).toContainEqual({ rule: "TARGETS_MISSING", message: `action ${first.code} : l'indicateur « ${first.indicator.label} » n'a pas de cible pour ${missingYears.length > 1 ? "les années" : "l'année"} ${missingYears.join(", ")}` });
    expect(gaps.message).toContain(`action ${first.code} : l'indicateur`);
    // Nothing was signed by the refused attempts.
    expect((await admin.ok(`query($id: ID!) { contract(id: $id) { signatures { party status } } }`, { id: contract.id })).contract.signatures.every((s: { status: string }) => s.status === "NOT_SIGNED")).toBe(true);
    await completeEngagements(organisationUser, contract.id);
    expect((await sign(admin)).errors).toBeUndefined();
    expect((await sign(organisationUser)).data!.signContract).toEqual({ status: "ACTIVE", signedOn: "2026-11-01" });

    await refresh();
    const rate = indicatorOf("1.2.1");
    const setTarget = () =>
      organisationUser.gql(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { years { target } } }`, { input: { indicatorId: rate.id, version: rate.version, targets: [{ year: 3, value: "75" }] } });
    expect((await setTarget()).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "AMENDMENT_REQUIRED" });
    const amendment = (await admin.ok(`mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "Cible N3 relevée" }) { id } }`, { id: contract.id })).openAmendment;
    expect((await setTarget()).data!.setIndicatorTargets.years[2].target).toBe("75");
    for (const client of [organisationUser, admin]) await client.ok(`mutation($id: ID!) { signAmendment(input: { amendmentId: $id, signedOn: "2026-11-22" }) { status } }`, { id: amendment.id });
    const diff = (await organisationUser.ok(`query($id: ID!) { contractVersionDiff(contractId: $id, from: 0, to: 1) { path before after } }`, { id: contract.id })).contractVersionDiff;
    expect(diff).toEqual([{ path: "objectives.1.2.actions.1.2.1.indicator.targets", before: '["45","60","70","80","90"]', after: '["45","60","75","80","90"]' }]);
  });

  it("keeps every change on record in the contract's history", async () => {
    const types = new Set<string>();
    for (let skip = 0, total = 1; skip < total; skip += 100) {
      const page = (await organisationUser.ok(`query($id: ID!, $skip: Int!) { contractHistory(contractId: $id, skip: $skip, take: 100) { totalCount items { entityType } } }`, { id: contract.id, skip })).contractHistory;
      total = page.totalCount;
      for (const entry of page.items) types.add(entry.entityType);
    }
    for (const type of ["Contract", "SanitaryPlan", "ContractObjective", "ContractAction", "ContractIndicator", "ContractEvaluation", "EngagementProposal", "ContractReview", "ContractComment", "FinancingLine"]) {
      expect(types).toContain(type);
    }
  });
});
