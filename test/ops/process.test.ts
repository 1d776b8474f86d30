import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * `npm start` as a user and an operator run it: the server is the process that receives the
 * signals, stops cleanly, compiles only what changed, and says in one line when its port is
 * taken. These start real processes (SQLite in a temporary folder).
 */
const ROOT = path.join(__dirname, "..", "..");

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

function start(command: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command[0], command.slice(1), { cwd: ROOT, env: { ...process.env, NODE_ENV: "development", LOG_FORMAT: "json", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function healthy(port: number, timeoutMs = 120_000): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe("the server process", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-process-"));
  const env = (port: number) => ({ PORT: String(port), DATABASE_PATH: path.join(dir, "cpom.sqlite"), DATABASE_URL: "" });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("stops on SIGTERM sent to `npm start`: the server itself receives it, closes, and frees its port", async () => {
    const port = await freePort();
    const server = start(["npm", "start"], env(port));
    expect(await healthy(port)).toBe(true);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    // Nothing is left answering on the port, and it can be taken again.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    await new Promise<void>((resolve, reject) => {
      const probe = net.createServer().once("error", reject).listen(port, "127.0.0.1", () => probe.close(() => resolve()));
    });
  }, 180_000);

  it("starts again without compiling when nothing changed", async () => {
    const info = path.join(ROOT, "dist", ".tsbuildinfo");
    const before = fs.statSync(info).mtimeMs;
    const port = await freePort();
    const server = start(["node", "scripts/run.js", "src/main.js"], env(port));
    expect(await healthy(port, 30_000)).toBe(true);
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    expect(fs.statSync(info).mtimeMs).toBe(before);
  }, 60_000);

  it("says in one line that its port is taken, and exits with 1", async () => {
    const taken = net.createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, () => resolve((taken.address() as net.AddressInfo).port)));
    try {
      const server = start(["node", "dist/src/main.js"], env(port));
      expect(await server.exited).toBe(1);
      const lines = server.output().trim().split("\n").map((l) => JSON.parse(l) as { level: number; msg: string });
      const fatal = lines.filter((l) => l.level >= 50);
      expect(fatal.map((l) => l.msg)).toEqual([`Port ${port} is already in use: stop the other server, or set PORT`]);
      expect(server.output()).not.toMatch(/\n\s+at |EADDRINUSE|WebSocket/);
    } finally {
      taken.close();
    }
  }, 60_000);
});
