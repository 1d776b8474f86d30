import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { addAction, createAgency, createEstablishment, createOrganisation, moduleOf, moveAction, openContract } from "../support/builders";

const LIST = `query($filter: OrganisationFilter, $sort: OrganisationSort, $skip: Int, $take: Int) {
  organisations(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    totalCount
    items { id name progressRate moduleRates { moduleType { code } rate } establishments { name } }
  }
}`;

interface Item {
  id: string;
  name: string;
  progressRate: number | null;
}

describe("organisations for a dashboard", () => {
  let app: TestApp;
  let ara: TestClient;
  const names: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    const bfc = await createAgency(app, "27");
    // 36 organisations in Bourgogne-Franche-Comté: an EHPAD (71) or an IME (21), with rates
    // from 0 to 35 % (one action each, at a different completion), and 4 without a contract.
    for (let i = 0; i < 40; i += 1) {
      const elderly = i % 2 === 0;
      const organisation = await createOrganisation(app, { name: `${elderly ? "Résidence" : "Institut"} ${String(i).padStart(2, "0")}` });
      names[organisation.id] = organisation.name;
      await createEstablishment(app, organisation.id, elderly ? { sector: "ELDERLY", departmentCode: "71" } : { sector: "DISABLED", category: "IME", departmentCode: "21", postalCode: "21000", commune: "Dijon" });
      if (i >= 36) continue;
      const contract = await openContract(app, { organisationId: organisation.id, agencyId: bfc.id });
      const action = await addAction(app, moduleOf(contract, "EFFICIENCE").id);
      // One mandatory module out of five: the organisation's rate is progress / 5.
      await moveAction(app, action.id, "PLANNING", i); // progress (100 + i) / 5
    }
    // Elsewhere: an organisation in Auvergne-Rhône-Alpes with an accented name.
    ara = await app.adminOf("84");
    const lyon = await createOrganisation(ara, { name: "Hôpital Gériatrique Saint-Éloi", department: "69", headOfficeRegionCode: "84" });
    await createEstablishment(ara, lyon.id, { departmentCode: "69", postalCode: "69003", commune: "Lyon" });
    // In the region with both sectors, but its PH site is in 71 and its PA site in 21.
    const mixed = await createOrganisation(app, { name: "Association Mixte" });
    await createEstablishment(app, mixed.id, { sector: "DISABLED", category: "FAM", departmentCode: "71" });
    await createEstablishment(app, mixed.id, { sector: "ELDERLY", departmentCode: "21", postalCode: "21000", commune: "Dijon" });
  });
  afterAll(() => app.close());

  it("filters by region, department and sector, on the same establishment", async () => {
    const region = await app.ok(LIST, { filter: { regionCode: "27" }, take: 100 });
    expect(region.organisations.totalCount).toBe(41);
    const ehpads71 = await app.ok(LIST, { filter: { departmentCode: "71", sector: "ELDERLY" }, take: 100 });
    expect(ehpads71.organisations.totalCount).toBe(20);
    expect(ehpads71.organisations.items.every((o: Item) => o.name.startsWith("Résidence"))).toBe(true);
    // Each agency sees the organisations of its own region only.
    expect((await app.ok(LIST, { filter: { regionCode: "84" } })).organisations.totalCount).toBe(0);
    const inAra = await ara.ok(LIST, {});
    expect(inAra.organisations.items.map((o: Item) => o.name)).toEqual(["Hôpital Gériatrique Saint-Éloi"]);
  });

  it("searches names and FINESS numbers, ignoring case and accents", async () => {
    for (const search of ["hopital geriatrique", "SAINT-ELOI", "Saint-Éloi"]) {
      const data = await ara.ok(LIST, { filter: { search } });
      expect(data.organisations.items.map((o: Item) => o.name)).toEqual(["Hôpital Gériatrique Saint-Éloi"]);
    }
    const { organisations } = await app.ok(`{ organisations(filter: { search: "Institut 07" }) { items { name } } }`);
    expect(organisations.items).toEqual([{ name: "Institut 07" }]);
    const wildcard = await app.ok(LIST, { filter: { search: "%" } });
    expect(wildcard.organisations.totalCount).toBe(0);
  });

  it("sorts by progress rate either way, organisations without a rate last", async () => {
    const desc = await app.ok(LIST, { filter: { regionCode: "27" }, sort: { field: "PROGRESS_RATE", direction: "DESC" }, take: 100 });
    const rates = desc.organisations.items.map((o: Item) => o.progressRate);
    expect(rates.slice(0, 3)).toEqual([(100 + 35) / 25, (100 + 34) / 25, (100 + 33) / 25]);
    expect(rates.slice(36)).toEqual([null, null, null, null, null]);
    const asc = await app.ok(LIST, { filter: { regionCode: "27" }, sort: { field: "PROGRESS_RATE", direction: "ASC" }, take: 100 });
    const ascRates = asc.organisations.items.map((o: Item) => o.progressRate);
    expect(ascRates[0]).toBe(100 / 25);
    expect(ascRates.slice(36)).toEqual([null, null, null, null, null]);
    const byName = await app.ok(LIST, { filter: { regionCode: "27" }, take: 3 });
    expect(byName.organisations.items.map((o: Item) => o.name)).toEqual(["Association Mixte", "Institut 01", "Institut 03"]);
  });

  it("pages stably, with the total count", async () => {
    const seen: string[] = [];
    for (let skip = 0; skip < 45; skip += 7) {
      const page = await app.ok(LIST, { filter: { regionCode: "27" }, sort: { field: "PROGRESS_RATE", direction: "DESC" }, skip, take: 7 });
      expect(page.organisations.totalCount).toBe(41);
      seen.push(...page.organisations.items.map((o: Item) => o.id));
    }
    expect(seen).toHaveLength(41);
    expect(new Set(seen).size).toBe(41);
  });

  it("returns rates and per-module rates in a constant number of SQL statements, whatever the page size", async () => {
    const counts: number[] = [];
    for (const take of [2, 10, 40]) {
      const body = await app.gql(LIST, { filter: { regionCode: "27" }, sort: { field: "PROGRESS_RATE", direction: "DESC" }, take });
      expect(body.errors).toBeUndefined();
      expect(body.data.organisations.items).toHaveLength(take);
      expect(body.data.organisations.items[0].moduleRates.find((m: { moduleType: { code: string } }) => m.moduleType.code === "EFFICIENCE").rate).toBe(27);
      counts.push(body.extensions!.sqlStatements!);
    }
    expect(new Set(counts).size).toBe(1);
    // the session, the count, the page, the rates, the modules, the module types, the establishments
    expect(counts[0]).toBeLessThanOrEqual(7);
  });
});
