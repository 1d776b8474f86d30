import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { appResolvers } from "../../src/app";
import { Role } from "../../src/core/auth/roles";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { createAgency, createEstablishment, createOrganisation, finess, moduleOf, versionOf } from "../support/builders";
import { createCatalogue, createHealthSite, twoVoletCatalogue } from "../support/sanitary";

/**
 * No field may fail on a legitimate state: every field of what each step of a contract's
 * life returns is selected (three levels deep), while parts of it are still empty: a contract
 * just opened, proposed with nobody signed, signed by one party; an action never moved; an
 * organisation without sites; an evaluation not begun. Any error fails the test.
 */
function selectAll(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));
  const parts = fields.flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    if (isObjectType(named) && depth > 1) return [`${f.name} { ${selectAll(named, depth - 1)} }`];
    return [];
  });
  return ["__typename", ...parts].join(" ");
}

describe("every field of what a mutation returns, in early states", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  // Full selections are large on purpose: the query limits are not what this test is about.
  beforeAll(async () => {
    app = await startTestApp({ env: { GRAPHQL_MAX_COST: "100000000", GRAPHQL_MAX_DEPTH: "20", GRAPHQL_MAX_TOKENS: "100000", GRAPHQL_MAX_CHARACTERS: "1000000" } });
    schema = await buildGraphQLSchema(appResolvers);
  });
  afterAll(() => app.close());

  /** Runs a mutation selecting everything it returns; fails on any error. */
  async function everything(client: TestClient, mutation: string, input: Record<string, unknown>, depth = 3) {
    const field = schema.getMutationType()!.getFields()[mutation];
    const arg = field.args[0];
    const returned = getNamedType(field.type) as GraphQLObjectType;
    const body = await client.gql(`mutation($input: ${arg.type.toString()}) { ${mutation}(${arg.name}: $input) { ${selectAll(returned, depth)} } }`, { input });
    expect([mutation, body.errors]).toEqual([mutation, undefined]);
    return body.data![mutation];
  }

  async function contractEverything(client: TestClient, id: string) {
    const body = await client.gql(`query($id: ID!) { contract(id: $id) { ${selectAll(schema.getType("Contract") as GraphQLObjectType, 3)} } }`, { id });
    expect(body.errors).toBeUndefined();
    return body.data!.contract;
  }

  it("a medico-social contract from its opening to one signature", async () => {
    const agency = await createAgency(app, "27");
    const organisation = await everything(app, "createOrganisation", { name: "Association Vide", finessJuridique: finess("71"), legalStatus: "PRIVATE_NON_PROFIT", headOfficeRegionCode: "27" });
    expect(organisation.establishments).toEqual([]);
    await everything(app, "createEstablishment", { organisationId: organisation.id, finessGeographique: finess("71"), name: "EHPAD", sector: "ELDERLY", category: "EHPAD", departmentCode: "71", commune: "Mâcon", postalCode: "71000" });
    const opened = await everything(app, "openMedicoSocialContract", { organisationId: organisation.id, agencyId: agency.id, startDate: "2026-01-01" });
    await contractEverything(app, opened.id);
    const prevention = moduleOf(opened, "PREVENTION");
    await everything(app, "addAction", { moduleId: prevention.id, title: "Action sans suite" });
    const proposed = await everything(app, "proposeContract", { contractId: opened.id, version: await versionOf(app, "contract", opened.id) });
    expect(proposed.signatures.map((s: { status: string; createdAt: string | null }) => [s.status, s.createdAt === null])).toEqual([
      ["NOT_SIGNED", true],
      ["NOT_SIGNED", true],
      ["INVITED", false],
    ]);
    expect(new Set(proposed.signatures.map((s: { id: string }) => s.id)).size).toBe(3);
    await everything(app, "startNegotiation", { contractId: opened.id, version: await versionOf(app, "contract", opened.id) });
    // The department signs first: the agency's and the organisation's signatures are still to come.
    const department = await app.as({ role: Role.DEPARTMENT_USER, departmentCode: "71" });
    const signed = await everything(department, "signContract", { contractId: opened.id, signedOn: "2026-01-10" });
    expect(signed.signatures.map((s: { status: string }) => s.status)).toEqual(["NOT_SIGNED", "NOT_SIGNED", "SIGNED"]);
    await contractEverything(app, opened.id);
    const user = await everything(app, "createUser", { email: "vide@asso.example", displayName: "Direction", role: "ORGANISATION_USER", organisationId: organisation.id, temporaryPassword: "Bienvenue-2026!" });
    expect(user.mustChangePassword).toBe(true);
  });

  it("a sanitary contract just opened, with an evaluation not begun", async () => {
    const agency = await createAgency(app, "27");
    await createCatalogue(app, twoVoletCatalogue("Catalogue vide 27"));
    const organisation = await createOrganisation(app, { headOfficeRegionCode: "27" });
    const site = await createHealthSite(app, organisation.id, ["MEDECINE"]);
    const opened = await everything(app, "openSanitaryContract", { organisationId: organisation.id, agencyId: agency.id, startDate: "2026-01-01", establishmentIds: [site.id] });
    await contractEverything(app, opened.id);
    await everything(app, "openEvaluation", { contractId: opened.id, kind: "MID_TERM" });
    const viewer = await app.as({ role: Role.VIEWER, regionCode: "27" });
    await contractEverything(viewer, opened.id);
    await createEstablishment(app, organisation.id, { sector: null, category: "Clinique" });
  });
});
