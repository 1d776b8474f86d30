import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, moduleOf, versionOf } from "../support/builders";
import { testDriver } from "../support/databases";
import { storedAndRecomputedRates } from "../support/recompute";

/**
 * Several server processes behind a load balancer share one PostgreSQL database: nothing a
 * request needs lives in one process. (SQLite is one file for one server process.)
 */
const onPostgres = testDriver() === "postgres" ? describe : describe.skip;

onPostgres("several servers on one PostgreSQL database", () => {
  let app: TestApp;
  let peer: Awaited<ReturnType<TestApp["peer"]>>;
  beforeAll(async () => {
    app = await startTestApp();
    peer = await app.peer();
  });
  afterAll(async () => {
    await peer.close();
    await app.close();
  });

  it("share sessions: a token from one works on the other, and a logout on one ends it on both", async () => {
    const { login } = await app.anonymous.ok(`mutation { login(input: { email: "${app.user!.email}", password: "Test-password-1" }) { token } }`);
    const here = app.withToken(login.token);
    const there = peer.withToken(login.token);
    expect((await there.ok(`{ me { email } }`)).me.email).toBe(app.user!.email);
    await there.ok(`mutation { logout }`);
    expect((await here.fails(`{ me { id } }`)).extensions.code).toBe("UNAUTHENTICATED");
  });

  it("lose no update: of two edits of one version on two servers, one wins and the other is told", async () => {
    const { contract } = await contractScenario(app);
    const action = await addAction(app, moduleOf(contract, "EFFICIENCE").id);
    const version = await versionOf(app, "action", action.id);
    const update = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { title } }`;
    const results = await Promise.all([
      app.gql(update, { input: { actionId: action.id, version, title: "Par le serveur A" } }),
      peer.withToken(app.token).gql(update, { input: { actionId: action.id, version, title: "Par le serveur B" } }),
    ]);
    expect(results.filter((r) => r.data?.updateAction)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions.code)).toEqual(["CONFLICT"]);
  });

  it("keep the stored rates exact under concurrent writes from both", async () => {
    const { contract } = await contractScenario(app);
    const other = peer.withToken(app.token);
    const modules = ["EFFICIENCE", "PREVENTION", "TABLEAU_DE_BORD_SI"].map((code) => moduleOf(contract, code).id);
    await Promise.all(Array.from({ length: 24 }, (_, i) => addAction(i % 2 ? app : other, modules[i % 3], { title: `Action ${i}` })));
    for (const row of await storedAndRecomputedRates(app.context().em)) {
      if (row.recomputed === null) expect(row.stored).toBeNull();
      else expect([row.what, row.stored]).toEqual([row.what, expect.closeTo(row.recomputed, 9)]);
    }
  });

  it("deliver a notification raised on one server to a subscriber of the other, through Redis", async () => {
    const { configureEventBus, closeEventBus } = await import("../../src/core/graphql/event-bus");
    const { Redis } = await import("ioredis");
    const { createClient } = await import("graphql-ws");
    const WebSocket = (await import("ws")).default;
    const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
    configureEventBus(redisUrl);
    const watcher = new Redis(redisUrl);
    const seen: string[] = [];
    await watcher.psubscribe("*");
    watcher.on("pmessage", (_pattern, channel) => seen.push(channel));
    const { organisation, contract } = await contractScenario(app);
    const member = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id });
    const client = createClient({ url: peer.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${member.token}` } });
    try {
      const received = new Promise<{ kind: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no notification within 5 s")), 5000);
        client.subscribe<{ notificationAdded: { kind: string } }>(
          { query: `subscription { notificationAdded { kind } }` },
          { next: (value) => (clearTimeout(timer), resolve(value.data!.notificationAdded)), error: reject, complete: () => undefined },
        );
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The agency comments on server A; the organisation listens on server B.
      await app.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Bien reçu" }) { id } }`, { id: contract.id });
      expect(await received).toEqual({ kind: "COMMENT" });
      expect(seen).toContain("NOTIFICATIONS");
    } finally {
      await client.dispose();
      // Let the server end the subscription (it unsubscribes from Redis) before the connections close.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await watcher.quit();
      await closeEventBus();
    }
  });

  it("serve one scenario behind a load balancer that sends each request to the next server, without sticky sessions", async () => {
    const { configureEventBus, closeEventBus } = await import("../../src/core/graphql/event-bus");
    const { createClient } = await import("graphql-ws");
    const WebSocket = (await import("ws")).default;
    const { roundRobin } = await import("../support/proxy");
    configureEventBus(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
    const balancer = await roundRobin([app.url, peer.url]);
    const through = (token: string | null) => {
      return {
        ok: async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
          const response = await fetch(balancer.url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
          const body = (await response.json()) as { data: T; errors?: unknown[] };
          if (body.errors) throw new Error(JSON.stringify(body.errors));
          return body.data;
        },
      };
    };
    try {
      const { organisation, contract } = await contractScenario(app);
      const member = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id });
      // The agency admin logs in through the balancer, and works with the token on both servers.
      const { login } = await through(null).ok<{ login: { token: string } }>(`mutation($e: String!) { login(input: { email: $e, password: "Test-password-1" }) { token } }`, { e: app.user!.email });
      const admin = through(login.token);
      const ws = createClient({ url: balancer.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${member.token}` } });
      try {
        const received = new Promise<{ kind: string }>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("no notification within 5 s")), 5000);
          ws.subscribe<{ notificationAdded: { kind: string } }>(
            { query: `subscription { notificationAdded { kind } }` },
            { next: (value) => (clearTimeout(timer), resolve(value.data!.notificationAdded)), error: reject, complete: () => undefined },
          );
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const module = moduleOf(contract, "EFFICIENCE").id;
        for (let i = 0; i < 4; i += 1) await admin.ok(`mutation($m: ID!, $t: String!) { addAction(input: { moduleId: $m, title: $t }) { id } }`, { m: module, t: `Action ${i}` });
        await admin.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Vu" }) { id } }`, { id: contract.id });
        expect(await received).toMatchObject({ kind: expect.any(String) });
        const seen = await admin.ok<{ contract: { modules: { moduleType: { code: string }; actionCount: number }[] } }>(`query($id: ID!) { contract(id: $id) { modules { moduleType { code } actionCount } } }`, { id: contract.id });
        expect(seen.contract.modules.find((m) => m.moduleType.code === "EFFICIENCE")!.actionCount).toBe(4);
        // Both servers took requests.
        expect(balancer.served.every((n) => n > 0)).toBe(true);
      } finally {
        await ws.dispose();
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    } finally {
      await balancer.close();
      await closeEventBus();
    }
  });
});
