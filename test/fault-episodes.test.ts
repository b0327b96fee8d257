import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { FaultEpisodes } from '../src/db/faults.js';

// How database faults are logged over time (db/faults.ts): one line when an episode starts, on the logger of the
// request that met the fault, and one when a success comes `quietMs` or more after the episode's last fault. Successes
// between faults — requests to tables that are not locked — end nothing (new-user trial 100: a lock on one table logged
// 13 "unavailable"/"recovered" pairs in 20 s). The clock is the test's, so no step depends on how fast the machine is.

type Step = [atMs: number, outcome: 'fault' | 'success'];

function run(steps: readonly Step[], quietMs = 1_000): { msg: string; requestId?: string; failedRequests?: number }[] {
  const lines: { msg: string; requestId?: string; failedRequests?: number }[] = [];
  const logger = pino(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as { msg: string });
        done();
      },
    }),
  );
  let now = 0;
  const episodes = new FaultEpisodes(quietMs, () => now);
  steps.forEach(([at, outcome], index) => {
    now = at;
    const log = logger.child({ requestId: `r${index}` });
    if (outcome === 'fault') episodes.failed(new Error('connect ECONNREFUSED'), log);
    else episodes.succeeded(log);
  });
  return lines.map(({ msg, requestId, failedRequests }) => ({
    msg,
    ...(requestId ? { requestId } : {}),
    ...(failedRequests ? { failedRequests } : {}),
  }));
}

const down = 'database unavailable: answering 503 until it recovers';
const up = 'database recovered';

describe('fault episodes', () => {
  it.each<[string, Step[], { msg: string; requestId?: string; failedRequests?: number }[]]>([
    [
      'no fault: nothing',
      [
        [0, 'success'],
        [5_000, 'success'],
      ],
      [],
    ],
    [
      "an outage, then successes: one line when it starts (the first fault's request), one at the first success a quiet time after",
      [
        [0, 'fault'],
        [100, 'fault'],
        [200, 'fault'],
        [700, 'success'],
        [1_200, 'success'],
        [1_300, 'success'],
      ],
      [
        { msg: down, requestId: 'r0' },
        { msg: up, requestId: 'r4', failedRequests: 3 },
      ],
    ],
    [
      'one table locked: successes between the faults end nothing',
      [
        [0, 'fault'],
        [50, 'success'],
        [400, 'fault'],
        [450, 'success'],
        [900, 'fault'],
        [950, 'success'],
        [1_800, 'fault'],
        [1_850, 'success'],
        [3_000, 'success'],
      ],
      [
        { msg: down, requestId: 'r0' },
        { msg: up, requestId: 'r8', failedRequests: 4 },
      ],
    ],
    [
      'two outages apart: two episodes',
      [
        [0, 'fault'],
        [2_000, 'success'],
        [10_000, 'fault'],
        [10_100, 'fault'],
        [12_000, 'success'],
      ],
      [
        { msg: down, requestId: 'r0' },
        { msg: up, requestId: 'r1', failedRequests: 1 },
        { msg: down, requestId: 'r2' },
        { msg: up, requestId: 'r4', failedRequests: 2 },
      ],
    ],
    [
      'a success exactly the quiet time after the last fault ends it',
      [
        [0, 'fault'],
        [1_000, 'success'],
      ],
      [
        { msg: down, requestId: 'r0' },
        { msg: up, requestId: 'r1', failedRequests: 1 },
      ],
    ],
    [
      'faults with no success after them: the episode stays open',
      [
        [0, 'fault'],
        [5_000, 'fault'],
        [9_000, 'fault'],
      ],
      [{ msg: down, requestId: 'r0' }],
    ],
  ])('%s', (_label, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  it('is in an episode from its first fault until it is logged as recovered', () => {
    let now = 0;
    const episodes = new FaultEpisodes(1_000, () => now);
    const log = pino({ enabled: false });
    expect(episodes.inEpisode).toBe(false);
    episodes.failed(new Error('x'), log);
    now = 500;
    episodes.succeeded(log);
    expect(episodes.inEpisode).toBe(true);
    now = 1_500;
    episodes.succeeded(log);
    expect(episodes.inEpisode).toBe(false);
  });
});
