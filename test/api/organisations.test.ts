import { OrganisationDepartment } from "../../src/organisations/organisation.entities";
import { startTestApp, type TestApp } from "../support/app";
import { createEstablishment, createOrganisation, finess } from "../support/builders";

const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name finessJuridique legalStatus headOfficeRegion { code } } }`;
const CREATE_ESTABLISHMENT = `mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id name sector category commune postalCode department { code name } organisation { name } } }`;

describe("organisations and their establishments", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const organisationInput = (overrides: Record<string, unknown> = {}) => ({
    name: "Mutualité Française Bourguignonne",
    finessJuridique: finess("21"),
    legalStatus: "PRIVATE_NON_PROFIT",
    headOfficeRegionCode: "27",
    ...overrides,
  });

  it("registers an organisation with its FINESS juridique, typed with spaces", async () => {
    const number = finess("21");
    const spaced = `${number.slice(0, 2)} ${number.slice(2, 5)} ${number.slice(5)}`;
    const data = await app.ok(CREATE_ORGANISATION, { input: organisationInput({ finessJuridique: spaced }) });
    expect(data.createOrganisation).toMatchObject({ finessJuridique: number, legalStatus: "PRIVATE_NON_PROFIT", headOfficeRegion: { code: "27" } });
  });

  it.each([
    ["a wrong check digit", "750712185", /a une clé erronée \(le 9e chiffre devrait être 4\)/],
    ["8 digits", "75071218", /a 8 chiffres.*ce serait 750712184/],
    ["letters", "7507X2184", /doit compter 9 chiffres/],
    ["an unknown department", "200000016", /commence par un département inconnu \(20\)/],
  ])("refuses a FINESS juridique with %s", async (_label, value, message) => {
    const error = await app.fails(CREATE_ORGANISATION, { input: organisationInput({ finessJuridique: value }) });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "finessJuridique" });
    expect(error.message).toMatch(message);
  });

  it("refuses a FINESS juridique already registered, and writes nothing", async () => {
    const first = await createOrganisation(app);
    const before = await app.ok(`{ organisations { totalCount } }`);
    const error = await app.fails(CREATE_ORGANISATION, { input: organisationInput({ finessJuridique: first.finessJuridique }) });
    expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "finessJuridique" });
    expect(await app.ok(`{ organisations { totalCount } }`)).toEqual(before);
  });

  it("registers establishments whose FINESS géographique matches their department", async () => {
    const organisation = await createOrganisation(app);
    // Each establishment is registered by the agency of its region.
    const reunion = await app.adminOf("04");
    const corse = await app.adminOf("94");
    // An organisation of another region is not seen by its id, but by its public FINESS juridique.
    const site = { finessGeographique: finess("974"), name: "EHPAD Les Filaos", sector: "ELDERLY", category: "EHPAD", departmentCode: "974", commune: "Saint-Denis", postalCode: "97400" };
    const unseen = await reunion.fails(CREATE_ESTABLISHMENT, { input: { organisationId: organisation.id, ...site } });
    expect(unseen).toMatchObject({ message: `Organisme « ${organisation.id} » introuvable`, extensions: { code: "NOT_FOUND", field: "organisationId" } });
    const data = await reunion.ok(CREATE_ESTABLISHMENT, { input: { organisationFinessJuridique: organisation.finessJuridique, ...site } });
    expect(data.createEstablishment).toMatchObject({ sector: "ELDERLY", department: { code: "974", name: "La Réunion" }, organisation: { name: organisation.name } });

    const notTheirs = await reunion.fails(CREATE_ESTABLISHMENT, {
      input: { organisationId: organisation.id, finessGeographique: finess("71"), name: "EHPAD", sector: "ELDERLY", category: "EHPAD", departmentCode: "71", commune: "Mâcon", postalCode: "71000" },
    });
    expect(notTheirs.extensions.code).toBe("FORBIDDEN");
    const corsica = await corse.ok(CREATE_ESTABLISHMENT, {
      input: { organisationFinessJuridique: organisation.finessJuridique, finessGeographique: "2A0000999", name: "MAS du Golfe", sector: "DISABLED", category: "MAS", departmentCode: "2A", commune: "Ajaccio", postalCode: "20000" },
    });
    expect(corsica.createEstablishment.department.code).toBe("2A");

    const mismatch = await app.fails(CREATE_ESTABLISHMENT, {
      input: { organisationId: organisation.id, finessGeographique: finess("21"), name: "IME", sector: "DISABLED", category: "IME", departmentCode: "71", commune: "Mâcon", postalCode: "71000" },
    });
    expect(mismatch.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "finessGeographique" });
    expect(mismatch.message).toMatch(/relève du département 21 \(Côte-d'Or\), mais l'établissement est dans le 71/);
  });

  it("refuses a duplicate FINESS géographique, an unknown organisation and a bad postal code", async () => {
    const organisation = await createOrganisation(app);
    const number = finess("71");
    const input = { organisationId: organisation.id, finessGeographique: number, name: "EHPAD", sector: "ELDERLY", category: "EHPAD", departmentCode: "71", commune: "Autun", postalCode: "71400" };
    await app.ok(CREATE_ESTABLISHMENT, { input });
    expect((await app.fails(CREATE_ESTABLISHMENT, { input })).extensions).toMatchObject({ code: "CONFLICT", field: "finessGeographique" });
    expect((await app.fails(CREATE_ESTABLISHMENT, { input: { ...input, finessGeographique: finess("71"), organisationId: "9999" } })).extensions).toMatchObject({ code: "NOT_FOUND", field: "organisationId" });
    expect((await app.fails(CREATE_ESTABLISHMENT, { input: { ...input, finessGeographique: finess("71"), postalCode: "714" } })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "postalCode" });
    expect((await app.fails(CREATE_ESTABLISHMENT, { input: { ...input, finessGeographique: finess("71"), departmentCode: "20" } })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "departmentCode" });
  });

  it("knows in which departments and regions each organisation has establishments", async () => {
    const organisation = await createOrganisation(app);
    await createEstablishment(app, organisation.id, { departmentCode: "71" });
    await createEstablishment(app, organisation.id, { departmentCode: "71" });
    await createEstablishment(app, organisation.id, { departmentCode: "21", postalCode: "21000" });
    const rows = await app.context().em.find(OrganisationDepartment, { where: { organisationId: Number(organisation.id) }, order: { departmentCode: "ASC" } });
    expect(rows.map((r) => [r.departmentCode, r.regionCode])).toEqual([
      ["21", "27"],
      ["71", "27"],
    ]);
  });

  it("lists an organisation's establishments and updates both", async () => {
    const organisation = await createOrganisation(app, { name: "Fondation Les Marronniers" });
    await createEstablishment(app, organisation.id, { name: "SSIAD Val de Saône", category: "SSIAD" });
    await createEstablishment(app, organisation.id, { name: "EHPAD Bel Air" });
    const data = await app.ok(`query($id: ID!) { organisation(id: $id) { name establishments { id name } } }`, { id: organisation.id });
    expect(data.organisation.establishments.map((e: { name: string }) => e.name)).toEqual(["EHPAD Bel Air", "SSIAD Val de Saône"]);

    const updated = await app.ok(`mutation($id: ID!) { updateOrganisation(input: { id: $id, version: 1, name: "Fondation Les Marronniers Bourgogne", legalStatus: PUBLIC }) { name legalStatus version } }`, { id: organisation.id });
    expect(updated.updateOrganisation).toEqual({ name: "Fondation Les Marronniers Bourgogne", legalStatus: "PUBLIC", version: 2 });
    const stale = await app.fails(`mutation($id: ID!) { updateOrganisation(input: { id: $id, version: 1, name: "Autre nom" }) { name } }`, { id: organisation.id });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    const renamed = await app.ok(`mutation($id: ID!) { updateEstablishment(input: { id: $id, version: 1, name: "EHPAD Bel Air et Soleil", postalCode: "71100" }) { name postalCode version } }`, { id: data.organisation.establishments[0].id });
    expect(renamed.updateEstablishment).toEqual({ name: "EHPAD Bel Air et Soleil", postalCode: "71100", version: 2 });
    expect(await app.ok(`{ organisation(id: "99999") { id } }`)).toEqual({ organisation: null });
  });
});
