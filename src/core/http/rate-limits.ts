import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimits } from "../config";
import { DomainError, ErrorCode } from "../errors";
import { msg } from "../i18n/message";

/**
 * Requests per account and per client address over a window (rate-limiter-flexible). With
 * REDIS_URL the counts live in Redis, so every server process shares them; otherwise in
 * the process's memory.
 */
export class RequestRateLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  private constructor(
    limits: RateLimits,
    private readonly redis: Redis | null,
  ) {
    const options = (keyPrefix: string, points: number) => ({ keyPrefix, points, duration: limits.windowSeconds });
    // While Redis is unreachable, each process counts in memory (readiness reports Redis as down).
    const limiter = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, useRedisPackage: false, insuranceLimiter: new RateLimiterMemory(options(keyPrefix, points)), ...options(keyPrefix, points) })
        : new RateLimiterMemory(options(keyPrefix, points));
    this.perAccount = limiter("cpom:rate:account", limits.perAccount);
    this.perAddress = limiter("cpom:rate:address", limits.perAddress);
  }

  static create(limits: RateLimits, redisUrl: string | null): RequestRateLimiter {
    const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    // A connection error is reported by readiness and retried by ioredis; it must not crash the process.
    redis?.on("error", () => undefined);
    return new RequestRateLimiter(limits, redis);
  }

  /**
   * Counts one request of this address (and account, when there is a session); refuses it
   * with RATE_LIMITED (HTTP 429 and Retry-After) once a limit is reached.
   */
  async consume(address: string, userId: number | null): Promise<void> {
    try {
      await this.perAddress.consume(address);
      if (userId !== null) await this.perAccount.consume(String(userId));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError(ErrorCode.RATE_LIMITED, msg`Too many requests: try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
        http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
      });
    }
  }

  /** Whether Redis answers (null: no Redis configured). */
  async redisAnswers(): Promise<boolean | null> {
    if (!this.redis) return null;
    try {
      return (await this.redis.ping()) === "PONG";
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
