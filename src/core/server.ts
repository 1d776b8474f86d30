import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { compiledExecution } from "./graphql/compiled-execution";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import cors from "cors";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import helmet from "helmet";
import proxyAddress from "proxy-addr";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { getOperationAST, GraphQLError, OperationTypeNode, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { systemClock, type Clock } from "./clock";
import type { Config } from "./config";
import type { AuthUser } from "./auth/roles";
import { RequestContext, type Runtime } from "./context";
import type { Database } from "./database/database";
import { currentQueryStats, withQueryStats } from "./database/query-stats";
import { createErrorFormatter, DomainError, inputErrorFields, type ErrorLogger } from "./errors";
import { httpLogger, logger, traceOf } from "./logging";
import type { Logger } from "pino";
import { EXPLORER_HTML, explorerAssets } from "./graphql/explorer";
import { queryLimits, tooManyCharacters } from "./graphql/limits";
import { inputLimitsPlugin } from "./graphql/input-limits";
import { RequestRateLimiter } from "./http/rate-limits";
import { addressTo, languageOf } from "./i18n";
import { msg, type Message } from "./i18n/message";

/** Who sends a request, from its Authorization header (provided by the accounts area). */
export type Authenticator = (runtime: Runtime, authorization: string | undefined) => Promise<{ user: AuthUser | null; error: Message | null }>;

export interface ServerOptions {
  config: Config;
  db: Database;
  schema: GraphQLSchema;
  authenticate: Authenticator;
  clock?: Clock;
  logError?: ErrorLogger;
  /** Where logs go (default: the process's logger). */
  logger?: Logger;
  /** HTTP routes beside /graphql that domain areas serve (downloads), each under its path. */
  routes?: AppRoute[];
  /** Jobs that run beside the requests, each on its interval (the outbox's worker, reminders, digests). */
  jobs?: (runtime: Runtime, config: Config, log: Logger) => BackgroundJob[];
}

/** A job the server runs on a timer, until it stops (provided by the domain areas). */
export interface BackgroundJob {
  name: string;
  /** How often it runs (default: OUTBOX_POLL_MS). */
  intervalMs?: number;
  /** One pass; the server calls it on its timer, a test after moving the clock. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** What a domain area's HTTP routes get: the same runtime, schema, authentication and rate limits as /graphql. */
export interface RouteDependencies {
  config: Config;
  runtime: Runtime;
  schema: GraphQLSchema;
  authenticate: Authenticator;
  rateLimiter: RequestRateLimiter;
  log: Logger;
}

export interface AppRoute {
  path: string;
  router: (dependencies: RouteDependencies) => express.RequestHandler;
  /** What the route needs, for /ready: its name and a check answering "ok" or why not. */
  readiness?: { name: string; check: (config: Config) => Promise<string> };
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  /** The jobs it runs, for a test to run one pass now. */
  jobs: BackgroundJob[];
  stop(): Promise<void>;
}

/**
 * Runs each job's pass every `intervalMs`, one pass at a time per job (the next is scheduled
 * when the last ends); a failing pass is logged and the job goes on. Stopping waits for the
 * passes in progress.
 */
function scheduleJobs(jobs: BackgroundJob[], defaultIntervalMs: number, log: Logger): () => Promise<void> {
  let stopped = false;
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    const intervalMs = job.intervalMs ?? defaultIntervalMs;
    const timer = { handle: null as NodeJS.Timeout | null };
    const pass = () => {
      if (stopped) return;
      const work = job.tick().catch((error: unknown) => log.error({ err: error, job: job.name }, "background job failed"));
      running.add(work);
      void work.finally(() => {
        running.delete(work);
        if (!stopped) timer.handle = setTimeout(pass, intervalMs).unref();
      });
    };
    timer.handle = setTimeout(pass, intervalMs).unref();
    return timer;
  });
  return async () => {
    stopped = true;
    for (const timer of timers) if (timer.handle) clearTimeout(timer.handle);
    await Promise.all(running);
    for (const job of jobs) await job.stop();
  };
}

/** Adds `extensions.sqlStatements` to each response: the statements the request issued. */
const queryStatsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const stats = currentQueryStats();
        if (stats && response.body.kind === "single") {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: stats.statements };
        }
      },
    };
  },
};

/** Subscriptions go over WebSocket (graphql-ws); over HTTP they get a clear answer instead of failing. */
const subscriptionsOverWebSocket: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, operationName, contextValue }) {
        // For the request's log line: the operation's name, or its first field.
        const first = operation?.selectionSet.selections[0];
        contextValue.trace.operation = operationName ?? (first?.kind === "Field" ? first.name.value : undefined);
        if (operation?.operation === "subscription") {
          throw new DomainError("BAD_REQUEST", msg`Subscriptions are served over WebSocket, with the graphql-ws protocol, on this same path (ws:// or wss://…/graphql)`, { http: { status: 400 } });
        }
      },
      // Input errors that graphql-js raised on the variables are given the input field at fault.
      async didEncounterErrors({ errors, document, contextValue }) {
        inputErrorFields(errors, document);
        addressTo(errors, contextValue.language);
        contextValue.trace.errorCodes = [...new Set(errors.map((e) => String(e.extensions.code ?? "INTERNAL_SERVER_ERROR")))];
      },
    };
  },
};

/** A GraphQL-over-HTTP error answer, on Node's own response (Express's or not). */
function sendErrors(res: ServerResponse, status: number, errors: { message: string; extensions: Record<string, unknown> }[]): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/graphql-response+json; charset=utf-8");
  res.end(JSON.stringify({ errors }));
}

/** A GraphQL-over-HTTP error body, for what fails before GraphQL runs (bad JSON, size, type). */
const httpError = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: Message) =>
  sendErrors(res, status, [{ message: message.in(languageOf(req)), extensions: { code } }]);

/** Body parser failures as GraphQL errors in JSON, never Express's HTML page or a stack. */
const jsonErrors: ErrorRequestHandler = (error: { type?: string; status?: number; message?: string }, req, res, next) => {
  if (res.headersSent) return next(error);
  bodyError(error, req, res);
};

function bodyError(error: { type?: string; status?: number }, req: IncomingMessage, res: ServerResponse): void {
  switch (error.type) {
    case "entity.parse.failed":
      return httpError(req, res, 400, "BAD_REQUEST", msg`The request body is not valid JSON`);
    case "entity.too.large":
      return httpError(req, res, 413, "PAYLOAD_TOO_LARGE", msg`The request body is too large`);
    case "encoding.unsupported":
    case "charset.unsupported":
      return httpError(req, res, 415, "UNSUPPORTED_MEDIA_TYPE", msg`The request body must be UTF-8 JSON`);
    default:
      return httpError(req, res, error.status && error.status < 500 ? error.status : 500, error.status && error.status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR", msg`The request could not be read`);
  }
};

/** A query text over the characters limit is refused before it is parsed. */
const characterLimit =
  (config: Config) =>
  (req: IncomingMessage & { body?: unknown; query?: Record<string, unknown> }, res: ServerResponse, next: (error?: unknown) => void): void => {
    const error = config.limitsEnabled ? tooManyCharacters(req.method === "GET" ? req.query?.query : (req.body as { query?: unknown } | undefined)?.query, config.limits) : null;
    if (!error) return next();
    sendErrors(res, 413, [{ message: error.message, extensions: { code: error.extensions.code, limit: error.extensions.limit } }]);
  };

/** A middleware as Connect, Express and the libraries below (pino-http, helmet, cors, body-parser) write them. */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A POST of a JSON body to /graphql exactly: what goes the direct way (see graphqlPath). */
const isGraphQLPost = (req: IncomingMessage) => req.method === "POST" && req.url === "/graphql" && /^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "");

/**
 * POST /graphql, nearly every request the API gets, served beside Express rather than through
 * it: Express gives every request and response its own prototype on the way in, and the
 * property accesses of everything after slow down; on the plan screen, Express's part came to
 * a tenth of the request (0.25 to 0.3 ms of 3 to 4 in the benchmark). The same middlewares run
 * in the same order as Express runs them for /graphql, then Apollo's integration API
 * (executeHTTPGraphQLRequest) takes the request; Express still serves everything else,
 * GET /graphql and other content types included.
 */
function graphqlPath(middlewares: Middleware[], apollo: ApolloServer<RequestContext>, context: (req: IncomingMessage) => Promise<RequestContext>, log: Logger) {
  const respond = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    const answer = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: "POST", headers, search: "", body: req.body }, context: () => context(req) });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === "complete") return void res.end(answer.body.string);
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    let next = 0;
    const step = (error?: unknown): void => {
      if (error) return res.headersSent ? void res.destroy() : bodyError(error as { type?: string; status?: number }, req, res);
      const middleware = middlewares[next++];
      if (middleware) return middleware(req, res, step);
      respond(req, res).catch((failure: unknown) => {
        log.error({ err: failure }, "unexpected error");
        if (res.headersSent) return void res.destroy();
        httpError(req, res, 500, "INTERNAL_SERVER_ERROR", msg`The request could not be read`);
      });
    };
    step();
  };
}

/** POST /graphql takes JSON only; anything else is answered 415 rather than reaching GraphQL without a body. */
const jsonPostsOnly: RequestHandler = (req, res, next) => {
  if (req.method === "POST" && !req.is("application/json")) {
    return httpError(req, res, 415, "UNSUPPORTED_MEDIA_TYPE", msg`Send GraphQL requests as application/json (POST), or as a GET query with the apollo-require-preflight header`);
  }
  next();
};


/** Headers a browser client may send (CORS): Apollo's CSRF prevention accepts the last two on GET queries. */
const CLIENT_HEADERS = ["authorization", "content-type", "accept", "x-request-id", "apollo-require-preflight", "x-apollo-operation-name"];

/**
 * The `Authorization` value of a graphql-ws connection: clients send it at the top of the
 * connection params (`authorization` or `Authorization`), or under `headers`, as GraphiQL,
 * Apollo's and urql's examples do; any letter case.
 */
export function connectionAuthorization(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const find = (record: unknown): string | undefined => {
    if (!record || typeof record !== "object") return undefined;
    for (const [key, value] of Object.entries(record)) if (key.toLowerCase() === "authorization" && typeof value === "string") return value;
    return undefined;
  };
  return find(params) ?? find(params?.headers);
}

/** Starts the HTTP server: POST (and preflighted GET) /graphql, the offline explorer on GET /graphql, GET /health. */
export async function startServer(options: ServerOptions, port = options.config.port): Promise<RunningServer> {
  const { config, db, schema } = options;
  const runtime: Runtime = { db, clock: options.clock ?? systemClock, auth: config.auth, mail: config.mail };
  const log = options.logger ?? logger();
  const rateLimiter = RequestRateLimiter.create(config.rateLimits, config.redisUrl);
  const app = express();
  app.disable("x-powered-by");
  const requestLog = httpLogger(log);
  app.use(requestLog);
  // Behind a load balancer, the client address (for login limits) is in X-Forwarded-For.
  app.set("trust proxy", config.auth.trustProxy);
  const clientAddress = (req: IncomingMessage) => proxyAddress(req, () => config.auth.trustProxy);
  const securityHeaders = helmet();
  app.use(securityHeaders);
  // Browsers may call from the listed origins only; a preflight from elsewhere gets no allowance.
  const crossOrigin = cors({ origin: (origin, done) => done(null, origin !== undefined && config.corsOrigins.includes(origin)), allowedHeaders: CLIENT_HEADERS, exposedHeaders: ["retry-after"], maxAge: 600 });
  app.use(crossOrigin);
  let graphqlPost: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => (graphqlPost && isGraphQLPost(req) ? graphqlPost(req, res) : app(req, res)));

  const limits = config.limitsEnabled ? queryLimits(config.limits) : { plugins: [], validationRules: [], parseOptions: {} };
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginLandingPageDisabled(),
    // No HTTP caching of this API's answers; the default plugin would hook every field resolution.
    ApolloServerPluginCacheControlDisabled(),
    subscriptionsOverWebSocket,
    inputLimitsPlugin as ApolloServerPlugin<RequestContext>,
    ...(limits.plugins as ApolloServerPlugin<RequestContext>[]),
  ];
  if (config.queryStats) plugins.push(queryStatsPlugin);
  const formatError = createErrorFormatter(options.logError ?? ((error) => log.error({ err: error }, "unexpected error")), { hideSuggestions: config.production });
  // Operations run compiled once seen again (core/graphql/compiled-execution.ts), through Apollo's gateway interface.
  const execution = config.compileAfter > 0 ? { gateway: compiledExecution(schema, { threshold: config.compileAfter }).gateway } : { schema };
  const apollo = new ApolloServer<RequestContext>({
    ...execution,
    plugins,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    // The process stops itself (main.ts): Apollo would re-raise the signal before the database is closed.
    stopOnTerminationSignals: false,
    introspection: config.explorer,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.explorer,
    formatError,
    logger: log,
  });
  await apollo.start();

  // Liveness: the process answers. Readiness: what it needs answers too (for a load balancer).
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    const checks = await readiness(db, rateLimiter);
    for (const route of options.routes ?? []) if (route.readiness) checks[route.readiness.name] = await route.readiness.check(config).catch((error: Error) => `failing: ${error.message}`);
    const ready = Object.values(checks).every((c) => c === "ok" || c === "not configured");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", checks });
  });
  for (const route of options.routes ?? []) app.use(route.path, route.router({ config, runtime, schema, authenticate: options.authenticate, rateLimiter, log }));
  if (config.explorer) {
    app.use("/explorer", explorerAssets());
    app.get("/graphql", (req, res, next) => {
      if (req.accepts(["application/json", "text/html"]) === "text/html") res.type("html").send(EXPLORER_HTML);
      else next();
    });
  }
  const requestContext = async (req: IncomingMessage): Promise<RequestContext> => {
    const address = clientAddress(req);
    const { user, error } = await options.authenticate(runtime, req.headers.authorization);
    const trace = traceOf(req);
    if (user) trace.userId = user.id;
    if (config.limitsEnabled) {
      await rateLimiter.consume(address, user?.id ?? null).catch((refusal: unknown) => {
        addressTo([refusal], languageOf(req));
        throw refusal;
      });
    }
    const deadline = config.limitsEnabled ? Date.now() + config.limits.timeBudgetMs : Number.POSITIVE_INFINITY;
    const context = new RequestContext(runtime, user, error, address, deadline, trace);
    context.language = languageOf(req);
    return context;
  };
  // Counting statements uses AsyncLocalStorage, which costs on every promise: only when asked.
  const countStatements: Middleware[] = config.queryStats ? [(_req, _res, next) => withQueryStats({ statements: 0 }, () => next())] : [];
  const jsonBody = express.json({ limit: "1mb" });
  app.use("/graphql", ...countStatements, jsonPostsOnly, jsonBody, characterLimit(config), expressMiddleware(apollo, { context: ({ req }) => requestContext(req) }));
  app.use(jsonErrors);
  // The same chain as Express's for /graphql, for a JSON POST (jsonPostsOnly has nothing to refuse there).
  graphqlPost = graphqlPath([requestLog, securityHeaders, crossOrigin, ...countStatements, jsonBody, characterLimit(config)], apollo, requestContext, log);

  // Listen first: a port already taken fails here, before anything else is attached.
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, () => {
      httpServer.off("error", reject);
      resolve();
    });
  });

  const formatOver = (request: IncomingMessage, errors: readonly GraphQLError[]) => {
    addressTo(errors, languageOf(request));
    return errors.map((error) => formatError(error.toJSON(), error));
  };

  // Subscriptions (graphql-ws) on the same path; the token comes in the connection's payload.
  // The same size and validation limits as over HTTP.
  const sockets = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: 1024 * 1024 });
  const subscriptions = useServer<Record<string, unknown> | undefined, { authorization?: string }>(
    {
      schema,
      validate: (subscriptionSchema, document) => validate(subscriptionSchema, document, [...specifiedRules, ...limits.validationRules]),
      // Every subscription needs a user: a connection without a valid token is refused here
      // (close code 4403) rather than accepted and failing at its first subscribe.
      onConnect: async ({ connectionParams, extra }) => {
        const authorization = connectionAuthorization(connectionParams);
        const { user } = await options.authenticate(runtime, authorization);
        if (!user) return false;
        extra.authorization = authorization;
        return true;
      },
      // Only subscriptions go over the socket: queries and mutations go over HTTP, where the
      // request rate limits, the query cost limit and the time budget apply.
      onSubscribe: (ctx, _id, payload) => {
        let operation: OperationTypeNode | undefined;
        try {
          operation = getOperationAST(parse(payload.query), payload.operationName)?.operation;
        } catch {
          return; // graphql-ws reports the syntax error itself
        }
        if (operation && operation !== OperationTypeNode.SUBSCRIPTION) {
          return [new GraphQLError(msg`Queries and mutations are sent over HTTP (POST /graphql); the WebSocket carries subscriptions only`.in(languageOf(ctx.extra.request)), { extensions: { code: "BAD_REQUEST" } })];
        }
      },
      // Errors over the socket are formatted as over HTTP: codes kept, messages worded for the
      // connection's reader, anything unexpected logged and masked.
      onError: (ctx, _id, _payload, errors) => formatOver(ctx.extra.request, errors),
      onNext: (ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatOver(ctx.extra.request, result.errors) } : undefined),
      // Authenticated again at each subscribe: a session revoked since the connection opened stops working.
      context: async ({ extra }) => {
        const { user, error } = await options.authenticate(runtime, extra.authorization);
        const context = new RequestContext(runtime, user, error);
        context.language = languageOf(extra.request);
        return context;
      },
    },
    sockets,
  );

  const jobs = options.jobs?.(runtime, config, log) ?? [];
  const stopJobs = scheduleJobs(jobs, config.mail.pollMs, log);

  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/graphql`,
    httpServer,
    jobs,
    /** Stops taking requests, ends the subscriptions, lets requests in flight finish (Apollo's drain), closes the rest. */
    stop: async () => {
      await stopJobs();
      await subscriptions.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await apollo.stop();
      await rateLimiter.close();
    },
  };
}

/** What the server needs, each "ok", "not configured", or why not. */
async function readiness(db: Database, rateLimiter: RequestRateLimiter): Promise<Record<string, string>> {
  const within = <T>(work: Promise<T>, ms = 2000) => Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
  const checks: Record<string, string> = {};
  try {
    await within(db.reader.query("SELECT 1"));
    checks.database = "ok";
    checks.migrations = (await within(db.writer.showMigrations())) ? "pending: run the migrations" : "ok";
  } catch (error) {
    checks.database = `unreachable: ${(error as Error).message}`;
    checks.migrations = "unknown";
  }
  const redis = await within(rateLimiter.redisAnswers()).catch(() => false);
  checks.redis = redis === null ? "not configured" : redis ? "ok" : "unreachable";
  return checks;
}
