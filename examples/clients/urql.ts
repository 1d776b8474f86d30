import { Client, fetchExchange, subscriptionExchange } from "@urql/core";
import { cacheExchange, type KeyingConfig } from "@urql/exchange-graphcache";
import { createClient } from "graphql-ws";
import { VALUE_TYPES } from "./cache";

/**
 * urql's normalised cache (graphcache) for this API: objects keyed by id (the default); value
 * objects embedded in their parent (`() => null`), which also keeps graphcache from warning
 * about types without a key.
 */
export const keys: KeyingConfig = Object.fromEntries(VALUE_TYPES.map((type) => [type, () => null]));

export interface ClientOptions {
  url: string;
  token: () => string | null;
  webSocketImpl?: unknown;
  fetch?: typeof fetch;
}

/**
 * urql with graphcache. `preferGetMethod: false`: urql sends queries as GET by default, and the
 * API refuses a GET without the `apollo-require-preflight` header (CSRF protection): POST
 * everything, as here, or add that header.
 */
export function createUrqlClient(options: ClientOptions): Client {
  const ws = createClient({
    url: options.url.replace(/^http/, "ws"),
    webSocketImpl: options.webSocketImpl,
    connectionParams: () => ({ authorization: `Bearer ${options.token()}` }),
  });
  return new Client({
    url: options.url,
    preferGetMethod: false,
    fetch: options.fetch,
    fetchOptions: (): RequestInit => {
      const token = options.token();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      cacheExchange({ keys }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}
