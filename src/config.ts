import { z } from 'zod';
import { defaultHeapLimitMb, heapLimitProblem } from './heap-limit.js';
import type { EnvironmentKeys } from './http/auth.js';
import { hashKey, type Scope } from './modules/keys/keys.service.js';

// The only reader of the environment. Everything else receives a Config.

// Every duration in milliseconds ends up in a timer (setTimeout) or a PostgreSQL setting (statement_timeout …), whose
// largest value is 2^31 - 1 ms (about 24.8 days): a larger one is refused here, naming the variable, rather than
// failing every connection or firing at once.
export const maxTimerMs = 2_147_483_647;

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// connection URL' })
      .optional()
      .describe('PostgreSQL server to use; without it an embedded PostgreSQL (PGlite) is started.'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((value) =>
        value
          ? value
              .split(',')
              .map((url) => url.trim())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/, error: 'must be postgresql:// connection URLs, comma-separated' })).max(16))
      .describe('Streaming standbys (hot standbys of DATABASE_URL) that reads go to; each gets a pool of DATABASE_POOL_SIZE.'),
    REPLICA_MAX_LAG_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(maxTimerMs)
      .default(5_000)
      .describe('A standby whose replay lags the primary by more than this is not read from until it catches up.'),
    REPLICA_CHECK_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(60_000)
      .default(1_000)
      .describe('How often each standby is checked (reachable, in recovery, replay position); each check waits at most 1 s.'),
    DB_CONNECT_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(maxTimerMs)
      .default(2_000)
      .describe('Longest wait to open a database connection or get one from the pool, before answering 503.'),
    DB_STATEMENT_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(maxTimerMs)
      .default(5_000)
      .describe('Longest a statement may run (PostgreSQL statement_timeout; also enforced on our side, plus 1 s).'),
    DB_LOCK_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(10)
      .max(maxTimerMs)
      .default(2_000)
      .describe('Longest wait for a row lock (lock_timeout).'),
    DB_TRANSACTION_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(maxTimerMs)
      .default(8_000)
      .describe('Longest a write transaction may take.'),
    REQUEST_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(maxTimerMs)
      .default(30_000)
      .describe('Longest a client may take to send a whole request, headers and body (then 408 and the connection closes).'),
    HEADERS_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(maxTimerMs)
      .default(10_000)
      .describe('Longest a client may take to send the headers.'),
    KEEP_ALIVE_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(maxTimerMs)
      .default(5_000)
      .describe('How long an idle keep-alive connection stays open.'),
    CHANGE_STREAM_HEARTBEAT_MS: z.coerce
      .number()
      .int()
      .min(50)
      .max(300_000)
      .default(15_000)
      .describe('How often GET /v1/changes/stream sends a heartbeat comment (and reads the feed, should a notification be lost).'),
    RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(2).describe('Retry-After sent with a 503.'),
    DATA_DIR: z.string().min(1).default('.data').describe('Where the embedded PostgreSQL keeps its files.'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    BULK_MAX_LINES: z.coerce
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .default(10_000)
      .describe('Most lines of one POST /v1/meetings as application/x-ndjson; processing stops at the first line past them.'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(maxTimerMs).default(10_000),
    // Applied by whatever starts node (`npm start`, the Docker image: src/heap-limit.ts); checked here so that a value
    // node took with a warning only ("-5": V8's own limit) stops the server like any other bad variable.
    HEAP_LIMIT_MB: z
      .string()
      .superRefine((value, context) => {
        const problem = heapLimitProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .default(String(defaultHeapLimitMb)),
    TRUST_PROXY: booleanFlag.default(false),
    API_KEYS: z
      .string()
      .regex(
        /^[\w.-]+:[^\s,:]{16,}(?::(?:read|write|admin)(?:\+(?:read|write|admin))*)?(,[\w.-]+:[^\s,:]{16,}(?::(?:read|write|admin)(?:\+(?:read|write|admin))*)?)*$/,
        {
          error: 'must be name:key[:scope+scope] entries, comma-separated, keys of 16+ characters, scopes read, write, admin',
        },
      )
      .optional()
      .transform((value): EnvironmentKeys => {
        const entries = (value ? value.split(',') : []).map((entry) => {
          const [name, key, granted] = entry.split(':') as [string, string, string | undefined];
          const keyScopes = (granted ? granted.split('+') : ['read', 'write', 'admin']) as Scope[];
          return [hashKey(key), { name, scopes: keyScopes }] as const;
        });
        return new Map(entries);
      })
      .describe('Keys added at startup, name:key[:scopes] (all scopes when none are given); the name is the audit actor.'),
    REQUIRE_KEY_FOR_READS: booleanFlag.default(false).describe('Reads need a key with the read scope too.'),
    REDIS_URL: z
      .url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' })
      .optional()
      .describe('Redis for the rate-limit counters, shared by every instance; without it they are per process.'),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[\w:.-]{1,50}$/, { error: 'must be 1–50 letters, digits, ":", "_", "." or "-"' })
      .default('dm-api:')
      .describe('Prefix of the keys this API writes in Redis, so that deployments can share one Redis.'),
    RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600).describe('Requests per window per API key (or per address without one).'),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1_000).max(maxTimerMs).default(60_000),
    AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(20).describe('Failed authentications per window per address.'),
    LOAD_SHED_EVENT_LOOP_DELAY_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(maxTimerMs)
      .default(1_000)
      .describe('Answer 503 while the event loop lags more than this (0: never).'),
    EXPORT_MAX_CONCURRENT: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(8)
      .describe(
        'Exports (CSV, NDJSON) streaming at once from this process; one more is answered 503 with Retry-After. Each holds a connection of its own (the pools keep this many beyond DATABASE_POOL_SIZE).',
      ),
    EXPORT_SNAPSHOT_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .max(maxTimerMs)
      .default(600_000)
      .describe('Longest an export may stream from its snapshot (one read-only transaction); it is cut off then.'),
    RESPONSE_BUDGET_BYTES: z.coerce
      .number()
      .int()
      .min(16_384)
      .default(4 * 1024 * 1024)
      .describe('A page stops adding items before its body passes this many bytes; the cursor continues from there.'),
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        value
          ? value
              .split(',')
              .map((origin) => origin.trim())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(z.union([z.literal('*'), z.url({ error: 'must be origins such as https://dashboard.example.org, or *' })])))
      .describe('Browser origins allowed to call the API (comma-separated, or *); none by default.'),
    MIGRATE_ON_START: booleanFlag.default(true),
    SEED_ON_START: booleanFlag.default(true),
  })
  .refine((config) => !config.DATABASE_REPLICA_URLS.length || config.DATABASE_URL, {
    path: ['DATABASE_REPLICA_URLS'],
    error: 'needs DATABASE_URL (the primary they replicate); the embedded database has no standbys',
  });

export type Config = z.infer<typeof configSchema>;

// Their values may hold passwords and keys: an error names them but never repeats them.
const secretVariables = new Set(['DATABASE_URL', 'DATABASE_REPLICA_URLS', 'API_KEYS', 'REDIS_URL']);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; on failure throws one ConfigError naming each offending variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    // A list's entry (DATABASE_REPLICA_URLS.1) is secret when its variable is.
    const root = String(issue.path[0] ?? '');
    const shown = root in present && !secretVariables.has(root) ? ` (got ${JSON.stringify(present[root])})` : '';
    return `${variable}: ${issue.message}${shown}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
