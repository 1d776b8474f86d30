import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type DestinationStream, type Logger } from "pino";
import { pinoHttp } from "pino-http";

/**
 * Structured logs (pino): one JSON line per event, pretty in development. Nothing secret is
 * written: the Authorization header and anything named like a password or token are
 * redacted, and request bodies (queries, variables, documents) are never logged.
 */
export interface LogConfig {
  level: string;
  pretty: boolean;
}

const REDACT = ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]', "*.password", "*.temporaryPassword", "*.token", "*.sessionSecret"];

export function createLogger(config: LogConfig, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.level,
    base: { service: "cpom-graphql" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT, censor: "[redacted]" },
  };
  if (destination) return pino(options, destination);
  if (config.pretty) return pino({ ...options, transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" } } });
  return pino(options);
}

let current: Logger = createLogger({ level: process.env.NODE_ENV === "test" ? "silent" : "info", pretty: false });

/** The process's logger (set once at start-up). */
export const logger = (): Logger => current;

export function useLogger(next: Logger): void {
  current = next;
}

/** What a request did, filled in as it goes (who, which operation, which error codes), for its log line. */
export interface RequestTrace {
  userId?: number;
  operation?: string;
  errorCodes?: string[];
}

type TracedRequest = IncomingMessage & { id?: string; trace?: RequestTrace };

/** A request id from X-Request-Id when it is a plain token, else a new one. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  res.setHeader("X-Request-Id", id);
  return id;
}

/** The path as requested (Express rewrites req.url under a mount point), without the query string. */
const pathOf = (req: IncomingMessage) => ((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? "").split("?")[0];

/** One log line per request: id, method, path, status, duration, and the trace (user, operation, error codes). */
export function httpLogger(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: requestId,
    customProps: (req) => ({ ...(req as TracedRequest).trace }),
    // Load balancers poll these every few seconds.
    autoLogging: { ignore: (req) => req.url === "/health" || req.url === "/ready" },
    serializers: {
      req: (req: { id: string; method: string; url: string; raw?: { originalUrl?: string } }) => ({ id: req.id, method: req.method, url: req.raw?.originalUrl ?? req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessMessage: (req, res, time) => `${req.method} ${pathOf(req)} ${res.statusCode} in ${time} ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  });
}

/** The trace of a request (created on first use). */
export function traceOf(req: IncomingMessage): RequestTrace {
  const traced = req as TracedRequest;
  traced.trace ??= {};
  return traced.trace;
}
