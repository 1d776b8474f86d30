import type DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { calendarDate, type Clock } from "./clock";
import type { Database } from "./database/database";
import type { AuthUser } from "./auth/roles";
import type { AuthConfig, MailConfig } from "./config";
import { DomainError, ErrorCode } from "./errors";
import type { RequestTrace } from "./logging";
import { DEFAULT_LANGUAGE, type Language } from "./i18n";
import { msg, type Message } from "./i18n/message";

/** What every request shares: the database, the clock, the authentication and email settings. */
export interface Runtime {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  /** What emails need: the sender and the links (the outbox's worker reads the rest). */
  mail: MailConfig;
}

/**
 * Everything one request needs: who asks, the per-request DataLoaders, the clock, and the
 * transaction's EntityManager while a mutation runs. Services take it as first argument.
 */
export class RequestContext {
  private tx: EntityManager | null = null;
  private readonly loaders = new Map<symbol | string, DataLoader<unknown, unknown>>();
  private readonly afterCommit: (() => void)[] = [];
  private audited = false;
  /** The contracts the current mutation changed (from the audit trail), for notifications. */
  readonly touchedContracts = new Set<number>();
  /** The mutation being run (its GraphQL field name), for the audit trail. */
  operation: string | null = null;
  /** What the mutation declared its changes to contracts tell the other parties (a notification kind; null: nothing; undefined: not declared). */
  notifies: string | null | undefined = undefined;
  /** The language of the texts for people in the answer (Accept-Language): French unless the client asks for English. */
  language: Language = DEFAULT_LANGUAGE;

  constructor(
    readonly runtime: Runtime,
    private current: AuthUser | null = null,
    /** Why a token sent with the request was not accepted (expired, revoked, unknown). */
    readonly authError: Message | null = null,
    /** The client's address, for login rate limits. */
    readonly address: string = "unknown",
    /** When the request's time budget runs out (epoch ms): a database access after it is refused with TIMEOUT. */
    readonly deadline: number = Number.POSITIVE_INFINITY,
    /** What the request did, for its log line (user, operation, error codes). */
    readonly trace: RequestTrace = {},
  ) {}

  /** Refuses more work once the time budget is spent; inside a transaction, nothing is written. */
  private withinBudget(): void {
    if (Date.now() > this.deadline) {
      throw new DomainError(ErrorCode.TIMEOUT, msg`The request ran past its time budget and was stopped (nothing it was writing was saved): ask for less, e.g. smaller pages`);
    }
  }

  /** Who sends the request (null: nobody logged in). */
  get user(): AuthUser | null {
    return this.current;
  }

  /**
   * A successful login makes the rest of its request act as the new session's user, so
   * that `login { user { agency { … } } }` reads the relations in the same answer.
   */
  signIn(user: AuthUser): void {
    this.current = user;
    this.trace.userId = user.id;
  }

  get db(): Database {
    return this.runtime.db;
  }

  get clock(): Clock {
    return this.runtime.clock;
  }

  /** The same runtime, acting as another user (a login acts as the user it authenticates). */
  as(user: AuthUser | null): RequestContext {
    const acting = new RequestContext(this.runtime, user, null, this.address, this.deadline, this.trace);
    acting.language = this.language;
    return acting;
  }

  /** Notes that the current mutation went through the audit trail (see Transactional). */
  markAudited(): void {
    this.audited = true;
  }

  get wasAudited(): boolean {
    return this.audited;
  }

  /** For reads: the open transaction's manager during a mutation, else the read connection. */
  get em(): EntityManager {
    this.withinBudget();
    return this.tx ?? this.db.reader.manager;
  }

  /** For writes: only inside `transaction()`, so no write can escape a transaction. */
  get tm(): EntityManager {
    this.withinBudget();
    if (!this.tx) throw new Error("A write was attempted outside a transaction");
    return this.tx;
  }

  get inTransaction(): boolean {
    return this.tx !== null;
  }

  /** How the person behind the request is named in histories. */
  actorName(): string {
    return this.user?.displayName ?? "system";
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
        this.audited = false;
        this.touchedContracts.clear();
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

  loaderFor<K, V>(key: symbol | string, create: () => DataLoader<K, V, unknown>): DataLoader<K, V> {
    this.withinBudget();
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}
