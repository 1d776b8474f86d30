import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP relay in front of a server (a database, Redis): tests stop it to see what the
 * application does when that server goes away, then start it again.
 */
export interface TcpRelay {
  port: number;
  /** Cuts every connection and refuses new ones. */
  stop(): Promise<void>;
  /** Accepts connections again, on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpRelay(targetHost: string, targetPort: number): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await start();
  return { get port() { return port; }, start, stop, close: stop };
}

/**
 * A load balancer for tests: each HTTP request goes to the next server in turn, and each
 * WebSocket connection too (its frames then stay on that server). No sticky sessions.
 */
export async function roundRobin(targets: string[]): Promise<{ url: string; served: number[]; close(): Promise<void> }> {
  const backends = targets.map((t) => new URL(t));
  const served = backends.map(() => 0);
  let next = 0;
  const pick = () => {
    const i = next;
    next = (next + 1) % backends.length;
    served[i] += 1;
    return backends[i];
  };
  const server = http.createServer((req, res) => {
    const target = pick();
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on("upgrade", (req, client, head) => {
    const target = pick();
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`);
      upstream.write([`${req.method} ${req.url} HTTP/1.1`, ...headers, "", ""].join("\r\n"));
      upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    for (const socket of [client, upstream]) socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
