import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { createAgency, createOrganisation } from "../support/builders";
import { actionsByCode, createCatalogue, createHealthSite, openSanitaryContract, twoVoletCatalogue } from "../support/sanitary";

/** An agency maintains its own catalogue: the IDF 2022 shape (two volets) fits the same model as ARA's orientations. */
describe("an agency's own sanitary catalogue", () => {
  let app: TestApp;
  let idf: TestClient;
  let agencyId: string;

  beforeAll(async () => {
    app = await startTestApp();
    idf = await app.adminOf("11");
    agencyId = (await createAgency(app, "11")).id;
  });
  afterAll(() => app.close());

  it("cannot propose a contract before the region has a catalogue", async () => {
    const organisation = await createOrganisation(idf, { legalStatus: "PUBLIC", headOfficeRegionCode: "11", department: "75" });
    await createHealthSite(idf, organisation.id, ["MEDECINE"], { departmentCode: "75", postalCode: "75013", commune: "Paris" });
    const error = await idf.fails(`mutation($input: OpenSanitaryContractInput!) { openSanitaryContract(input: $input) { id } }`, {
      input: { organisationId: organisation.id, agencyId, startDate: "2026-01-01" },
    });
    expect(error.extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "NO_CATALOGUE", field: "agencyId" });
  });

  it("refuses unknown activity codes and duplicate codes, naming the field, and writes nothing", async () => {
    const bad = twoVoletCatalogue("IDF invalide");
    bad.orientations[0].objectives[0].actions[1].concerned = { text: "x", allOf: ["TELEPORTATION"] };
    const unknown = await idf.fails(`mutation($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id } }`, { input: bad });
    expect(unknown.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "orientations.0.objectives.0.actions.1.concerned" });
    const twice = twoVoletCatalogue("IDF doublon");
    twice.orientations[1].objectives[0].code = "V1.1";
    const duplicate = await idf.fails(`mutation($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id } }`, { input: twice });
    expect(duplicate.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "orientations.1.objectives.0.code" });
    const blank = twoVoletCatalogue("IDF vide");
    blank.orientations[0].title = "   ";
    expect((await idf.fails(`mutation($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id } }`, { input: blank })).extensions.code).toBe("BAD_USER_INPUT");
    expect((await idf.ok(`{ sanitaryCatalogues(regionCode: "11") { id } }`)).sanitaryCatalogues).toEqual([]);
    const officer = await app.as({ role: Role.AGENCY_OFFICER, regionCode: "11" });
    expect((await officer.fails(`mutation($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id } }`, { input: twoVoletCatalogue("IDF officer") })).extensions.code).toBe("FORBIDDEN");
  });

  it("creates a two-volet catalogue, serves it as a tree, and proposes from it", async () => {
    const catalogue = await createCatalogue(idf, twoVoletCatalogue("CPOM IDF 2022 (test)"));
    const tree = (await idf.ok(`query($id: ID!) { sanitaryCatalogue(id: $id) { name regionCode active orientations { code title objectives { code actions { code mandatory concerned { text allOf anyOf legalStatuses } indicators { label type direction } } } } } }`, { id: catalogue.id })).sanitaryCatalogue;
    expect(tree).toMatchObject({ regionCode: "11", active: true });
    expect(tree.orientations.map((o: { title: string }) => o.title)).toEqual(["Volet 1 : pilotage interne", "Volet 2 : positionnement territorial"]);
    expect(tree.orientations[0].objectives[0].actions[1]).toMatchObject({ code: "V1.1.2", concerned: { allOf: ["URGENCES"] }, indicators: [{ type: "COUNT", direction: "LOWER_IS_BETTER" }] });

    const organisation = await createOrganisation(idf, { legalStatus: "PRIVATE_NON_PROFIT", headOfficeRegionCode: "11", department: "93" });
    await createHealthSite(idf, organisation.id, ["MEDECINE", "URGENCES"], { departmentCode: "93", postalCode: "93000", commune: "Bobigny" });
    const contract = await openSanitaryContract(idf, { organisationId: organisation.id, agencyId, category: "Établissement de psychiatrie" });
    expect(contract.maxObjectives).toBe(2);
    expect([...actionsByCode(contract).keys()].sort()).toEqual(["V1.1.1", "V1.1.2", "V1.2.1"]);
    expect(contract.objectives.map((o) => o.code)).toEqual(["V1.1", "V1.2"]);
  });

  it("lets the agency admin change the objective limits (data, not code), with versions, in its own region only", async () => {
    const [catalogue] = (await idf.ok(`{ sanitaryCatalogues(regionCode: "11") { id version } }`)).sanitaryCatalogues;
    const update = (client: TestClient, version: number) =>
      client.gql(`mutation($input: UpdateCatalogueLimitsInput!) { updateCatalogueLimits(input: $input) { version defaultMaxObjectives objectiveLimits { category maxObjectives } } }`, {
        input: { catalogueId: catalogue.id, version, defaultMaxObjectives: 4, objectiveLimits: [{ category: "Établissement MCO", maxObjectives: 6 }] },
      });
    expect((await update(await app.adminOf("84"), catalogue.version)).errors![0].extensions.code).toBe("FORBIDDEN");
    const done = await update(idf, catalogue.version);
    expect(done.data!.updateCatalogueLimits).toMatchObject({ defaultMaxObjectives: 4, objectiveLimits: [{ category: "Établissement MCO", maxObjectives: 6 }] });
    expect((await update(idf, catalogue.version)).errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "version" });
  });

  it("makes a new active catalogue the one new contracts are proposed from", async () => {
    await createCatalogue(idf, { ...twoVoletCatalogue("CPOM IDF 2027 (test)") });
    const catalogues = (await idf.ok(`{ sanitaryCatalogues(regionCode: "11") { name active } }`)).sanitaryCatalogues;
    expect(catalogues).toEqual([
      { name: "CPOM IDF 2022 (test)", active: false },
      { name: "CPOM IDF 2027 (test)", active: true },
    ]);
    const same = await idf.fails(`mutation($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id } }`, { input: twoVoletCatalogue("CPOM IDF 2027 (test)") });
    expect(same.extensions).toMatchObject({ code: "CONFLICT", field: "name" });
  });
});
