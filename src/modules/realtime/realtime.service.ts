import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

const SESSIONS_ENDED = 'sessionsEnded';

/**
 * Live events for GraphQL subscriptions: in memory for one process, through Redis pub/sub when
 * REDIS_URL is set, so that a mutation on one API process reaches a subscriber on another.
 * Publishing never fails the change that caused it: with Redis away, live updates pause (and the
 * log says so) while everything written stays in the database for the next read.
 */
@Injectable()
export class RealtimeService implements OnModuleDestroy {
  private readonly logger = new Logger(RealtimeService.name);
  private readonly engine: PubSubEngine;
  private readonly connections: Redis[] = [];
  private redisDown = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.redisUrl) {
      this.engine = new PubSub();
      return;
    }
    const connect = (role: string) => {
      const redis = new Redis(config.redisUrl!, {
        lazyConnect: false,
        // Fail publishes fast while Redis is away instead of queueing them without bound.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
      });
      redis.on('error', (error: Error) => {
        if (!this.redisDown) {
          this.logger.warn(`Redis (${role}) unavailable, live updates paused: ${error.message}`);
          this.redisDown = true;
        }
      });
      redis.on('ready', () => {
        if (this.redisDown) this.logger.log(`Redis (${role}) is back; live updates resume`);
        this.redisDown = false;
      });
      this.connections.push(redis);
      return redis;
    };
    this.engine = new RedisPubSub({
      publisher: connect('publisher'),
      subscriber: connect('subscriber'),
    });
  }

  /** Where subscriptions listen. */
  get pubSub(): PubSubEngine {
    return this.engine;
  }

  async publish(trigger: string, payload: unknown): Promise<void> {
    try {
      await this.engine.publish(trigger, payload);
    } catch (error) {
      this.logger.warn(`Could not publish ${trigger}: ${String(error)}`);
    }
  }

  asyncIterator<T>(triggers: string | string[]): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(triggers);
  }

  /**
   * A member's events until their sessions end (a suspension): then the subscription completes,
   * on whichever process holds it, and nothing more reaches them live.
   */
  untilSessionsEnd<T>(
    memberId: string,
    source: AsyncIterableIterator<T>,
  ): AsyncIterableIterator<T> {
    const ended = this.asyncIterator<{ memberId: string }>(SESSIONS_ENDED);
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      await Promise.all([source.return?.(), ended.return?.()]);
    };
    void (async () => {
      for (let event = await ended.next(); !event.done; event = await ended.next()) {
        if (event.value.memberId === memberId) return finish();
      }
    })();
    const done = { value: undefined, done: true } as IteratorReturnResult<undefined>;
    return {
      next: () => (finished ? Promise.resolve(done) : source.next()),
      return: async () => {
        await finish();
        return done;
      },
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Ends the member's live subscriptions, after the change that ended their sessions commits. */
  endSessions(memberId: string): Promise<void> {
    return this.publish(SESSIONS_ENDED, { memberId });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(
      this.connections.map((redis) => redis.quit().catch(() => redis.disconnect())),
    );
  }
}
