import autocannon from 'autocannon';

// Load on one server for a while: `connections` keep-alive connections sending the scenario's paths in turn.

export interface Scenario {
  name: string;
  /** The paths to request, in turn (e.g. one meeting after another). */
  paths: string[];
  /** POST this JSON body to each path instead of a GET. */
  body?: string;
}

export interface Slice {
  requests: number;
  seconds: number;
  cpuMs: number;
  non2xx: number;
  errors: number;
  latencies: { p50: number; p99: number };
}

/** Sends the scenario's requests to `url` for `seconds`; CPU time is read from the server around the load. */
export async function loadSlice(
  url: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
  cpuMs: () => number,
): Promise<Slice> {
  let next = 0;
  const paths = scenario.paths;
  const before = cpuMs();
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: scenario.body === undefined ? 'GET' : 'POST',
        ...(scenario.body === undefined ? {} : { body: scenario.body, headers: { 'content-type': 'application/json' } }),
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
      },
    ],
  });
  const cpu = cpuMs() - before;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    cpuMs: cpu,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    latencies: { p50: result.latency.p50, p99: result.latency.p99 },
  };
}
