import { createPubSub } from "@graphql-yoga/subscription";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import type { PubSub } from "type-graphql";

/**
 * Live events for GraphQL subscriptions. In one process they stay in memory; with
 * REDIS_URL they go through Redis, so every server process behind a load balancer
 * delivers them to its own subscribers.
 */
let current: ReturnType<typeof createPubSub> = createPubSub();
let connections: Redis[] = [];

export function configureEventBus(redisUrl: string | null): void {
  if (!redisUrl) return;
  const publishClient = new Redis(redisUrl);
  const subscribeClient = new Redis(redisUrl);
  connections = [publishClient, subscribeClient];
  current = createPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
}

/** Closes the Redis connections, if any, and goes back to events in memory. */
export async function closeEventBus(): Promise<void> {
  await Promise.all(connections.map((c) => c.quit()));
  connections = [];
  current = createPubSub();
}

/** The bus type-graphql subscribes through and services publish to. */
export const eventBus: PubSub = {
  publish: (routingKey: string, ...args: unknown[]) => current.publish(routingKey as never, ...(args as [])),
  subscribe: (routingKey: string, dynamicId?: unknown) => current.subscribe(routingKey as never, dynamicId as never) as AsyncIterable<unknown>,
};
