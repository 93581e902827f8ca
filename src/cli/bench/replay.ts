import type pg from 'pg';
import type { OperationName } from './operations.js';
import type { RecordedStatement } from './statement-recorder.js';

/** What the benchmark hands the baseline server: per request, the API's statements. */
export interface Recordings {
  /** Statement texts, each once (the requests refer to them by index). */
  readonly texts: string[];
  /** By request key (requestKey): what the API sent for it. */
  readonly requests: Record<string, RecordedRequest>;
}

export interface RecordedRequest {
  readonly operation: OperationName;
  /** The signed-in member, or null. */
  readonly viewerId: string | null;
  /** [text index, parameters, connection, statements completed before it was sent]. */
  readonly statements: [number, (string | null)[], number, number[]][];
  /** For replayed operations: the API's response body for these arguments. */
  readonly body?: string;
}

/** A request is known by who sends it (the member id, or '' signed out) and its exact body. */
export function requestKey(viewerId: string | null, body: string): string {
  return `${viewerId ?? ''}\n${body}`;
}

export function packStatements(
  statements: readonly RecordedStatement[],
  texts: string[],
  textIndex: Map<string, number>,
): RecordedRequest['statements'] {
  return statements.map((statement) => {
    let index = textIndex.get(statement.text);
    if (index === undefined) {
      index = texts.length;
      texts.push(statement.text);
      textIndex.set(statement.text, index);
    }
    return [index, statement.values, statement.connection, statement.after];
  });
}

export type Row = Record<string, unknown>;

export interface ReplayedStatement {
  readonly text: string;
  readonly values: readonly (string | null)[];
  readonly rows: Row[];
}

const TRANSACTION = /^\s*(START TRANSACTION|BEGIN)\b/i;

/**
 * Sends a request's statements as the API sent them: in the same order, each once the
 * statements it waited for have completed (so those the API ran side by side run side by side),
 * and those of one transaction on one connection; the others through the pool, as TypeORM does.
 */
export async function replay(
  pool: pg.Pool,
  texts: readonly string[],
  statements: RecordedRequest['statements'],
): Promise<ReplayedStatement[]> {
  const pinned = new Map<number, { client?: Promise<pg.PoolClient>; last: number }>();
  statements.forEach(([text, , connection], index) => {
    const transaction = pinned.get(connection);
    if (transaction) transaction.last = index;
    else if (TRANSACTION.test(texts[text])) {
      pinned.set(connection, { last: index });
    }
  });
  const done: Promise<ReplayedStatement>[] = [];
  statements.forEach(([text, values, connection, after], index) => {
    done.push(
      Promise.all(after.map((earlier) => done[earlier])).then(async () => {
        const transaction = pinned.get(connection);
        if (!transaction) {
          const result = await pool.query<Row>(texts[text], values);
          return { text: texts[text], values, rows: result.rows };
        }
        transaction.client ??= pool.connect();
        const client = await transaction.client;
        let result;
        try {
          result = await client.query<Row>(texts[text], values);
        } catch (error) {
          // The statements after it wait for it, so none will use this connection again.
          client.release(true);
          throw error;
        }
        if (index === transaction.last) client.release();
        return { text: texts[text], values, rows: result.rows };
      }),
    );
  });
  return Promise.all(done);
}
