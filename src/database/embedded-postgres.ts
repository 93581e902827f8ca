import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The data directory is held by another live process. */
export class DataDirectoryInUseError extends Error {
  override readonly name = 'DataDirectoryInUseError';
}

const LOCK_FILE = 'growhere.lock';
const PG_DIR = 'pg';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port so that the app talks to
 * it with the ordinary `pg` driver: the production code path, on a laptop with nothing installed.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly dataDir: string,
    readonly url: string,
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly releaseLock: () => void,
  ) {}

  static async start(options: {
    dataDir: string;
    maxConnections: number;
  }): Promise<EmbeddedPostgres> {
    const dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    const releaseLock = acquireLock(path.join(dataDir, LOCK_FILE));
    try {
      const db = await PGlite.create({
        dataDir: path.join(dataDir, PG_DIR),
        // PGlite loads only the extensions named here; migrations then create them as on a server.
        extensions: { pg_trgm, unaccent },
      });
      // pglite-socket serves one session; every pooled connection shares it, so allow as many
      // sockets as the pool may open or the extras are reset.
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections: options.maxConnections,
      });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      return new EmbeddedPostgres(dataDir, url, db, server, releaseLock);
    } catch (error) {
      releaseLock();
      throw error;
    }
  }

  /** Whether a directory already holds an embedded cluster. */
  static exists(dataDir: string): boolean {
    return fs.existsSync(path.join(dataDir, PG_DIR, 'PG_VERSION'));
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      this.releaseLock();
    }
  }
}

/**
 * An exclusive lock on the data directory: PGlite has none, and two processes writing one
 * cluster corrupt it. A lock left by a process that died is taken over.
 */
function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirectoryInUseError(
          `The data directory ${path.dirname(lockPath)} is in use by another GrowHere process ` +
            `(pid ${holder}). Stop that process first, or set GROWHERE_DATA_DIR to another directory.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirectoryInUseError(`Could not lock the data directory (${lockPath})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
