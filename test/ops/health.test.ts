import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import type { DatabaseConfig } from "../../src/core/config";
import { startTestApp, type TestApp } from "../support/app";
import { testDriver } from "../support/databases";
import { tcpRelay, type TcpRelay } from "../support/proxy";

const get = async (app: TestApp, path: string) => {
  const response = await fetch(app.url.replace("/graphql", path));
  return { status: response.status, body: (await response.json()) as { status: string; checks?: Record<string, string> } };
};

/** A Redis of the test's own, on a free port, that the test can stop. */
async function privateRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 50; i += 1) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGKILL"))),
  };
}

describe("liveness and readiness", () => {
  it("answers /health while the process runs, and /ready once the database answers and its migrations are applied", async () => {
    const app = await startTestApp();
    try {
      expect(await get(app, "/health")).toEqual({ status: 200, body: { status: "ok" } });
      expect(await get(app, "/ready")).toEqual({ status: 200, body: { status: "ready", checks: { database: "ok", migrations: "ok", redis: "not configured", documents: "ok" } } });
      // A migration that the database has not run makes the process not ready.
      const table = "migrations";
      await app.db.writer.query(`DELETE FROM ${table}`);
      const pending = await get(app, "/ready");
      expect(pending.status).toBe(503);
      expect(pending.body.checks!.migrations).toMatch(/pending/);
    } finally {
      await app.close();
    }
  });

  it("is not ready while the database is unreachable, and ready again when it is back", async () => {
    let relay: TcpRelay | null = null;
    const throughRelay = (config: DatabaseConfig): DatabaseConfig => {
      if (config.kind === "sqlite") return config;
      const url = new URL(config.url);
      url.port = String(relay!.port);
      url.hostname = "127.0.0.1";
      return { kind: "postgres", url: url.toString() };
    };
    if (testDriver() === "postgres") {
      const admin = new URL(process.env.PG_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test");
      relay = await tcpRelay(admin.hostname, Number(admin.port || 5432));
    }
    const app = await startTestApp({ database: throughRelay });
    try {
      expect((await get(app, "/ready")).status).toBe(200);
      // SQLite is a file in the process: it goes away when its connections close; PostgreSQL, when the relay stops.
      if (relay) await relay.stop();
      else await app.db.close();
      const down = await get(app, "/ready");
      expect(down.status).toBe(503);
      expect(down.body.checks!.database).toMatch(/unreachable/);
      expect((await get(app, "/health")).status).toBe(200);
      if (relay) {
        await relay.start();
        let back = await get(app, "/ready");
        for (let i = 0; i < 20 && back.status !== 200; i += 1) back = await get(app, "/ready");
        expect(back.status).toBe(200);
      }
    } finally {
      if (relay) await relay.close();
      await app.close();
    }
  });

  // A Redis of its own needs redis-server (CI has it; SKIP_POSTGRES_TESTS machines may not).
  const withRedisServer = spawnSync("redis-server", ["--version"]).status === 0 ? it : it.skip;
  withRedisServer("is not ready while Redis is unreachable, when Redis is configured", async () => {
    const redis = await privateRedis();
    const app = await startTestApp({ env: { REDIS_URL: redis.url } });
    try {
      // Ready once the connection to the new Redis is up (a load balancer polls the same way).
      let ready = await get(app, "/ready");
      for (let i = 0; i < 50 && ready.status !== 200; i += 1) ready = (await new Promise((r) => setTimeout(r, 100)), await get(app, "/ready"));
      expect(ready.body.checks!.redis).toBe("ok");
      await redis.stop();
      const down = await get(app, "/ready");
      expect(down.status).toBe(503);
      expect(down.body.checks!.redis).toBe("unreachable");
      // The API still answers: request counts fall back to the process's memory.
      expect((await app.gql(`{ me { id } }`)).errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
