import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { loadCityProfile } from '../../config/city-profile.js';
import {
  cityMapper,
  introductionPath,
  peopleYouMayKnow,
  profile,
  type MapperInput,
} from './baseline-mappers.js';
import type { OperationName } from './operations.js';
import { replay, requestKey, type Recordings } from './replay.js';

/**
 * The benchmark's baseline: a bare Node HTTP handler on `pg`, in a process of its own like the
 * API. For each POST it is sent (the same bytes the API is sent), it replays the SQL statements
 * the API sent for that request, then answers with the same JSON: built by hand from the rows,
 * or (search, recommendations) the API's recorded body for those arguments.
 *
 * Started by `npm run bench` as `node baseline-server.js <recordings.json>` with DATABASE_URL,
 * PORT and DATABASE_POOL_SIZE; answers GET /ready once it listens.
 */

interface Environment {
  readonly recordingsFile: string;
  readonly databaseUrl: string;
  readonly port: number;
  readonly poolSize: number;
  readonly cityFile: string;
  readonly authSecret: string;
}

function environment(): Environment {
  const [recordingsFile] = process.argv.slice(2);
  const { DATABASE_URL, PORT, DATABASE_POOL_SIZE, GROWHERE_CITY_FILE, AUTH_SECRET } = process.env;
  if (!recordingsFile || !DATABASE_URL || !PORT || !GROWHERE_CITY_FILE || !AUTH_SECRET) {
    throw new Error(
      'Usage: DATABASE_URL=… PORT=… GROWHERE_CITY_FILE=… AUTH_SECRET=… node baseline-server.js <recordings.json>',
    );
  }
  return {
    recordingsFile,
    databaseUrl: DATABASE_URL,
    port: Number(PORT),
    poolSize: Number(DATABASE_POOL_SIZE ?? 10),
    cityFile: GROWHERE_CITY_FILE,
    authSecret: AUTH_SECRET,
  };
}

/**
 * The member a bearer token names, checked as the API checks it (HS256 with the same secret, not
 * expired), or null without one; throws on a bad token.
 */
function viewerOf(authorization: string | undefined, secret: string): string | null {
  if (!authorization) return null;
  const [header, payload, signature] = authorization.replace(/^Bearer /, '').split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature ?? '', 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Error('Invalid token');
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    sub: string;
    exp: number;
  };
  if (claims.exp * 1000 <= Date.now()) throw new Error('Expired token');
  return claims.sub;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

function main(): void {
  const env = environment();
  const recordings = JSON.parse(fs.readFileSync(env.recordingsFile, 'utf8')) as Recordings;
  const requests = new Map(Object.entries(recordings.requests));
  // The pool the API's data source opens: the same size, JIT off (src/database/database.ts).
  const pool = new pg.Pool({
    connectionString: env.databaseUrl,
    max: env.poolSize,
    options: '-c jit=off',
  });
  const mappers: Partial<Record<OperationName, (input: MapperInput) => unknown>> = {
    city: cityMapper(loadCityProfile(env.cityFile)),
    profile,
    peopleYouMayKnow,
    introductionPath,
  };

  const answer = async (authorization: string | undefined, body: string): Promise<string> => {
    const request = requests.get(requestKey(viewerOf(authorization, env.authSecret), body));
    if (!request) throw new Error('No recording for this request');
    const { variables } = JSON.parse(body) as { variables: Record<string, unknown> };
    const statements = await replay(pool, recordings.texts, request.statements);
    if (request.body !== undefined) return request.body;
    const mapper = mappers[request.operation];
    if (!mapper) throw new Error(`No mapper for ${request.operation}`);
    return JSON.stringify({
      data: mapper({ viewerId: request.viewerId, variables, statements }),
    });
  };

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/ready') {
      res.writeHead(200, JSON_HEADERS).end('{"ready":true}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      answer(req.headers.authorization, Buffer.concat(chunks).toString('utf8')).then(
        (json) => res.writeHead(200, JSON_HEADERS).end(json),
        (error: unknown) =>
          res
            .writeHead(500, JSON_HEADERS)
            .end(JSON.stringify({ errors: [{ message: String(error) }] })),
      );
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(env.port, '127.0.0.1');
  const stop = () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
