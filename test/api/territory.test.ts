import { startTestApp, type TestApp } from "../support/app";

describe("regions, departments and agencies", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("knows the 18 regions and 101 departments, with Corsica and overseas codes", async () => {
    const data = await app.ok(`{ regions { code name departments { code } } departments { code } }`);
    expect(data.regions).toHaveLength(18);
    expect(data.departments).toHaveLength(101);
    const codes = data.departments.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(["71", "2A", "2B", "974", "976"]));
    expect(codes).not.toContain("20");
    const bfc = data.regions.find((r: { code: string }) => r.code === "27");
    expect(bfc.departments.map((d: { code: string }) => d.code)).toEqual(["21", "25", "39", "58", "70", "71", "89", "90"]);
  });

  it("registers one agency per region", async () => {
    const created = await app.ok(`mutation { createAgency(input: { name: "ARS Normandie", regionCode: "28" }) { id name region { name } } }`);
    expect(created.createAgency).toMatchObject({ name: "ARS Normandie", region: { name: "Normandie" } });

    const duplicate = await app.fails(`mutation { createAgency(input: { name: "ARS bis", regionCode: "28" }) { id } }`);
    expect(duplicate.extensions).toMatchObject({ code: "CONFLICT", field: "regionCode" });

    const unknown = await app.fails(`mutation { createAgency(input: { name: "ARS X", regionCode: "99" }) { id } }`);
    expect(unknown.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "regionCode" });

    const region = await app.ok(`{ regions { code agency { name } } }`);
    expect(region.regions.find((r: { code: string }) => r.code === "28").agency.name).toBe("ARS Normandie");
  });

  it("lets an agency admin rename its own agency, based on the version read", async () => {
    const { me } = await app.ok(`{ me { agency { id version } } }`);
    const renamed = await app.ok(`mutation($id: ID!, $v: Int!) { updateAgency(input: { id: $id, version: $v, name: "ARS BFC" }) { name version } }`, { id: me.agency.id, v: me.agency.version });
    expect(renamed.updateAgency).toEqual({ name: "ARS BFC", version: me.agency.version + 1 });
    const stale = await app.fails(`mutation($id: ID!, $v: Int!) { updateAgency(input: { id: $id, version: $v, name: "ARS B-F-C" }) { name } }`, { id: me.agency.id, v: me.agency.version });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", field: "version", currentVersion: me.agency.version + 1 });
    const other = (await app.ok(`{ regions { code agency { id } } }`)).regions.find((r: { code: string }) => r.code === "28").agency;
    const notMine = await app.fails(`mutation($id: ID!) { updateAgency(input: { id: $id, version: 1, name: "X" }) { id } }`, { id: other.id });
    expect(notMine.extensions.code).toBe("FORBIDDEN");
    const missing = await app.fails(`mutation { updateAgency(input: { id: "999", version: 1, name: "X" }) { id } }`);
    expect(missing.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    const notAnId = await app.fails(`mutation { updateAgency(input: { id: "abc", version: 1, name: "X" }) { id } }`);
    expect(notAnId.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("validates input before anything else", async () => {
    const error = await app.fails(`mutation { createAgency(input: { name: "", regionCode: "27" }) { id } }`);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
  });
});
