import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { addAction, contractScenario, createEstablishment, createOrganisation, moduleOf, openContract, selectThemes, themeIds, type ContractData } from "../support/builders";

const LIFE = `query($id: ID!) { contract(id: $id) {
  id version status signedOn organisationCanEdit endDate renewalDeadline deadlineFlags
  signatures { party departmentCode status signedOn signedBy reason }
  statusHistory { fromStatus toStatus changedBy }
  amendments { number kind status description departmentCode signedOn expectations { code } signatures { party status } }
  versions { number date amendment { number } }
  unmetExpectations { departmentCode code }
  reviews { id version kind number scheduledOn heldOn }
  deadlineFlags
} }`;

/**
 * A medico-social contract's life in Bourgogne-Franche-Comté: an organisation with an EHPAD
 * in Saône-et-Loire (71) and an IME in Côte-d'Or (21), from the agency's draft to its close,
 * with the departments co-signing, one joining later, and an amendment.
 */
describe("a contract's life: negotiation, signatures, departments, amendments", () => {
  let app: TestApp;
  let organisationUser: TestClient;
  let department71: TestClient;
  let department21: TestClient;
  let contract: ContractData;
  let themes: Record<string, string>;
  let ehpadId: string;

  const life = async () => (await app.ok(LIFE, { id: contract.id })).contract;
  const transition = (client: TestClient, name: string, version: number) => client.gql(`mutation($id: ID!, $v: Int!) { ${name}(input: { contractId: $id, version: $v }) { id version status } }`, { id: contract.id, v: version });
  const sign = (client: TestClient, signedOn: string, departmentCode?: string) =>
    client.gql(`mutation($input: SignContractInput!) { signContract(input: $input) { id status } }`, { input: { contractId: contract.id, signedOn, departmentCode } });
  const m = (code: string) => moduleOf(contract, code).id;
  /** An action added to the signed plan: under an amendment both parties sign. */
  const addActionUnderAmendment = async (title: string, module: string) => {
    const amendment = (await app.ok(`mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "Avenant : une action" }) { id } }`, { id: contract.id })).openAmendment;
    await addAction(organisationUser, m(module), { title, plannedEndDate: "2028-12-31" });
    for (const client of [app, organisationUser]) await client.ok(`mutation($id: ID!) { signAmendment(input: { amendmentId: $id, signedOn: "2026-11-22" }) { status } }`, { id: amendment.id });
  };

  beforeAll(async () => {
    app = await startTestApp();
    const scenario = await contractScenario(app);
    contract = scenario.contract;
    ehpadId = scenario.ehpad.id;
    themes = await themeIds(app);
    organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId: scenario.organisation.id });
    department71 = await app.as({ role: Role.DEPARTMENT_USER, departmentCode: "71" });
    department21 = await app.as({ role: Role.DEPARTMENT_USER, departmentCode: "21" });
  });
  afterAll(() => app.close());

  it("starts as a DRAFT with its parties to sign and its reviews scheduled", async () => {
    const c = await life();
    expect(c.status).toBe("DRAFT");
    expect(c.signatures).toEqual([
      { party: "AGENCY", departmentCode: null, status: "NOT_SIGNED", signedOn: null, signedBy: null, reason: null },
      { party: "ORGANISATION", departmentCode: null, status: "NOT_SIGNED", signedOn: null, signedBy: null, reason: null },
      { party: "DEPARTMENT", departmentCode: "21", status: "NOT_SIGNED", signedOn: null, signedBy: null, reason: null },
      { party: "DEPARTMENT", departmentCode: "71", status: "NOT_SIGNED", signedOn: null, signedBy: null, reason: null },
    ]);
    // A medico-social contract: follow-up committees in years 3 and 5, its extension asked for six months before the end.
    expect(c.reviews.map((r: { kind: string; scheduledOn: string }) => `${r.kind} ${r.scheduledOn}`)).toEqual(["MID_TERM 2028-07-01", "RENEWAL 2030-06-30", "FINAL 2030-07-01"]);
    expect(c.renewalDeadline).toBe("2030-06-30");
  });

  it("moves through its statuses in order only, by the agency, keeping each change", async () => {
    expect((await sign(organisationUser, "2026-01-10")).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "TRANSITION_OUT_OF_ORDER" });
    expect((await sign(department71, "2026-01-10")).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "TRANSITION_OUT_OF_ORDER" });
    let c = await life();
    expect((await transition(app, "startNegotiation", c.version)).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "TRANSITION_OUT_OF_ORDER" });
    expect((await transition(organisationUser, "proposeContract", c.version)).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await transition(app, "proposeContract", c.version - 1)).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    expect((await transition(app, "proposeContract", c.version)).data!.proposeContract.status).toBe("PROPOSED");
    c = await life();
    expect(c.signatures.filter((s: { party: string }) => s.party === "DEPARTMENT").map((s: { status: string }) => s.status)).toEqual(["INVITED", "INVITED"]);
    expect((await transition(app, "proposeContract", c.version)).errors![0].extensions).toMatchObject({ rule: "TRANSITION_OUT_OF_ORDER" });
    expect((await transition(app, "startNegotiation", c.version)).data!.startNegotiation.status).toBe("NEGOTIATION");
    c = await life();
    expect(c.organisationCanEdit).toBe(true);
    expect(c.statusHistory).toEqual([
      { fromStatus: "DRAFT", toStatus: "PROPOSED", changedBy: "Admin ARS 27" },
      { fromStatus: "PROPOSED", toStatus: "NEGOTIATION", changedBy: "Admin ARS 27" },
    ]);
  });

  it("lets each department concerned sign or decline for itself only", async () => {
    const elsewhere = await app.as({ role: Role.DEPARTMENT_USER, departmentCode: "69" });
    // A department of another region does not see the contract at all.
    expect((await sign(elsewhere, "2026-01-05")).errors![0].extensions).toEqual({ code: "NOT_FOUND", field: "contractId" });
    expect((await sign(department71, "2026-01-05", "21")).errors![0].extensions).toMatchObject({ code: "FORBIDDEN", field: "departmentCode" });
    const byAgency = await sign(app, "2026-01-05", "71");
    expect(byAgency.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "departmentCode" });
    expect((await sign(department21, "2027-01-05")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "signedOn" });
    expect((await sign(department21, "2026-01-05")).errors).toBeUndefined();
    expect((await sign(department21, "2026-01-06")).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "ALREADY_SIGNED" });
    const declined = await department71.gql(`mutation($id: ID!) { declineSignature(input: { contractId: $id, reason: "Attentes du département non prises en compte" }) { id } }`, { id: contract.id });
    expect(declined.errors).toBeUndefined();
    const c = await life();
    expect(c.signatures.slice(2)).toEqual([
      { party: "DEPARTMENT", departmentCode: "21", status: "SIGNED", signedOn: "2026-01-05", signedBy: expect.any(String), reason: null },
      { party: "DEPARTMENT", departmentCode: "71", status: "DECLINED", signedOn: null, signedBy: null, reason: "Attentes du département non prises en compte" },
    ]);
    expect(c.status).toBe("NEGOTIATION");
  });

  it("cannot be signed while the plan breaks a module rule, and writes nothing then", async () => {
    const error = (await sign(app, "2026-01-10")).errors![0];
    expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "CONTRACT_INCOMPLETE" });
    expect((error.extensions.violations as { rule: string }[]).map((v) => v.rule)).toContain("PLAN_RULES");
    expect((await life()).signatures[0].status).toBe("NOT_SIGNED");
  });

  it("is SIGNED by the agency and the organisation, and ACTIVE from its start date", async () => {
    await selectThemes(organisationUser, m("TRANSFORMATION_OFFRE"), [themes["M1-HABITAT-INCLUSIF"]]);
    await selectThemes(organisationUser, m("UNE_SEULE_SANTE"), [themes["M2-ALIMENTATION-DURABLE"]]);
    await selectThemes(organisationUser, m("PREVENTION"), [themes["M3-NUTRITION"]]);
    await addAction(organisationUser, m("TRANSFORMATION_OFFRE"), { title: "Six logements inclusifs à Mâcon", themeId: themes["M1-HABITAT-INCLUSIF"], establishmentIds: [ehpadId] });
    await addAction(organisationUser, m("UNE_SEULE_SANTE"), { title: "50 % de produits durables", themeId: themes["M2-ALIMENTATION-DURABLE"] });
    await addAction(organisationUser, m("PREVENTION"), { title: "Dépistage de la dénutrition à l'admission", themeId: themes["M3-NUTRITION"] });
    await addAction(organisationUser, m("EFFICIENCE"), { title: "Taux d'occupation à 95 %" });
    await addAction(organisationUser, m("TABLEAU_DE_BORD_SI"), { title: "Déployer le dossier usager informatisé" });

    // The plan meets the modules' rules, but no action says when it ends: every one is listed.
    const undated = (await sign(app, "2026-01-10")).errors![0];
    expect(undated.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "CONTRACT_INCOMPLETE" });
    const gaps = undated.extensions.violations as { rule: string; message: string }[];
    expect(gaps.map((v) => v.rule)).toEqual(Array(5).fill("END_DATE_MISSING"));
    expect(gaps[0].message).toBe("l'action « Six logements inclusifs à Mâcon » (module « Transformation de l'offre ») n'a pas de date de fin prévue");
    const plan = (await app.ok(`query($id: ID!) { contract(id: $id) { modules { actions { id version } } } }`, { id: contract.id })).contract;
    for (const action of plan.modules.flatMap((x: { actions: { id: string; version: number }[] }) => x.actions)) {
      await organisationUser.ok(`mutation($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, { input: { actionId: action.id, version: action.version, plannedEndDate: "2028-12-31" } });
    }

    expect((await sign(app, "2026-01-10")).data!.signContract.status).toBe("NEGOTIATION");
    expect((await sign(app, "2026-01-11")).errors![0].extensions).toMatchObject({ rule: "ALREADY_SIGNED" });
    expect((await sign(organisationUser, "2026-01-12")).data!.signContract.status).toBe("ACTIVE");
    const c = await life();
    expect(c).toMatchObject({ status: "ACTIVE", signedOn: "2026-01-12", versions: [{ number: 0, date: "2026-01-12", amendment: null }] });
    expect(c.statusHistory.at(-1)).toMatchObject({ fromStatus: "NEGOTIATION", toStatus: "SIGNED" });
    // The department that declined still has its status shown; the plan does not meet its expectation.
    expect(c.signatures[3].status).toBe("DECLINED");
    expect(c.unmetExpectations).toEqual([{ departmentCode: "71", code: "TRANSITION-AGES" }]);
  });

  it("refuses changes to the signed content outside an amendment, but follows progress", async () => {
    const action = await organisationUser.gql(`mutation($id: ID!) { addAction(input: { moduleId: $id, title: "Nouvelle action" }) { id } }`, { id: m("PREVENTION") });
    expect(action.errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "AMENDMENT_REQUIRED" });
    const activation = await organisationUser.gql(`mutation($id: ID!) { activateModule(input: { contractId: $id, moduleTypeCode: "EVALUATION_HAS", reason: "Évaluation", activationDate: "2026-06-01" }) { id } }`, { id: contract.id });
    expect(activation.errors![0].extensions).toMatchObject({ rule: "AMENDMENT_REQUIRED" });
    const plan = (await app.ok(`query($id: ID!) { contract(id: $id) { modules { moduleType { code } actions { id version } } } }`, { id: contract.id })).contract;
    const first = plan.modules.find((x: { moduleType: { code: string } }) => x.moduleType.code === "PREVENTION").actions[0];
    const moved = await organisationUser.gql(`mutation($id: ID!, $v: Int!) { moveActionToPhase(input: { actionId: $id, version: $v, phase: PLANNING }) { phase } }`, { id: first.id, v: first.version });
    expect(moved.errors).toBeUndefined();
    expect((await life()).versions).toHaveLength(1);
  });

  it("records a department joining later as an actualisation, with its expectations", async () => {
    expect((await sign(department71, "2026-03-01")).data!.signContract.status).toBe("ACTIVE");
    const c = await life();
    expect(c.signatures[3]).toMatchObject({ departmentCode: "71", status: "SIGNED", signedOn: "2026-03-01" });
    expect(c.amendments).toEqual([
      {
        number: 1,
        kind: "ACTUALISATION",
        status: "SIGNED",
        description: expect.stringContaining("Le département 71 rejoint le contrat."),
        departmentCode: "71",
        signedOn: "2026-03-01",
        expectations: [{ code: "TRANSITION-AGES" }],
        signatures: [],
      },
    ]);
    expect(c.versions.map((v: { number: number }) => v.number)).toEqual([0, 1]);
  });

  it("changes the signed contract through a numbered amendment signed by both parties, keeping each version and their difference", async () => {
    const open = (description: string) => app.gql(`mutation($id: ID!, $d: String!) { openAmendment(input: { contractId: $id, description: $d }) { id number status } }`, { id: contract.id, d: description });
    const amendment = (await open("Avenant n°2 : une action pour la transition entre les âges")).data!.openAmendment;
    expect(amendment).toMatchObject({ number: 2, status: "OPEN" });
    expect((await open("Un autre")).errors![0].extensions).toMatchObject({ rule: "AMENDMENT_ALREADY_OPEN" });
    const added = await addAction(organisationUser, m("TRANSFORMATION_OFFRE"), {
      title: "Accompagner la transition vers l'âge adulte des jeunes de l'IME",
      themeId: themes["M1-HABITAT-INCLUSIF"],
    });
    // Words only suggest: the new action mentions a "transition", but nothing is linked to the expectation yet.
    expect((await life()).unmetExpectations).toEqual([{ departmentCode: "71", code: "TRANSITION-AGES" }]);

    const signAmendment = (client: TestClient, signedOn: string) =>
      client.gql(`mutation($id: ID!, $d: LocalDate!) { signAmendment(input: { amendmentId: $id, signedOn: $d }) { number status signedOn } }`, { id: amendment.id, d: signedOn });
    expect((await signAmendment(department71, "2026-11-22")).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await signAmendment(organisationUser, "2026-11-21")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "signedOn" });
    expect((await signAmendment(organisationUser, "2026-11-22")).data!.signAmendment.status).toBe("OPEN");
    expect((await signAmendment(organisationUser, "2026-11-22")).errors![0].extensions).toMatchObject({ rule: "ALREADY_SIGNED" });
    expect((await signAmendment(app, "2026-11-22")).data!.signAmendment).toEqual({ number: 2, status: "SIGNED", signedOn: "2026-11-22" });

    const c = await life();
    expect(c.versions.map((v: { number: number; date: string }) => `${v.number} ${v.date}`)).toEqual(["0 2026-01-12", "1 2026-03-01", "2 2026-11-22"]);
    const diff = (await app.ok(`query($id: ID!) { contractVersionDiff(contractId: $id, from: 1, to: 2) { path before after } }`, { id: contract.id })).contractVersionDiff;
    expect(diff).toContainEqual({ path: `modules.TRANSFORMATION_OFFRE.actions.${added.id}.title`, before: null, after: JSON.stringify("Accompagner la transition vers l'âge adulte des jeunes de l'IME") });
    expect(diff.every((d: { path: string }) => d.path.startsWith(`modules.TRANSFORMATION_OFFRE.actions.${added.id}.`))).toBe(true);
    const atSignature = (await app.ok(`query($id: ID!) { contractVersion(contractId: $id, number: 0) }`, { id: contract.id })).contractVersion;
    expect(Object.keys(atSignature.modules).sort()).toEqual(["EFFICIENCE", "PREVENTION", "TABLEAU_DE_BORD_SI", "TRANSFORMATION_OFFRE", "UNE_SEULE_SANTE"]);
    expect(atSignature.modules.TRANSFORMATION_OFFRE.actions[added.id]).toBeUndefined();
    expect((await app.gql(`query($id: ID!) { contractVersion(contractId: $id, number: 7) }`, { id: contract.id })).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "number" });
    // Locked again.
    expect((await organisationUser.gql(`mutation($id: ID!) { addAction(input: { moduleId: $id, title: "Encore" }) { id } }`, { id: m("PREVENTION") })).errors![0].extensions.rule).toBe("AMENDMENT_REQUIRED");
    // The department reads the versions of a contract that concerns it.
    expect((await department71.ok(`query($id: ID!) { contractVersionDiff(contractId: $id, from: 0) { path } }`, { id: contract.id })).contractVersionDiff.length).toBeGreaterThan(0);
  });

  it("meets a department's expectation by an action linked to it, which the department confirms or contests; words only suggest", async () => {
    const EXPECTATIONS = `query($id: ID!) { contract(id: $id) { unmetExpectations { code } expectations { expectation { id code } met links { id version status reason action { title } } candidateActions { id title } } } }`;
    const read = async () => (await organisationUser.ok(EXPECTATIONS, { id: contract.id })).contract;
    const first = await read();
    const transition = first.expectations.find((e: { expectation: { code: string } }) => e.expectation.code === "TRANSITION-AGES");
    expect(transition.met).toBe(false);
    // The action on the transition to adulthood is suggested (its words), not counted.
    const suggested = transition.candidateActions.find((a: { title: string }) => a.title.startsWith("Accompagner la transition"));
    expect(suggested).toBeDefined();
    const link = (actionId: string, expectationId = transition.expectation.id, client = organisationUser) =>
      client.gql(`mutation($input: LinkActionToExpectationInput!) { linkActionToExpectation(input: $input) { id version status proposedBy } }`, { input: { actionId, expectationId } });
    const decide = (client: TestClient, l: { id: string; version: number }, confirmed: boolean, reason?: string) =>
      client.gql(`mutation($input: DecideExpectationLinkInput!) { decideExpectationLink(input: $input) { id version status reason decidedBy } }`, { input: { linkId: l.id, version: l.version, confirmed, reason } });

    // An ecological "transition" is not the transition between life stages: the organisation links it anyway, the department contests.
    await addActionUnderAmendment("Transition écologique : réduire de 15 % la consommation d'énergie", "UNE_SEULE_SANTE");
    const ecological = (await read()).expectations[0].candidateActions.find((a: { title: string }) => a.title.startsWith("Transition écologique"));
    const proposed = (await link(ecological.id)).data!.linkActionToExpectation;
    expect(proposed).toMatchObject({ status: "PROPOSED", proposedBy: expect.stringContaining("(organisation)") });
    expect((await read()).unmetExpectations).toEqual([]);
    expect((await link(ecological.id)).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "expectationId" });
    // Department 21 is concerned by the contract, but the expectation is 71's.
    expect((await decide(department21, proposed, false, "Non")).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "linkId" });
    expect((await decide(organisationUser, proposed, true)).errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await decide(department71, proposed, false)).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const contested = (await decide(department71, proposed, false, "La transition écologique n'est pas la transition entre les âges de la vie")).data!.decideExpectationLink;
    expect(contested).toMatchObject({ status: "CONTESTED", decidedBy: department71.user!.displayName });
    expect((await read()).unmetExpectations).toEqual([{ code: "TRANSITION-AGES" }]);

    // The right action, linked and confirmed.
    const right = (await link(suggested.id)).data!.linkActionToExpectation;
    expect((await decide(department71, right, true)).data!.decideExpectationLink.status).toBe("CONFIRMED");
    const after = await read();
    expect(after.unmetExpectations).toEqual([]);
    expect(after.expectations[0].links.map((l: { status: string }) => l.status)).toEqual(["CONTESTED", "CONFIRMED"]);
    expect(after.expectations[0].candidateActions.map((a: { id: string }) => a.id)).not.toContain(suggested.id);

    // An expectation of a department the contract does not concern answers as unknown.
    const doubs = await app.ok(`mutation { setDepartmentExpectations(input: { departmentCode: "25", expectations: [{ code: "HABITAT", description: "Habitat inclusif", keywords: ["habitat"] }] }) { id } }`);
    expect((await link(suggested.id, doubs.setDepartmentExpectations[0].id)).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "expectationId" });
    // The organisation withdraws the contested link.
    const stale = after.expectations[0].links[0];
    await organisationUser.ok(`mutation($input: RemoveExpectationLinkInput!) { removeExpectationLink(input: $input) { id } }`, { input: { linkId: stale.id, version: stale.version } });
    expect((await read()).expectations[0].links).toHaveLength(1);
  });

  it("lists the reviews due, which the agency reschedules or records as held", async () => {
    const due = (client: TestClient, withinDays: number) => client.ok(`query($d: Int!) { reviewsDue(filter: { withinDays: $d }, take: 100) { totalCount items { id kind number scheduledOn contract { id } } } }`, { d: withinDays });
    expect((await due(app, 30)).reviewsDue.items.filter((r: { contract: { id: string } }) => r.contract.id === contract.id)).toEqual([]);
    const soon = (await due(app, 600)).reviewsDue.items.filter((r: { contract: { id: string } }) => r.contract.id === contract.id);
    expect(soon).toEqual([{ id: expect.any(String), kind: "MID_TERM", number: 1, scheduledOn: "2028-07-01", contract: { id: contract.id } }]);
    const all = (await due(app, 3000)).reviewsDue.items.filter((r: { contract: { id: string } }) => r.contract.id === contract.id);
    expect(all.map((r: { kind: string }) => r.kind)).toEqual(["MID_TERM", "RENEWAL", "FINAL"]);
    const review = (await life()).reviews[0];
    const moved = await app.gql(`mutation($id: ID!, $v: Int!, $d: LocalDate!) { scheduleReview(input: { reviewId: $id, version: $v, scheduledOn: $d }) { scheduledOn version } }`, { id: review.id, v: review.version, d: "2031-06-01" });
    expect(moved.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "scheduledOn" });
    const earlier = await app.ok(`mutation($id: ID!, $v: Int!) { scheduleReview(input: { reviewId: $id, version: $v, scheduledOn: "2026-12-01" }) { scheduledOn version } }`, { id: review.id, v: review.version });
    expect((await due(app, 30)).reviewsDue.items.map((r: { id: string }) => r.id)).toContain(review.id);
    expect((await due(organisationUser, 30)).reviewsDue.items.map((r: { id: string }) => r.id)).toContain(review.id);
    await app.ok(`mutation($id: ID!, $v: Int!) { recordReviewHeld(input: { reviewId: $id, version: $v, heldOn: "2026-11-20" }) { heldOn } }`, { id: review.id, v: earlier.scheduleReview.version });
    expect((await due(app, 30)).reviewsDue.items.map((r: { id: string }) => r.id)).not.toContain(review.id);
  });

  it("flags unsigned contracts past their campaign's deadlines", async () => {
    const bad = await app.gql(`mutation { createCampaign(input: { name: "Mauvaises dates", negotiationOpensOn: "2026-03-01", negotiationClosesOn: "2026-02-01" }) { id } }`);
    expect(bad.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "negotiationClosesOn" });
    const campaign = (await app.ok(`mutation { createCampaign(input: { name: "CPOM 2026 (échéances)", negotiationOpensOn: "2026-01-01", negotiationClosesOn: "2026-06-30", signatureDeadline: "2026-09-30" }) { id negotiationClosesOn signatureDeadline } }`)).createCampaign;
    expect(campaign).toMatchObject({ negotiationClosesOn: "2026-06-30", signatureDeadline: "2026-09-30" });
    const agencyId = (await app.ok(`{ me { agency { id } } }`)).me.agency.id;
    const late = await createOrganisation(app, { name: "Association en retard" });
    await createEstablishment(app, late.id, { departmentCode: "71" });
    const lateContract = await openContract(app, { organisationId: late.id, agencyId, campaignId: campaign.id });
    expect((await app.ok(`query($id: ID!) { contract(id: $id) { deadlineFlags } }`, { id: lateContract.id })).contract.deadlineFlags).toEqual(["NEGOTIATION_OVERDUE", "SIGNATURE_OVERDUE"]);
    const flagged = (await app.ok(`{ contracts(filter: { pastDeadline: true }) { items { id } } }`)).contracts.items.map((c: { id: string }) => c.id);
    expect(flagged).toEqual([lateContract.id]);
    expect((await life()).deadlineFlags).toEqual([]);
  });

  it("gives the signatures, parts and expectations of a list of contracts in a constant number of statements", async () => {
    const counts: number[] = [];
    for (const take of [1, 2]) {
      const body = await app.gql(
        `query($take: Int!) { contracts(take: $take) { items { signatures { party status } parts { part inForceOn signatures { status } } reviews { kind } unmetExpectations { code } expectations { met links { status action { title } } candidateActions { id } } expectationLinks { id } } } }`,
        { take },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.contracts.items).toHaveLength(take);
      counts.push(body.extensions!.sqlStatements!);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it("tells the other parties of each change in their inbox, and live over a subscription", async () => {
    const inbox = async (client: TestClient) => (await client.ok(`{ unreadNotificationCount notifications(take: 100) { items { id kind operation message actorName contractId readAt } } }`));
    const organisation = await inbox(organisationUser);
    const kinds = new Set(organisation.notifications.items.filter((n: { contractId: string }) => n.contractId === contract.id).map((n: { kind: string }) => n.kind));
    // The agency proposed, negotiated, signed and amended; departments signed.
    for (const kind of ["STATUS_CHANGE", "SIGNATURE", "AMENDMENT"]) expect(kinds).toContain(kind);
    // Nobody is told of their own changes: the organisation's plan changes went to the agency and the departments.
    expect(organisation.notifications.items.every((n: { actorName: string }) => !n.actorName.includes("ORGANISATION_USER") && n.actorName !== organisationUser.user!.displayName)).toBe(true);
    const agency = await inbox(app);
    expect(agency.notifications.items.some((n: { kind: string; operation: string }) => n.kind === "PLAN_CHANGE" && n.operation === "addAction")).toBe(true);
    expect(agency.notifications.items.some((n: { kind: string }) => n.kind === "PHASE_CHANGE")).toBe(true);
    const department = await inbox(department71);
    expect(department.notifications.items.some((n: { kind: string }) => n.kind === "SIGNATURE")).toBe(true);

    const read = await organisationUser.ok(`mutation { markNotificationsRead { id readAt } }`);
    expect(read.markNotificationsRead.length).toBe(organisation.unreadNotificationCount);
    expect((await inbox(organisationUser)).unreadNotificationCount).toBe(0);

    // Live: the organisation subscribes, the agency comments.
    const { createClient } = await import("graphql-ws");
    const WebSocket = (await import("ws")).default;
    const client = createClient({ url: app.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${organisationUser.token}` } });
    try {
      const received = new Promise<{ kind: string; message: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no notification within 5 s")), 5000);
        client.subscribe<{ notificationAdded: { kind: string; message: string } }>(
          { query: `subscription { notificationAdded { kind message contractId } }` },
          { next: (value) => (clearTimeout(timer), resolve(value.data!.notificationAdded)), error: reject, complete: () => undefined },
        );
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await app.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Avenant bien reçu" }) { id } }`, { id: contract.id });
      expect(await received).toMatchObject({ kind: "COMMENT", message: `${app.user!.displayName} a commenté le contrat n° ${contract.id}` });
    } finally {
      await client.dispose();
    }
  });

  it("is extended once, by a year at most, through an extension amendment; the renewal deadline follows", async () => {
    const open = (input: Record<string, unknown>) => app.gql(`mutation($input: OpenAmendmentInput!) { openAmendment(input: $input) { id number kind newEndDate } }`, { input: { contractId: contract.id, description: "Prorogation", ...input } });
    expect((await open({ kind: "EXTENSION" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newEndDate" });
    expect((await open({ kind: "EXTENSION", newEndDate: "2032-01-01" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newEndDate" });
    expect((await open({ newEndDate: "2031-06-30" })).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newEndDate" });
    const extension = (await open({ kind: "EXTENSION", newEndDate: "2031-06-30" })).data!.openAmendment;
    expect(extension).toMatchObject({ kind: "EXTENSION", newEndDate: "2031-06-30" });
    // Under an open amendment the organisation asks for module 6 (its own decision); module 8 stays the agency's.
    const activate = (client: TestClient, code: string) =>
      client.gql(`mutation($id: ID!, $code: String!) { activateModule(input: { contractId: $id, moduleTypeCode: $code, reason: "Évaluation HAS de 2026", activationDate: "2026-11-22" }) { moduleType { code } activatedBy } }`, { id: contract.id, code });
    expect((await activate(organisationUser, "ESMS_DIFFICULTE_FINANCIERE")).errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "MODULE_ACTIVATION" });
    expect((await activate(organisationUser, "EVALUATION_HAS")).data!.activateModule).toEqual({ moduleType: { code: "EVALUATION_HAS" }, activatedBy: organisationUser.user!.displayName });
    for (const client of [app, organisationUser]) {
      await client.ok(`mutation($id: ID!) { signAmendment(input: { amendmentId: $id, signedOn: "2026-11-22" }) { status } }`, { id: extension.id });
    }
    const c = await life();
    expect(c).toMatchObject({ endDate: "2031-06-30", renewalDeadline: "2030-12-30" });
    expect(c.reviews.filter((r: { kind: string }) => r.kind === "RENEWAL").map((r: { scheduledOn: string; heldOn: string | null }) => [r.scheduledOn, r.heldOn])).toEqual([
      ["2030-06-30", "2026-11-22"],
      ["2030-12-30", null],
    ]);
    const diff = await app.ok(`query($id: ID!, $n: Int!) { contractVersionDiff(contractId: $id, from: 0, to: $n) { path before after } }`, { id: contract.id, n: extension.number });
    expect(diff.contractVersionDiff).toContainEqual({ path: "term.endDate", before: '"2030-12-31"', after: '"2031-06-30"' });
    expect(diff.contractVersionDiff).toContainEqual({ path: "modules.EVALUATION_HAS.activatedOn", before: null, after: '"2026-11-22"' });
    // Once only.
    expect((await open({ kind: "EXTENSION", newEndDate: "2031-12-31" })).errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "EXTENSION_ONCE" });
  });

  it("flags a signed contract whose renewal request is overdue", async () => {
    app.clock.set("2031-01-02T10:00:00Z");
    try {
      expect((await life()).deadlineFlags).toEqual(["RENEWAL_OVERDUE"]);
      expect((await app.ok(`{ contracts(filter: { pastDeadline: true }, take: 100) { items { id } } }`)).contracts.items).toContainEqual({ id: contract.id });
      const renewal = (await life()).reviews.find((r: { kind: string; heldOn: string | null }) => r.kind === "RENEWAL" && !r.heldOn);
      await app.ok(`mutation($id: ID!, $v: Int!) { recordReviewHeld(input: { reviewId: $id, version: $v, heldOn: "2031-01-02", description: "Demande de renouvellement reçue" }) { heldOn description } }`, { id: renewal.id, v: renewal.version });
      expect((await life()).deadlineFlags).toEqual([]);
    } finally {
      app.clock.set("2026-11-22T10:00:00Z");
    }
  });

  it("closes after its end date once the final year is closed, and nothing changes after", async () => {
    const version = async () => (await life()).version;
    expect((await transition(app, "closeContract", await version())).errors![0].extensions).toMatchObject({ rule: "NOT_ENDED" });
    // After the end the extension gave.
    app.clock.set("2031-07-15T10:00:00Z");
    try {
      const incomplete = (await transition(app, "closeContract", await version())).errors![0];
      expect(incomplete.extensions).toMatchObject({ rule: "CONTRACT_INCOMPLETE" });
      expect(incomplete.extensions.violations.map((v: { rule: string }) => v.rule)).toEqual(["FINAL_YEAR_NOT_CLOSED", "NO_FINAL_EVALUATION"]);
      for (const year of [1, 2, 3, 4, 5]) await app.ok(`mutation($id: ID!, $y: Int!) { closeContractYear(input: { contractId: $id, year: $y }) { year } }`, { id: contract.id, y: year });
      // The bilan: the final evaluation of a medico-social contract, with the rates reached and the actions not closed.
      const bilan = (await organisationUser.ok(`mutation($id: ID!) { openEvaluation(input: { contractId: $id, kind: FINAL }) { id version kind modules { moduleType { code } progressRate } openActions { title phase } } }`, { id: contract.id })).openEvaluation;
      expect(bilan.modules.map((m: { moduleType: { code: string } }) => m.moduleType.code)).toContain("PREVENTION");
      expect(bilan.openActions.length).toBeGreaterThan(0);
      expect((await transition(app, "closeContract", await version())).errors![0].extensions.violations.map((v: { rule: string }) => v.rule)).toEqual(["NO_FINAL_EVALUATION"]);
      await organisationUser.ok(`mutation($id: ID!) { proposeEngagement(input: { evaluationId: $id, proposal: ADD, description: "Poursuivre l'habitat inclusif" }) { id } }`, { id: bilan.id });
      const refused = await organisationUser.gql(`mutation($id: ID!) { proposeEngagement(input: { evaluationId: $id, proposal: RENEW, contractActionId: "1", description: "x" }) { id } }`, { id: bilan.id });
      expect(refused.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "contractActionId" });
      await app.ok(`mutation($id: ID!, $v: Int!) { recordDiagnostic(input: { evaluationId: $id, version: $v, author: SHARED, text: "Bilan partagé : objectifs atteints pour l'essentiel", date: "2031-07-10" }) { id } }`, { id: bilan.id, v: bilan.version });
      expect((await transition(app, "closeContract", await version())).data!.closeContract.status).toBe("CLOSED");
      // A closed contract is read-only for every party, progress included.
      const first = (await app.ok(`query($id: ID!) { contractModule(id: $id) { actions { id version } } }`, { id: m("PREVENTION") })).contractModule.actions[0];
      const attempts = [
        await app.gql(`mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "Trop tard" }) { id } }`, { id: contract.id }),
        await organisationUser.gql(`mutation($id: ID!, $v: Int!) { moveActionToPhase(input: { actionId: $id, version: $v, phase: PLANNING }) { phase } }`, { id: first.id, v: first.version }),
        await organisationUser.gql(`mutation($id: ID!, $v: Int!) { setActionCompletion(input: { actionId: $id, version: $v, completion: 50 }) { id } }`, { id: first.id, v: first.version }),
        await app.gql(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Après la clôture" }) { id } }`, { id: contract.id }),
        await app.gql(`mutation($id: ID!) { addAction(input: { moduleId: $id, title: "Après la clôture" }) { id } }`, { id: m("PREVENTION") }),
        await sign(department21, "2031-01-10"),
      ];
      for (const attempt of attempts) expect(attempt.errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "CONTRACT_CLOSED" });
    } finally {
      app.clock.set("2026-11-22T10:00:00Z");
    }
  });
});
