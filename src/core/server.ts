import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { GraphQLSchema } from "graphql";
import { systemClock, type Clock } from "./clock";
import type { Config } from "./config";
import type { AuthUser } from "./auth/roles";
import { RequestContext, type Runtime } from "./context";
import type { Database } from "./database/database";
import { currentQueryStats, withQueryStats } from "./database/query-stats";
import { createErrorFormatter, type ErrorLogger } from "./errors";
import { EXPLORER_HTML, explorerAssets } from "./graphql/explorer";

/** Who sends a request, from its Authorization header (provided by the accounts area). */
export type Authenticator = (runtime: Runtime, authorization: string | undefined) => Promise<{ user: AuthUser | null; error: string | null }>;

export interface ServerOptions {
  config: Config;
  db: Database;
  schema: GraphQLSchema;
  authenticate: Authenticator;
  clock?: Clock;
  logError?: ErrorLogger;
}

export interface RunningServer {
  url: string;
  httpServer: http.Server;
  stop(): Promise<void>;
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

const defaultErrorLog: ErrorLogger = (error) => console.error("[graphql] unexpected error:", error);

/** Starts the HTTP server: POST /graphql, the offline explorer on GET /graphql, GET /health. */
export async function startServer(options: ServerOptions, port = options.config.port): Promise<RunningServer> {
  const { config, db, schema } = options;
  const runtime: Runtime = { db, clock: options.clock ?? systemClock, auth: config.auth };
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, the client address (for login limits) is in X-Forwarded-For.
  app.set("trust proxy", config.auth.trustProxy);
  const httpServer = http.createServer(app);

  const plugins: ApolloServerPlugin<RequestContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginLandingPageDisabled(),
    // No HTTP caching of this API's answers; the default plugin would hook every field resolution.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (config.queryStats) plugins.push(queryStatsPlugin);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    plugins,
    introspection: config.explorer,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.explorer,
    formatError: createErrorFormatter(options.logError ?? defaultErrorLog),
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  if (config.explorer) {
    app.use("/explorer", explorerAssets());
    app.get("/graphql", (req, res, next) => {
      if (req.accepts(["application/json", "text/html"]) === "text/html") res.type("html").send(EXPLORER_HTML);
      else next();
    });
  }
  // Counting statements uses AsyncLocalStorage, which costs on every promise: only when asked.
  if (config.queryStats) app.use("/graphql", (_req, _res, next) => withQueryStats({ statements: 0 }, () => next()));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { user, error } = await options.authenticate(runtime, req.headers.authorization);
        return new RequestContext(runtime, user, error, req.ip ?? "unknown");
      },
    }),
  );

  // Subscriptions (graphql-ws) on the same path; the token comes in the connection's payload.
  const sockets = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const subscriptions = useServer(
    {
      schema,
      context: async ({ connectionParams }: { connectionParams?: Record<string, unknown> }) => {
        const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
        const { user, error } = await options.authenticate(runtime, typeof authorization === "string" ? authorization : undefined);
        return new RequestContext(runtime, user, error);
      },
    },
    sockets,
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/graphql`,
    httpServer,
    stop: async () => {
      await subscriptions.dispose();
      await apollo.stop();
    },
  };
}
