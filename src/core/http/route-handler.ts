import type { Request, RequestHandler, Response, Router } from "express";
import { RequestContext } from "../context";
import { DomainError, ErrorCode } from "../errors";
import { languageOf } from "../i18n";
import { traceOf } from "../logging";
import type { RouteDependencies } from "../server";
import { msg, type Message } from "../i18n/message";

/** An error of a route beside /graphql, answered as a GraphQL error body with its HTTP status, so clients read it the same way. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The message for people, worded in the request's language when answered. */
    readonly text: Message,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(text.in("en"));
  }
}

/** The HTTP status of each error code a route may answer. */
const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RULE_VIOLATION]: 422,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.TIMEOUT]: 503,
};

/** A domain error (a GraphQLError with a code) as the HTTP error it is; anything else stays unexpected. */
export function httpErrorOf(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof DomainError && STATUS[String(error.extensions.code)]) {
    const { code, ...extensions } = error.extensions;
    return new HttpError(STATUS[String(code)], String(code), error.text, extensions);
  }
  return null;
}

export interface RouteOptions {
  /** How many requests of this kind one process serves at once (the others: 429 with Retry-After). */
  concurrency: number;
  /** The time budget of each (a database access after it is refused with TIMEOUT). */
  timeBudgetMs: number;
  /** Written in the request's log line. */
  operation: string;
}

/**
 * A route beside /graphql with what /graphql gives a request: the session from the bearer
 * token (401 without), the request rate limits, a request context with its time budget, its
 * log line, and errors as GraphQL error bodies with their status. Heavy routes (downloads,
 * uploads) are also limited to a few at once per process.
 */
export function routeHandler(dependencies: RouteDependencies, options: RouteOptions) {
  const { config, runtime, rateLimiter, log } = dependencies;
  let running = 0;
  return (work: (ctx: RequestContext, req: Request, res: Response) => Promise<void>): RequestHandler =>
    async (req, res) => {
      let counted = false;
      const trace = traceOf(req);
      trace.operation = `${options.operation} ${req.path}`;
      try {
        const { user, error } = await dependencies.authenticate(runtime, req.headers.authorization);
        if (!user) throw new HttpError(401, ErrorCode.UNAUTHENTICATED, error ?? msg`Send the token of a session (Authorization: Bearer …)`);
        trace.userId = user.id;
        if (config.limitsEnabled) {
          await rateLimiter.consume(req.ip ?? "unknown", user.id).catch((e: DomainError) => {
            throw new HttpError(429, ErrorCode.RATE_LIMITED, e.text, { retryAfterSeconds: e.extensions.retryAfterSeconds });
          });
        }
        if (running >= options.concurrency) throw new HttpError(429, ErrorCode.RATE_LIMITED, msg`The server is busy with other such requests: try again in a few seconds`, { retryAfterSeconds: 5 });
        running++;
        counted = true;
        const ctx = new RequestContext(runtime, user, null, req.ip ?? "unknown", Date.now() + options.timeBudgetMs, trace);
        await work(ctx, req, res);
      } catch (error) {
        if (res.headersSent) {
          // Part of the answer is gone already: cut it short, so the client sees a failure, not a truncated file.
          log.error({ err: error }, `${options.operation} failed while streaming`);
          res.destroy(error as Error);
          return;
        }
        const failure = httpErrorOf(error);
        if (!failure) log.error({ err: error }, `${options.operation} failed`);
        const { status, code, text, extensions } = failure ?? new HttpError(500, ErrorCode.INTERNAL_SERVER_ERROR, msg`The ${options.operation} failed`);
        trace.errorCodes = [code];
        if (status === 429 && extensions.retryAfterSeconds) res.set("retry-after", String(extensions.retryAfterSeconds));
        res.status(status).type("application/json").json({ errors: [{ message: text.in(languageOf(req)), extensions: { code, ...extensions } }] });
      } finally {
        if (counted) running--;
      }
    };
}

/**
 * Routes whose code is loaded on their first request (the spreadsheet, Word and PDF writers of
 * downloads and imports): a server, or a test, that never asks for one never loads them.
 */
export function lazyRouter(load: () => Promise<(dependencies: RouteDependencies) => Router>): (dependencies: RouteDependencies) => RequestHandler {
  return (dependencies) => {
    let router: Promise<Router> | null = null;
    return (req, res, next) => {
      router ??= load().then((make) => make(dependencies));
      router.then((handle) => handle(req, res, next), next);
    };
  };
}
