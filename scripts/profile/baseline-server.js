// The bench's baseline (bench/baseline.ts, as bench/compile.ts transpiles it to node_modules/.cache/dm-bench/) run as
// a build of its own for scripts/profile/run.ts (PROFILE_BUILDS=…,pg=baseline): it listens on PORT over DATABASE_URL
// and answers GET /health/live, as the harness expects of a server. Search is not among the harness's scenarios.
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..', '..');
const load = (file) => import(pathToFileURL(path.join(root, file)).href);
const { startBaseline } = await load('node_modules/.cache/dm-bench/baseline.js');
const { sessionOptions } = await load('dist/db/session.js');

// startBaseline listens on a port of its choosing and knows no health route: both as the harness needs them.
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (_port, host, callback) {
  return listen.call(this, Number(process.env.PORT), host, callback);
};
const createServer = http.createServer;
http.createServer = (handler) =>
  createServer((request, response) => (request.url === '/health/live' ? response.end('ok') : handler(request, response)));

const server = await startBaseline({
  databaseUrl: process.env.DATABASE_URL,
  poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  sessionOptions,
  search: { sql: 'SELECT 1', parameters: [] },
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
