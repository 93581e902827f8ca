import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { ApolloServer } from '@apollo/server';
import pg from 'pg';

// pg's own conversion of a parameter to what it sends (Date, array, JSON…); not in its types.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => string | Buffer | null;
};

/** One SQL statement a request sent, as `pg` sent it. */
export interface RecordedStatement {
  readonly text: string;
  /** The parameters as they went over the wire (pg's prepareValue); bytea is not expected. */
  readonly values: (string | null)[];
  /** Which of the request's connections it went through (0, 1, …, in order of first use). */
  readonly connection: number;
  /** The statements of the same request that had completed when this one was sent. */
  readonly after: number[];
}

interface Recording {
  readonly statements: RecordedStatement[];
  readonly connections: Map<unknown, number>;
  readonly done: Set<number>;
}

/**
 * Records the SQL statements each GraphQL request sends (text, parameters, connection and which
 * earlier statements it waited for) by wrapping `pg`'s Client.prototype.query in this process,
 * the way StatementCounter counts them; the benchmark's baseline replays them. Only for the
 * benchmark's own in-process app: the API under measurement runs in another process, untouched.
 */
export class StatementRecorder {
  private readonly storage = new AsyncLocalStorage<Recording>();
  private last: Recording | undefined;

  install(): void {
    const storage = this.storage;
    const begin = (recording: Recording) => (this.last = recording);
    type Method = (this: unknown, ...args: unknown[]) => unknown;

    const client = pg.Client.prototype as unknown as { query: Method };
    const query = client.query;
    client.query = function (...args) {
      const recording = storage.getStore();
      const result = query.apply(this, args);
      if (!recording) return result;
      const [first, second] = args;
      const text = typeof first === 'string' ? first : (first as { text?: string }).text;
      const values = typeof first === 'string' ? second : (first as { values?: unknown[] }).values;
      if (typeof text !== 'string' || !(result instanceof Promise)) {
        throw new Error('StatementRecorder: only promise queries with a text are recorded');
      }
      const index = recording.statements.length;
      if (!recording.connections.has(this)) {
        recording.connections.set(this, recording.connections.size);
      }
      recording.statements.push({
        text,
        values: ((values as unknown[] | undefined) ?? []).map((value) => {
          const prepared = prepareValue(value);
          if (Buffer.isBuffer(prepared)) throw new Error('StatementRecorder: bytea parameter');
          return prepared;
        }),
        connection: recording.connections.get(this)!,
        after: [...recording.done].sort((a, b) => a - b),
      });
      const settle = () => recording.done.add(index);
      result.then(settle, settle);
      return result;
    };

    const apollo = ApolloServer.prototype as unknown as { executeHTTPGraphQLRequest: Method };
    const execute = apollo.executeHTTPGraphQLRequest;
    apollo.executeHTTPGraphQLRequest = function (...args) {
      const recording = begin({ statements: [], connections: new Map(), done: new Set() });
      return storage.run(recording, () => execute.apply(this, args));
    };
  }

  /** The statements of the last GraphQL request (read once its response has arrived). */
  lastRequest(): RecordedStatement[] {
    return this.last?.statements ?? [];
  }
}
