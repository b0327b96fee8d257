import { z } from 'zod';

// The benchmark's knobs, all from the environment. The API under test gets its own configuration, not these.

const seconds = z.coerce.number().positive().max(600);

const optionsSchema = z.object({
  BENCH_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgresql://postgres@127.0.0.1:5432/postgres'),
  BENCH_DURATION: seconds.default(10),
  BENCH_WARMUP: z.coerce.number().min(0).max(60).default(2),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(20).default(4),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(10),
  BENCH_SEARCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(4),
  BENCH_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  BENCH_MEETINGS: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  BENCH_PARTICIPANTS: z.coerce.number().int().min(2).max(50).default(5),
  BENCH_STATEMENTS: z.coerce.number().int().min(1).max(200).default(10),
  BENCH_DEEP_PAGE: z.coerce.number().int().min(2).max(10_000).default(100),
  BENCH_JSON: z.string().optional(),
  BENCH_SCENARIOS: z.string().optional(),
  BENCH_SHOW_SQL: z.enum(['1', '0', 'true', 'false']).default('0'),
});

export interface BenchOptions {
  serverUrl: string;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  searchConnections: number;
  poolSize: number;
  meetings: number;
  participants: number;
  statements: number;
  deepPage: number;
  jsonPath: string | undefined;
  only: string[] | undefined;
  showSql: boolean;
}

export function loadOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = optionsSchema.parse(present);
  return {
    serverUrl: parsed.BENCH_DATABASE_URL,
    durationSeconds: parsed.BENCH_DURATION,
    warmupSeconds: parsed.BENCH_WARMUP,
    rounds: parsed.BENCH_ROUNDS,
    connections: parsed.BENCH_CONNECTIONS,
    searchConnections: parsed.BENCH_SEARCH_CONNECTIONS,
    poolSize: parsed.BENCH_POOL_SIZE,
    meetings: parsed.BENCH_MEETINGS,
    participants: parsed.BENCH_PARTICIPANTS,
    statements: parsed.BENCH_STATEMENTS,
    deepPage: parsed.BENCH_DEEP_PAGE,
    jsonPath: parsed.BENCH_JSON,
    only: parsed.BENCH_SCENARIOS?.split(',').map((name) => name.trim()),
    showSql: parsed.BENCH_SHOW_SQL === '1' || parsed.BENCH_SHOW_SQL === 'true',
  };
}
