import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { Role } from "../../src/core/auth/roles";
import { CONTRACT_FIELDS, contractScenario, createAgency, createEstablishment, createOrganisation, moduleOf, openContract, versionOf } from "../support/builders";

const OPEN = `mutation($input: OpenMedicoSocialContractInput!) { openMedicoSocialContract(input: $input) { ${CONTRACT_FIELDS} } }`;
const ACTIVATE = `mutation($input: ActivateModuleInput!) { activateModule(input: $input) { id mandatory activatedOn activationReason moduleType { code } } }`;

describe("opening a medico-social contract", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: "2026-11-22T10:00:00Z" });
  });
  afterAll(() => app.close());

  it("creates the five mandatory modules, covers the organisation's establishments of the region, and starts a draft plan at 0 %", async () => {
    const { contract, organisation } = await contractScenario(app);
    expect(contract).toMatchObject({ startDate: "2026-01-01", endDate: "2030-12-31", planStatus: "DRAFT", progressRate: 0 });
    expect(contract.modules.map((m) => [m.moduleType.number, m.mandatory, m.activatedOn])).toEqual([
      [1, true, "2026-01-01"],
      [2, true, "2026-01-01"],
      [3, true, "2026-01-01"],
      [4, true, "2026-01-01"],
      [5, true, "2026-01-01"],
    ]);
    const data = await app.ok(`query($id: ID!) { contract(id: $id) { kind establishments { name } departments { code } organisation { id progressRate } years { number } } }`, { id: contract.id });
    expect(data.contract).toMatchObject({
      kind: "MEDICO_SOCIAL",
      establishments: [{ name: "EHPAD Les Tilleuls" }, { name: "IME Les Lilas" }],
      departments: [{ code: "21" }, { code: "71" }],
      organisation: { id: organisation.id, progressRate: 0 },
      years: [{ number: 1 }, { number: 2 }, { number: 3 }, { number: 4 }, { number: 5 }],
    });
  });

  it("opens with the optional modules that are the agency's to activate, keeping the reason", async () => {
    const agency = await createAgency(app, "84");
    const ara = await app.adminOf("84");
    const organisation = await createOrganisation(ara, { department: "69", headOfficeRegionCode: "84" });
    await createEstablishment(ara, organisation.id, { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    const input = { organisationId: organisation.id, agencyId: agency.id, startDate: "2026-01-01" };
    // Module 6 is the organisation's decision (modules 6 and 7 "à la main de l'OG"): the agency cannot bring it in.
    const theirs = await ara.fails(OPEN, { input: { ...input, optionalModules: [{ moduleTypeCode: "EVALUATION_HAS", reason: "Évaluation HAS de 2025" }] } });
    expect(theirs.extensions).toMatchObject({ code: "FORBIDDEN", rule: "MODULE_ACTIVATION", field: "optionalModules.0.moduleTypeCode" });
    expect(theirs.message).toBe("Le module « Évaluation HAS » est activé par l'organisme gestionnaire");
    const contract = await openContract(ara, { ...input, optionalModules: [{ moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "Déficit structurel depuis 2023" }] });
    expect(contract.modules).toHaveLength(6);
    expect(moduleOf(contract, "ESMS_DIFFICULTE_FINANCIERE")).toMatchObject({ mandatory: false, activatedOn: "2026-01-01", activationReason: "Déficit structurel depuis 2023" });
  });

  it("activates an optional module during the contract by the party the catalogue names, once, within its dates", async () => {
    const { contract, organisation } = await contractScenario(app);
    const organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id });
    const catalogue = (await app.ok(`{ moduleTypes { code activationParties } }`)).moduleTypes;
    expect(catalogue.filter((m: { code: string }) => ["EVALUATION_HAS", "INSPECTION_CONTROLE", "ESMS_DIFFICULTE_FINANCIERE"].includes(m.code))).toEqual([
      { code: "EVALUATION_HAS", activationParties: ["ORGANISATION"] },
      { code: "INSPECTION_CONTROLE", activationParties: ["ORGANISATION"] },
      { code: "ESMS_DIFFICULTE_FINANCIERE", activationParties: ["AGENCY"] },
    ]);
    // Before the agency opens write access, the organisation cannot act on the contract at all.
    const closed = await organisationUser.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "INSPECTION_CONTROLE", reason: "Injonction du 3 mars 2027" } });
    expect(closed.extensions).toMatchObject({ code: "FORBIDDEN", rule: "WRITE_ACCESS_CLOSED" });
    await app.ok(`mutation($id: ID!, $v: Int!) { setOrganisationWriteAccess(input: { contractId: $id, version: $v, open: true }) { id } }`, { id: contract.id, v: await versionOf(app, "contract", contract.id) });

    const activated = await organisationUser.ok(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "INSPECTION_CONTROLE", reason: "Injonction du 3 mars 2027", activationDate: "2027-03-15" } });
    expect(activated.activateModule).toMatchObject({ mandatory: false, activatedOn: "2027-03-15", activationReason: "Injonction du 3 mars 2027", moduleType: { code: "INSPECTION_CONTROLE" } });
    // Module 8 stays the agency's; module 6 is not the agency's.
    expect((await organisationUser.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "x" } })).extensions).toMatchObject({ code: "FORBIDDEN", rule: "MODULE_ACTIVATION", field: "moduleTypeCode" });
    expect((await app.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "EVALUATION_HAS", reason: "x" } })).extensions).toMatchObject({ code: "FORBIDDEN", rule: "MODULE_ACTIVATION", field: "moduleTypeCode" });

    const defaulted = await app.ok(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "ESMS_DIFFICULTE_FINANCIERE", reason: "Déficit 2026" } });
    expect(defaulted.activateModule.activatedOn).toBe("2026-11-22");

    const twice = await organisationUser.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "INSPECTION_CONTROLE", reason: "again" } });
    expect(twice.extensions).toMatchObject({ code: "CONFLICT", field: "moduleTypeCode" });
    expect(twice.message).toMatch(/actif dans ce contrat depuis le 2027-03-15/);

    const outside = await organisationUser.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "EVALUATION_HAS", reason: "x", activationDate: "2031-01-01" } });
    expect(outside.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "activationDate" });

    const mandatory = await app.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "PREVENTION", reason: "x" } });
    expect(mandatory.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "moduleTypeCode" });

    const noReason = await organisationUser.fails(ACTIVATE, { input: { contractId: contract.id, moduleTypeCode: "EVALUATION_HAS", reason: "" } });
    expect(noReason.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });

    // Activated modules stay: they are all still there, nothing removed them.
    const after = await app.ok(`query($id: ID!) { contract(id: $id) { modules { moduleType { code } } } }`, { id: contract.id });
    expect(after.contract.modules.map((m: { moduleType: { code: string } }) => m.moduleType.code)).toEqual([
      "TRANSFORMATION_OFFRE",
      "UNE_SEULE_SANTE",
      "PREVENTION",
      "EFFICIENCE",
      "TABLEAU_DE_BORD_SI",
      "INSPECTION_CONTROLE",
      "ESMS_DIFFICULTE_FINANCIERE",
    ]);
  });

  it("lets an agency admin change who activates a module, as catalogue data", async () => {
    const read = async () => (await app.ok(`{ moduleTypes { code version activationParties } }`)).moduleTypes.find((m: { code: string }) => m.code === "INSPECTION_CONTROLE");
    const before = await read();
    const update = (parties: string[], version = before.version) =>
      app.gql(`mutation($input: UpdateModuleTypeInput!) { updateModuleType(input: $input) { activationParties } }`, { input: { code: "INSPECTION_CONTROLE", version, activationParties: parties } });
    expect((await update(["DEPARTMENT"])).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "activationParties" });
    expect((await update([])).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "activationParties" });
    expect((await update(["ORGANISATION", "AGENCY"])).data!.updateModuleType.activationParties).toEqual(["ORGANISATION", "AGENCY"]);
    const now = await read();
    expect((await update(["ORGANISATION"], now.version)).data!.updateModuleType.activationParties).toEqual(["ORGANISATION"]);
  });

  describe("refuses, writing nothing", () => {
    let base: { agencyId: string; organisationId: string; finessJuridique: string; ehpadId: string };
    let ge: TestClient;
    beforeAll(async () => {
      const agency = await createAgency(app, "44");
      ge = await app.adminOf("44");
      const organisation = await createOrganisation(ge, { department: "57", headOfficeRegionCode: "44" });
      const ehpad = await createEstablishment(ge, organisation.id, { departmentCode: "57", postalCode: "57000", commune: "Metz" });
      base = { agencyId: agency.id, organisationId: organisation.id, finessJuridique: organisation.finessJuridique, ehpadId: ehpad.id };
    });

    const contractCount = async () => (await ge.ok(`{ contracts { totalCount } }`)).contracts.totalCount;

    it.each([
      ["an unknown organisation", () => ({ organisationId: "424242" }), "NOT_FOUND", "organisationId"],
      ["an unknown agency", () => ({ agencyId: "424242" }), "NOT_FOUND", "agencyId"],
      ["an unknown establishment", () => ({ establishmentIds: ["424242"] }), "NOT_FOUND", "establishmentIds.0"],
      ["an establishment listed twice", () => ({ establishmentIds: [base.ehpadId, base.ehpadId] }), "BAD_USER_INPUT", "establishmentIds.1"],
      ["no establishment", () => ({ establishmentIds: [] }), "BAD_USER_INPUT", "establishmentIds"],
      ["a mandatory module as optional", () => ({ optionalModules: [{ moduleTypeCode: "PREVENTION", reason: "x" }] }), "BAD_USER_INPUT", "optionalModules.0.moduleTypeCode"],
      ["an unknown module", () => ({ optionalModules: [{ moduleTypeCode: "NOPE", reason: "x" }] }), "BAD_USER_INPUT", "optionalModules.0.moduleTypeCode"],
      ["an invalid start date", () => ({ startDate: "2026-02-30" }), "BAD_USER_INPUT", undefined],
    ])("%s", async (_label, overrides, code, field) => {
      const before = await contractCount();
      const error = await ge.fails(OPEN, { input: { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2026-01-01", ...overrides() } });
      expect(error.extensions.code).toBe(code);
      if (field) expect(error.extensions.field).toBe(field);
      expect(await contractCount()).toBe(before);
    });

    it("an establishment of another organisation", async () => {
      const other = await createOrganisation(ge, { department: "57", headOfficeRegionCode: "44" });
      const theirs = await createEstablishment(ge, other.id, { departmentCode: "57", postalCode: "57000", commune: "Metz" });
      const error = await ge.fails(OPEN, { input: { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2026-01-01", establishmentIds: [base.ehpadId, theirs.id] } });
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "establishmentIds.1" });
      expect(error.message).toMatch(/n'est pas un site de/);
    });

    it("an establishment outside the agency's region, or a health establishment", async () => {
      const lyon = await createEstablishment(await app.adminOf("84"), { finessJuridique: base.finessJuridique }, { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
      const outside = await ge.fails(OPEN, { input: { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2026-01-01", establishmentIds: [lyon.id] } });
      // Another region's site is not seen at all.
      expect(outside).toMatchObject({ message: `Établissement « ${lyon.id} » introuvable`, extensions: { code: "NOT_FOUND", field: "establishmentIds.0" } });

      const clinic = await createEstablishment(ge, base.organisationId, { departmentCode: "57", postalCode: "57000", commune: "Metz", sector: null, category: "Clinique MCO" });
      const sanitary = await ge.fails(OPEN, { input: { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2026-01-01", establishmentIds: [clinic.id] } });
      expect(sanitary.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "establishmentIds.0" });
    });

    it("an organisation without an establishment in the region", async () => {
      const empty = await createOrganisation(ge, { department: "57", headOfficeRegionCode: "44" });
      const error = await ge.fails(OPEN, { input: { organisationId: empty.id, agencyId: base.agencyId, startDate: "2026-01-01" } });
      expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "NO_ESTABLISHMENT" });
    });

    it("an establishment already covered by an overlapping contract", async () => {
      await openContract(ge, { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2026-01-01", establishmentIds: [base.ehpadId] });
      const before = await contractCount();
      const error = await ge.fails(OPEN, { input: { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2028-06-01", establishmentIds: [base.ehpadId] } });
      expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "establishmentIds.0" });
      expect(await contractCount()).toBe(before);
      // The next contract, after the first one ends, is fine.
      await openContract(ge, { organisationId: base.organisationId, agencyId: base.agencyId, startDate: "2031-01-01", establishmentIds: [base.ehpadId] });
    });
  });

  it("lists contracts by organisation, agency and department", async () => {
    const { contract, organisation, agency } = await contractScenario(app);
    const byOrganisation = await app.ok(`query($id: ID!) { contracts(filter: { organisationId: $id }) { totalCount items { id } } }`, { id: organisation.id });
    expect(byOrganisation.contracts).toEqual({ totalCount: 1, items: [{ id: contract.id }] });
    const byDepartment = await app.ok(`query($agency: ID!) { contracts(filter: { agencyId: $agency, departmentCode: "21", kind: MEDICO_SOCIAL }, take: 100) { items { id } } }`, { agency: agency.id });
    expect(byDepartment.contracts.items).toContainEqual({ id: contract.id });
    // The count, whether the page is short, full, or past the end.
    const second = await contractScenario(app);
    const agencyPage = `query($agency: ID!, $skip: Int!, $take: Int!) { contracts(filter: { agencyId: $agency }, skip: $skip, take: $take) { totalCount items { id } } }`;
    const all = (await app.ok(agencyPage, { agency: agency.id, skip: 0, take: 100 })).contracts;
    expect(all.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([contract.id, second.contract.id]));
    const total = all.totalCount;
    expect(total).toBe(all.items.length);
    for (const [skip, take, length] of [[0, total, total], [0, 1, 1], [total - 1, 5, 1], [total + 3, 2, 0]]) {
      const page = (await app.ok(agencyPage, { agency: agency.id, skip, take })).contracts;
      expect(page).toEqual({ totalCount: total, items: all.items.slice(skip, skip + take) });
      expect(page.items).toHaveLength(length);
    }
    const tooMany = await app.fails(`{ contracts(take: 1000) { totalCount } }`);
    expect(tooMany.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "take" });
  });

  it("is opened by the agency itself, not by another region's", async () => {
    const { organisation, agency } = await contractScenario(app);
    const ara = await app.adminOf("84");
    const error = await ara.fails(OPEN, { input: { organisationId: organisation.id, agencyId: agency.id, startDate: "2031-01-01" } });
    expect(error.extensions).toMatchObject({ code: "FORBIDDEN", field: "agencyId" });
  });
});
