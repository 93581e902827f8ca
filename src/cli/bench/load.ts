import autocannon from 'autocannon';
import { summarize, type LatencySummary } from './stats.js';

/** One request as the load generator sends it: the same bytes to the API and the baseline. */
export interface LoadRequest {
  readonly body: string;
  readonly authorization?: string;
}

export interface LoadResult extends LatencySummary {
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** Connection errors and timeouts, non-2xx answers, and 200s that carry GraphQL errors. */
  readonly errors: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  readonly firstError?: string;
}

/**
 * autocannon against `url`/graphql: `connections` connections for `seconds` (or `amount`
 * requests), each request the next of `requests` in turn, so that the load is spread over every
 * member and argument. Latencies are every response's own time, so any percentile can be read.
 */
export async function runLoad(
  url: string,
  requests: readonly LoadRequest[],
  options: { connections: number; seconds?: number; amount?: number },
): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const { body, authorization } = requests[next++ % requests.length];
              return {
                ...request,
                method: 'POST',
                path: '/graphql',
                headers: {
                  'content-type': 'application/json',
                  ...(authorization ? { authorization } : {}),
                },
                body,
              };
            },
            onResponse: (status, body) => {
              // Apollo and the baseline both put errors first: {"errors":[…],…}.
              if (status === 200 && body.startsWith('{"errors"')) {
                graphqlErrors += 1;
                firstError ??= body.slice(0, 300);
              } else if (status !== 200) {
                firstError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error: unknown, done: autocannon.Result) =>
        error
          ? reject(error instanceof Error ? error : new Error('autocannon failed'))
          : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  const seconds = options.amount ? (performance.now() - started) / 1000 : result.duration;
  return {
    ...summarize(latencies),
    seconds: Math.round(seconds * 10) / 10,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    non2xx: result.non2xx,
    graphqlErrors,
    ...(firstError ? { firstError } : {}),
  };
}
