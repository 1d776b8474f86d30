import WebSocket from "ws";
import { buildSchema, isObjectType } from "graphql";
import fs from "node:fs";
import path from "node:path";
import { gql } from "@apollo/client";
import { createClient as createWsClient } from "graphql-ws";
import { Role } from "../../src/core/auth/roles";
import { VALUE_TYPES } from "../../examples/clients/cache";
import { createApolloClient } from "../../examples/clients/apollo";
import { createUrqlClient } from "../../examples/clients/urql";
import { operation } from "../../examples/walk";
import { startTestApp, TEST_PASSWORD, type TestApp } from "../support/app";
import { createAgency, createEstablishment, createOrganisation, openContract, themeIds, type ContractData } from "../support/builders";

const doc = (name: string) => gql(operation(name));

/** A fetch that counts what goes over the network, to tell a cache hit from a request. */
function countingFetch() {
  const counter = { requests: 0, fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
    counter.requests += 1;
    return fetch(input, init);
  }) as typeof fetch };
  return counter;
}

/** An organisation with an EHPAD, its contract in negotiation (open to the organisation), and the organisation's account. */
async function negotiatedContract(app: TestApp, name: string): Promise<{ contract: ContractData; email: string; organisationId: string }> {
  const agency = await createAgency(app, "27");
  const organisation = await createOrganisation(app, { name });
  await createEstablishment(app, organisation.id, { name: `EHPAD ${name}`, sector: "ELDERLY", category: "EHPAD", departmentCode: "71" });
  const contract = await openContract(app, { organisationId: organisation.id, agencyId: agency.id });
  for (const step of ["proposeContract", "startNegotiation"]) {
    const { version } = (await app.ok(`query($id: ID!) { contract(id: $id) { version } }`, { id: contract.id })).contract;
    await app.ok(`mutation($id: ID!, $v: Int!) { ${step}(input: { contractId: $id, version: $v }) { id } }`, { id: contract.id, v: version });
  }
  const email = `direction@${name.toLowerCase().replace(/[^a-z]+/g, "-")}.example`;
  await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id, email });
  return { contract, email, organisationId: organisation.id };
}

/** The agency comments on the contract once the subscriber listens; resolves with what it received. */
async function commentWhileListening(app: TestApp, contractId: string, received: Promise<{ kind: string; message: string; contractId: string }>) {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await app.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Bien reçu, merci" }) { id } }`, { id: contractId });
  return received;
}

const ORGANISATION_DETAIL = gql`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) { id name progressRate moduleRates { id moduleType { id code title } rate actionCount } }
  }
`;

describe("real clients, set up as the README shows (examples/clients)", () => {
  let app: TestApp;
  let themes: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    themes = await themeIds(app);
  });
  afterAll(() => app.close());

  it("lists as value objects exactly the schema's object types without an id", () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8"));
    const roots = new Set(["Query", "Mutation", "Subscription"]);
    const withoutId = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && !roots.has(t.name) && !("id" in t.getFields()))
      .map((t) => t.name)
      .sort();
    expect([...VALUE_TYPES].sort()).toEqual(withoutId);
  });

  it("Apollo Client (InMemoryCache with the documented policies): logs in, composes the plan, moves an action, reads the dashboard twice (the second from cache), hears the notification live", async () => {
    const { contract, email, organisationId } = await negotiatedContract(app, "Association Apollo");
    const network = countingFetch();
    let token: string | null = null;
    const client = createApolloClient({ url: app.url, token: () => token, webSocketImpl: WebSocket, fetch: network.fetch });
    try {
      const login = (await client.mutate({ mutation: doc("Login"), variables: { email, password: TEST_PASSWORD } })).data as any;
      expect(login.login.user.organisation).toMatchObject({ id: organisationId, name: "Association Apollo" });
      token = login.login.token;

      const m1 = contract.modules.find((m) => m.moduleType.code === "TRANSFORMATION_OFFRE")!;
      await client.mutate({ mutation: doc("SelectModuleThemes"), variables: { moduleId: m1.id, version: m1.version, themeIds: [themes["M1-HABITAT-INCLUSIF"]] } });
      const added = ((await client.mutate({ mutation: doc("AddAction"), variables: { input: { moduleId: m1.id, title: "Six logements inclusifs", themeId: themes["M1-HABITAT-INCLUSIF"] } } })).data as any).addAction;
      const moved = ((await client.mutate({ mutation: doc("MoveActionToPhase"), variables: { actionId: added.id, version: added.version } })).data as any).moveActionToPhase;
      expect(moved).toMatchObject({ phase: "PLANNING", completion: 50 });
      // The mutation's answer updated the cached action in place (normalised by id).
      expect((client.cache.extract() as Record<string, unknown>)[`Action:${added.id}`]).toMatchObject({ phase: "PLANNING", completion: 50 });

      // The detail, then the list's narrower rates, then the detail again: still complete from the cache.
      const detail = (await client.query({ query: ORGANISATION_DETAIL, variables: { id: organisationId } })).data as any;
      expect(detail.organisation.moduleRates.length).toBeGreaterThan(0);
      const before = network.requests;
      const first = (await client.query({ query: doc("RegionDashboard"), variables: { after: null } })).data as any;
      expect(network.requests).toBe(before + 1);
      const second = (await client.query({ query: doc("RegionDashboard"), variables: { after: null } })).data as any;
      expect(network.requests).toBe(before + 1);
      expect(second).toEqual(first);
      const again = client.readQuery({ query: ORGANISATION_DETAIL, variables: { id: organisationId } }) as any;
      expect(again).toEqual(detail);

      const received = new Promise<any>((resolve, reject) => {
        const subscription = client.subscribe({ query: gql`subscription Live { notificationAdded { kind message contractId } }` }).subscribe({
          next: (result: { data?: unknown }) => (subscription.unsubscribe(), resolve((result.data as { notificationAdded: unknown }).notificationAdded)),
          error: reject,
        });
      });
      expect(await commentWhileListening(app, contract.id, received)).toMatchObject({ kind: "COMMENT", contractId: contract.id, message: expect.stringContaining("a commenté le contrat") });
    } finally {
      client.stop();
    }
  });

  it("Apollo Client merges cursor pages with relayStylePagination (fetchMore with after)", async () => {
    for (const name of ["Page A", "Page B", "Page C", "Page D", "Page E"]) await createOrganisation(app, { name: `Association ${name}` });
    const network = countingFetch();
    const admin = app.user!;
    let token: string | null = null;
    const client = createApolloClient({ url: app.url, token: () => token, fetch: network.fetch, webSocketImpl: WebSocket });
    try {
      token = ((await client.mutate({ mutation: doc("Login"), variables: { email: admin.email, password: TEST_PASSWORD } })).data as any).login.token;
      const PAGE = gql`
        query Page($after: String) {
          organisations(first: 2, after: $after, sort: { field: NAME, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } }
        }
      `;
      const result = await client.query({ query: PAGE, variables: { after: null } });
      let page = (result.data as any).organisations;
      const total = page.totalCount;
      const observable = client.watchQuery({ query: PAGE, variables: { after: null } });
      const watching = observable.subscribe(() => undefined);
      while (page.pageInfo.hasNextPage) {
        await observable.fetchMore({ variables: { after: page.pageInfo.endCursor } });
        page = (client.readQuery({ query: PAGE, variables: { after: null } }) as any).organisations;
      }
      watching.unsubscribe();
      // Every page merged into one list, in order, each organisation once.
      expect(page.edges).toHaveLength(total);
      expect(new Set(page.edges.map((e: { node: { id: string } }) => e.node.id)).size).toBe(total);
      const names = page.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "fr")));
    } finally {
      client.stop();
    }
  });

  it("urql with graphcache (the documented keys, POST): the same scenario, without a warning about keys", async () => {
    const { contract, email, organisationId } = await negotiatedContract(app, "Association Urql");
    const network = countingFetch();
    let token: string | null = null;
    const client = createUrqlClient({ url: app.url, token: () => token, webSocketImpl: WebSocket, fetch: network.fetch });
    const warnings: unknown[] = [];
    const warn = jest.spyOn(console, "warn").mockImplementation((...args) => void warnings.push(args));
    try {
      const ok = async (result: Promise<{ data?: any; error?: unknown }>) => {
        const { data, error } = await result;
        if (error) throw error;
        return data;
      };
      const login = await ok(client.mutation(operation("Login"), { email, password: TEST_PASSWORD }).toPromise());
      expect(login.login.user.organisation.id).toBe(organisationId);
      token = login.login.token;

      const m1 = contract.modules.find((m) => m.moduleType.code === "TRANSFORMATION_OFFRE")!;
      await ok(client.mutation(operation("SelectModuleThemes"), { moduleId: m1.id, version: m1.version, themeIds: [themes["M1-HABITAT-INCLUSIF"]] }).toPromise());
      const added = (await ok(client.mutation(operation("AddAction"), { input: { moduleId: m1.id, title: "Six logements inclusifs", themeId: themes["M1-HABITAT-INCLUSIF"] } }).toPromise())).addAction;
      const moved = (await ok(client.mutation(operation("MoveActionToPhase"), { actionId: added.id, version: added.version }).toPromise())).moveActionToPhase;
      expect(moved).toMatchObject({ phase: "PLANNING", completion: 50 });

      const detail = await ok(client.query(ORGANISATION_DETAIL, { id: organisationId }).toPromise());
      const before = network.requests;
      const first = await ok(client.query(operation("RegionDashboard"), { after: null }).toPromise());
      expect(network.requests).toBe(before + 1);
      const second = await ok(client.query(operation("RegionDashboard"), { after: null }).toPromise());
      expect(network.requests).toBe(before + 1);
      expect(second).toEqual(first);
      // The detail is still whole in the normalised cache after the list's narrower read.
      expect(await ok(client.query(ORGANISATION_DETAIL, { id: organisationId }, { requestPolicy: "cache-only" }).toPromise())).toEqual(detail);

      const received = new Promise<any>((resolve, reject) => {
        const { unsubscribe } = client.subscription(`subscription Live { notificationAdded { id kind message contractId } }`, {}).subscribe((result) => {
          if (result.error) return reject(result.error);
          unsubscribe();
          resolve(result.data.notificationAdded);
        });
      });
      expect(await commentWhileListening(app, contract.id, received)).toMatchObject({ kind: "COMMENT", contractId: contract.id });
      expect(warnings).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  it("graphql-ws on Node 20 with the ws package, beside plain fetch: logs in, composes, moves and reads over HTTP, hears the notification over the socket; the socket refuses anything but subscriptions", async () => {
    const { contract, email } = await negotiatedContract(app, "Association Socket");
    const login = (await app.anonymous.ok(operation("Login"), { email, password: TEST_PASSWORD })).login;
    // Plain fetch for queries and mutations, as the README's clients do (HTTP: rate limits, cost limit, time budget).
    const http = app.withToken(login.token);
    const client = createWsClient({ url: app.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { headers: { Authorization: `Bearer ${login.token}` } } });
    try {
      const m1 = contract.modules.find((m) => m.moduleType.code === "TRANSFORMATION_OFFRE")!;
      await http.ok(operation("SelectModuleThemes"), { moduleId: m1.id, version: m1.version, themeIds: [themes["M1-HABITAT-INCLUSIF"]] });
      const added = (await http.ok(operation("AddAction"), { input: { moduleId: m1.id, title: "Six logements inclusifs", themeId: themes["M1-HABITAT-INCLUSIF"] } })).addAction;
      expect((await http.ok(operation("MoveActionToPhase"), { actionId: added.id, version: added.version })).moveActionToPhase).toMatchObject({ phase: "PLANNING" });
      // graphql-ws has no cache: the page is read twice, and is the same.
      const first = await http.ok(operation("RegionDashboard"), { after: null });
      expect(await http.ok(operation("RegionDashboard"), { after: null })).toEqual(first);
      expect(first.organisations.edges[0].node.name).toBe("Association Socket");

      // A mutation over the socket is refused, and changes nothing.
      const refused = await new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>((resolve) => {
        client.subscribe(
          { query: operation("AddAction"), variables: { input: { moduleId: m1.id, title: "Par la socket" } } },
          { next: (result) => resolve(result.errors ?? []), error: (errors) => resolve(errors as never), complete: () => undefined },
        );
      });
      expect(refused[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" }, message: expect.stringContaining("le WebSocket ne porte que les abonnements") });
      expect((await http.ok(operation("Plan"), { contractId: contract.id })).contract.modules[0].actionsConnection.totalCount).toBe(1);

      const received = new Promise<any>((resolve, reject) => {
        const stop = client.subscribe({ query: `subscription { notificationAdded { kind contractId } }` }, { next: (result) => (stop(), resolve(result.data!.notificationAdded)), error: reject, complete: () => undefined });
      });
      expect(await commentWhileListening(app, contract.id, received)).toEqual({ kind: "COMMENT", contractId: contract.id });
    } finally {
      await client.dispose();
    }
  });
});
