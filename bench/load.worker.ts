import autocannon from 'autocannon';
import type { SliceJob, SliceResult } from './load.js';

// The load generator, in a child process of its own so that it does not compete with the servers for their event
// loop. Takes one job at a time from the parent and answers with every response's latency.

async function fire(job: SliceJob): Promise<SliceResult> {
  const headers: Record<string, string> = job.body ? { 'content-type': 'application/json' } : {};
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url: job.url,
      connections: job.connections,
      duration: job.seconds,
      timeout: 10,
      requests: job.paths.map((path) => ({ method: job.method, path, headers, ...(job.body ? { body: job.body } : {}) })),
    };
    const instance = autocannon(options, (error: Error | null, done: autocannon.Result) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    seconds: result.duration,
    latencies,
    bytes: result.throughput.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

process.on('message', (job: SliceJob) => {
  fire(job).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
