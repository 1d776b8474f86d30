import type DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { calendarDate, type Clock } from "./clock";
import type { Database } from "./database/database";
import type { AuthUser } from "./auth-user";

/**
 * Everything one request needs: who asks, the per-request DataLoaders, the clock, and the
 * transaction's EntityManager while a mutation runs. Services take it as first argument.
 */
export class RequestContext {
  private tx: EntityManager | null = null;
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();
  private readonly afterCommit: (() => void)[] = [];

  constructor(
    readonly db: Database,
    readonly clock: Clock,
    readonly user: AuthUser | null = null,
  ) {}

  /** For reads: the open transaction's manager during a mutation, else the read connection. */
  get em(): EntityManager {
    return this.tx ?? this.db.reader.manager;
  }

  /** For writes: only inside `transaction()`, so no write can escape a transaction. */
  get tm(): EntityManager {
    if (!this.tx) throw new Error("A write was attempted outside a transaction");
    return this.tx;
  }

  get inTransaction(): boolean {
    return this.tx !== null;
  }

  /** How the person behind the request is named in histories. */
  actorName(): string {
    return this.user?.displayName ?? "anonymous";
  }

  now(): Date {
    return this.clock.now();
  }

  /** Today's date ('YYYY-MM-DD', Paris time). */
  today(): string {
    return calendarDate(this.clock.now());
  }

  /**
   * Runs `work` in one transaction (joining the current one if any). Loaders are cleared
   * when it ends, so what is read afterwards reflects the committed writes.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.tx) return work();
    try {
      const result = await this.db.transaction(async (em) => {
        this.tx = em;
        this.afterCommit.length = 0;
        try {
          return await work();
        } finally {
          this.tx = null;
        }
      });
      for (const hook of this.afterCommit.splice(0)) hook();
      return result;
    } finally {
      this.afterCommit.length = 0;
      this.loaders.clear();
    }
  }

  /** Schedules a side effect (a notification, say) for after a successful commit. */
  onCommit(hook: () => void): void {
    if (!this.tx) hook();
    else this.afterCommit.push(hook);
  }

  loaderFor<K, V>(key: symbol, create: () => DataLoader<K, V, unknown>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}
