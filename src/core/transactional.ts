import { RequestContext } from "./context";

/** Work every mutation does before it commits (notifying the other parties, say), registered by the areas that do it. */
type MutationHook = (ctx: RequestContext) => Promise<void>;
const hooks: MutationHook[] = [];

export function registerMutationHook(hook: MutationHook): void {
  hooks.push(hook);
}

/**
 * Runs the resolver in one database transaction: a mutation writes everything or nothing,
 * its changes on the audit trail included. A plain method decorator rather than a
 * type-graphql middleware, because PostgreSQL may ask to retry a serializable transaction,
 * and a retry runs the resolver again from the start.
 * A mutation that recorded nothing in the audit trail is a programming error: it is
 * refused, so no change ever escapes the record. Fields of the returned object are
 * resolved after the commit.
 */
export function Transactional(): MethodDecorator {
  return (_target, key, descriptor: PropertyDescriptor) => {
    const resolve = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    descriptor.value = function transactional(this: unknown, ...args: unknown[]) {
      const ctx = args.find((arg): arg is RequestContext => arg instanceof RequestContext);
      if (!ctx) throw new Error(`@Transactional ${String(key)} needs a @Ctx() argument`);
      return runMutation(ctx, String(key), () => resolve.apply(this, args));
    };
    return descriptor;
  };
}

/**
 * A mutation outside GraphQL (an upload, say), run as @Transactional runs a resolver: one
 * transaction, on the audit trail, the mutation hooks (notifications) before the commit.
 * Set `ctx.notifies` first, as @Notifies would.
 */
export function runMutation<T>(ctx: RequestContext, name: string, work: () => Promise<T>): Promise<T> {
  ctx.operation = name;
  return ctx
    .transaction(async () => {
      const result = await work();
      if (!ctx.wasAudited) throw new Error(`Mutation ${name} changed data without recording it in the audit trail`);
      for (const hook of hooks) await hook(ctx);
      return result;
    })
    .finally(() => {
      // What this mutation declared (@Notifies) is not the next one's, in the same request.
      ctx.notifies = undefined;
    });
}
