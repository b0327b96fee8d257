import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock.js';

// PostgreSQL compiled to WASM, in this process, served on a loopback port so that pg, Prisma's adapter and the
// schema engine connect to it as to any server. PGlite has one session: the pool in front of it has one connection.

export interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the embedded database in `dataDir` for this process alone: a second process on the same directory gets a
 * DataDirInUseError instead of a database whose writes one of them would silently lose (data-dir-lock.ts).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    const [host, port] = server.getServerConn().split(':');
    return {
      url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
      async close() {
        await server.stop();
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
