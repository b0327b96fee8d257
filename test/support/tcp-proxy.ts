import net from 'node:net';

/**
 * A TCP proxy in front of a server that a test can break: `cut()` drops every connection and refuses new ones (the
 * server is gone), `freeze()` keeps connections open but passes nothing in either direction (the server hangs),
 * `loseNextCommitAnswer()` passes the next `COMMIT` to PostgreSQL and drops that connection when the answer comes back,
 * before the client gets it (the write applied, its acknowledgement lost), `holdNextCommitAnswer()` passes the next
 * `COMMIT` and holds its answer (the write applied, its acknowledgement too late: the client's deadline passes),
 * `stallNewConnections()` drops every connection
 * and accepts new ones without ever answering them (a connection attempt that times out: nothing was sent),
 * `cutWhenSent(text)` cuts (as `cut()`) as soon as the client sends a query containing `text`, before PostgreSQL gets
 * it (a write lost before it ran, the database then unreachable), `cutAfterAnswerTo(texts, nth)` passes the `nth`
 * message that holds every one of `texts` (a statement's parameters: a prepared statement's text is sent once per
 * connection) to PostgreSQL and cuts when its answer comes back, before the client gets it (a statement applied, its
 * answer lost, the database then unreachable), `terminateNextQueries(n)` answers the next `n` statements a client sends
 * (whichever connections they go out on) as PostgreSQL answers a session an administrator ended with
 * pg_terminate_backend — a FATAL error 57P01, then the connection closed — without passing them on (the database stays
 * up; other connections are served), `restore()` brings it back. Listens on 127.0.0.1 at `port`.
 */
export interface TcpProxy {
  port: number;
  cut(): void;
  freeze(): void;
  loseNextCommitAnswer(): void;
  holdNextCommitAnswer(): void;
  stallNewConnections(): void;
  cutWhenSent(text: string): void;
  cutAfterAnswerTo(texts: readonly string[], nth?: number): void;
  terminateNextQueries(count?: number): void;
  restore(): void;
  close(): Promise<void>;
}

// PostgreSQL's ErrorResponse to a session pg_terminate_backend ended (protocol 3.0: 'E', the length, then the fields
// severity, SQLSTATE and message, each NUL-terminated, and a final NUL).
const administratorTermination = (() => {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', '57P01'],
      ['M', 'terminating connection due to administrator command'],
    ].map(([code, value]) => Buffer.from(`${code}${value}\0`)),
  );
  const body = Buffer.concat([fields, Buffer.from([0])]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from('E'), length, body]);
})();

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let state: 'open' | 'cut' | 'frozen' | 'stalled' = 'open';
  const stalled = new Set<net.Socket>();
  let commitArmed = false;
  let commitHeld = false;
  const commitTag = Buffer.from('COMMIT\0');
  let cutTag: Buffer | null = null;
  let answerTags: Buffer[] | null = null;
  let answerSkips = 0;
  // The connection that sent the query whose answer is to be lost.
  let answering: net.Socket | null = null;
  const pairs = new Set<[net.Socket, net.Socket]>();
  const held: Array<() => void> = [];
  let terminations = 0;
  const server = net.createServer((client) => {
    if (state === 'cut') return void client.destroy();
    if (state === 'stalled') {
      stalled.add(client.on('error', () => client.destroy()).on('close', () => stalled.delete(client)));
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    pairs.add(pair);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        // The server's CommandComplete of a COMMIT (its tag "COMMIT"; the query may be a named prepared statement,
        // whose text is not sent again): the transaction is committed; its answer is dropped, with the connection.
        if (from === upstream && commitArmed && chunk.includes(commitTag)) {
          commitArmed = false;
          client.destroy();
          upstream.destroy();
          return;
        }
        if (from === upstream && commitHeld && chunk.includes(commitTag)) {
          commitHeld = false;
          return;
        }
        if (from === client && answerTags && answerTags.every((tag) => chunk.includes(tag))) {
          if (answerSkips > 0) answerSkips--;
          else {
            answerTags = null;
            answering = client;
          }
        }
        if (from === upstream && answering === client) {
          answering = null;
          proxy.cut();
          return;
        }
        // A statement: a simple query (Q), or the Parse or Bind of an extended one (P, B).
        if (from === client && terminations > 0 && [0x51, 0x50, 0x42].includes(chunk[0] as number)) {
          terminations--;
          client.end(administratorTermination, () => client.destroy());
          upstream.destroy();
          return;
        }
        if (from === client && cutTag && chunk.includes(cutTag)) {
          cutTag = null;
          proxy.cut();
          return;
        }
        if (state === 'frozen') held.push(() => to.write(chunk));
        else to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: TcpProxy = {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      state = 'cut';
      held.length = 0;
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      for (const client of stalled) client.destroy();
    },
    stallNewConnections() {
      proxy.cut();
      state = 'stalled';
    },
    freeze() {
      state = 'frozen';
    },
    loseNextCommitAnswer() {
      commitArmed = true;
    },
    holdNextCommitAnswer() {
      commitHeld = true;
    },
    cutWhenSent(text) {
      cutTag = Buffer.from(text);
    },
    cutAfterAnswerTo(texts, nth = 1) {
      answerTags = texts.map((text) => Buffer.from(text));
      answerSkips = nth - 1;
    },
    terminateNextQueries(count = 1) {
      terminations = count;
    },
    restore() {
      state = 'open';
      terminations = 0;
      for (const client of stalled) client.destroy();
      commitArmed = false;
      commitHeld = false;
      cutTag = null;
      answerTags = null;
      answering = null;
      for (const deliver of held.splice(0)) deliver();
    },
    async close() {
      proxy.cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
