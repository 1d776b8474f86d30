import WebSocket from "ws";
import { createClient, type Client } from "graphql-ws";
import { connectionAuthorization } from "../../src/core/server";
import { startTestApp, type TestApp } from "../support/app";

/** Opens a graphql-ws connection and resolves with how it ended or its first notification. */
function connect(app: TestApp, connectionParams: Record<string, unknown>): { client: Client; closed: Promise<{ code: number; reason: string }>; connected: Promise<void> } {
  let onClosed!: (event: { code: number; reason: string }) => void;
  let onConnected!: () => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: app.url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    on: { closed: (event) => onClosed(event as { code: number; reason: string }), connected: () => onConnected() },
    onNonLazyError: () => undefined,
  });
  return { client, closed, connected };
}

describe("subscriptions over graphql-ws", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("reads the token at the top of the connection params or under headers, in any letter case", () => {
    expect(connectionAuthorization({ authorization: "Bearer a" })).toBe("Bearer a");
    expect(connectionAuthorization({ Authorization: "Bearer b" })).toBe("Bearer b");
    expect(connectionAuthorization({ headers: { Authorization: "Bearer c" } })).toBe("Bearer c");
    expect(connectionAuthorization({ headers: { authorization: "Bearer d" } })).toBe("Bearer d");
    expect(connectionAuthorization({ headers: "Bearer e" })).toBeUndefined();
    expect(connectionAuthorization({ authorization: 42 })).toBeUndefined();
    expect(connectionAuthorization(undefined)).toBeUndefined();
  });

  it.each([
    ["authorization at the top", (token: string) => ({ authorization: `Bearer ${token}` })],
    ["Authorization at the top (GraphiQL's headers)", (token: string) => ({ Authorization: `Bearer ${token}` })],
    ["Authorization under headers", (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })],
  ])("accepts a connection with %s, and a subscription on it", async (_form, params) => {
    const { client, connected } = connect(app, params(app.token!));
    try {
      await connected;
      const first = new Promise<unknown>((resolve, reject) => {
        client.subscribe({ query: `subscription { notificationAdded { kind } }` }, { next: resolve, error: reject, complete: () => undefined });
      });
      // The subscription exists once the server has answered nothing wrong; an error would reject `first`.
      await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 300))]);
    } finally {
      await client.dispose();
    }
  });

  it.each([
    ["no token", {}],
    ["a token that is not a session's", { authorization: "Bearer forged-token" }],
    ["a header that is not Bearer", { headers: { Authorization: "Basic YTpi" } }],
  ])("refuses a connection with %s when it opens (4403), before any subscription", async (_case, params) => {
    const { client, closed } = connect(app, params);
    try {
      expect(await closed).toMatchObject({ code: 4403, reason: "Forbidden" });
    } finally {
      await client.dispose();
    }
  });

  it("configures the explorer to subscribe over the same path", async () => {
    const script = await (await fetch(app.url.replace(/\/graphql$/, "/explorer/init.js"))).text();
    expect(script).toMatch(/subscriptionUrl: ws/);
    expect(script).toContain('window.location.protocol === "https:" ? "wss://" : "ws://"');
  });
});
