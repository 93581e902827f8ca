import { AsyncLocalStorage } from 'node:async_hooks';
import { ApolloServer } from '@apollo/server';
import pg from 'pg';

interface Tally {
  statements: number;
}

/**
 * Counts the SQL statements each GraphQL request sends, by wrapping `pg`'s Client.prototype.query
 * in this process. Each HTTP GraphQL request runs inside its own async context (Apollo's entry
 * point is wrapped too), so statements from the app's background timers (the mail worker polls
 * every second) are not counted against a request.
 */
export class StatementCounter {
  private readonly storage = new AsyncLocalStorage<Tally>();
  private last: Tally = { statements: 0 };

  install(): void {
    const storage = this.storage;
    const begin = (tally: Tally) => (this.last = tally);
    type Method = (this: unknown, ...args: unknown[]) => unknown;

    const client = pg.Client.prototype as unknown as { query: Method };
    const query = client.query;
    client.query = function (...args) {
      const tally = storage.getStore();
      if (tally) tally.statements += 1;
      return query.apply(this, args);
    };

    const apollo = ApolloServer.prototype as unknown as { executeHTTPGraphQLRequest: Method };
    const execute = apollo.executeHTTPGraphQLRequest;
    apollo.executeHTTPGraphQLRequest = function (...args) {
      const tally = begin({ statements: 0 });
      return storage.run(tally, () => execute.apply(this, args));
    };
  }

  /** Statements of the last GraphQL request (read once its response has arrived). */
  lastRequest(): number {
    return this.last.statements;
  }
}
