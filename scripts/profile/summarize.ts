import { readFileSync } from 'node:fs';

// A V8 .cpuprofile broken down by module: every sample's self time goes to the package its function comes from
// (Prisma runtime, pg driver, zod, pino, fastify, …); native functions without a source (Buffer, string and regexp
// builtins, JSON.stringify too: V8 gives it no frame of its own) go to the JavaScript that called them, and the
// garbage collector is one module. JSON serialization is the functions whose own time is JSON.stringify: the zod type
// provider's serializer (after zod's encode) and the response budget's size check. Idle time is left out, so the
// shares are of time on the CPU.

/** A node of a V8 CPU profile (`--cpu-prof`), as far as these scripts read it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** A V8 CPU profile (`--cpu-prof`): nodes, and the node sampled at each tick. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

const packageModules: Array<[RegExp, string]> = [
  [/^@prisma\/(adapter-pg|driver-adapter-utils)$/, 'Prisma pg adapter'],
  [/^@prisma\//, 'Prisma runtime'],
  [/^(pg|pg-protocol|pg-pool|pg-types|pg-connection-string|postgres-.*|pgpass|split2)$/, 'pg driver'],
  [/^(zod|fastify-type-provider-zod)$/, 'zod'],
  [
    /^(pino|pino-std-serializers|sonic-boom|fast-redact|@pinojs\/.*|quick-format-unescaped|thread-stream|atomic-sleep|fast-safe-stringify)$/,
    'pino',
  ],
  [/^(ioredis|@ioredis\/.*|redis-.*)$/, 'redis client'],
  [
    /^(fastify|@fastify\/.*|find-my-way|avvio|light-my-request|fast-json-stringify|fast-querystring|toad-cache|rfdc|fast-uri|process-warning|abstract-logging|ret|safe-regex2|close-with-grace|content-type|fast-decode-uri-component|proxy-addr|forwarded|ipaddr\.js)$/,
    'fastify',
  ],
];

export const nodeCore = 'Node core (http, sockets)';

/** The module a function belongs to, or undefined for a native function that counts for its caller. */
export function moduleOf({ functionName, url, lineNumber }: ProfileNode['callFrame']): string | undefined {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return 'V8 (unattributed)';
  if (functionName === '(idle)' || functionName === '(root)') return 'idle';
  if (!url) return undefined;
  if (url.startsWith('wasm://')) return 'Prisma runtime';
  if (url.startsWith('node:')) return nodeCore;
  // `(data) => JSON.stringify(safeEncode(schema, data).data)` in fastify-type-provider-zod 7 (dist/esm/core.js).
  if (url.endsWith('fastify-type-provider-zod/dist/esm/core.js') && lineNumber === 115) return 'JSON serialization';
  if (functionName === 'jsonBytes') return 'JSON serialization';
  const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
  const name = packages.at(-1)?.[1];
  if (name) return packageModules.find(([pattern]) => pattern.test(name))?.[1] ?? `other: ${name}`;
  if (url.includes('/generated/prisma/')) return 'Prisma runtime';
  if (url.includes('/dist/')) return 'our code';
  return 'other';
}

/** Milliseconds on the CPU per module (idle left out), largest first, and the total. */
export function summarize(profile: CpuProfile): { total: number; modules: Array<{ module: string; ms: number; share: number }> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const owner = new Map<number, string>();
  const visit = (id: number, inherited: string) => {
    const node = byId.get(id)!;
    let module = moduleOf(node.callFrame) ?? inherited;
    // Node's own code counts for the logger or the driver that called it (their writes to stdout and to PostgreSQL);
    // the rest of it is HTTP and the sockets of the server.
    if (module === nodeCore && (inherited === 'pino' || inherited === 'pg driver')) module = inherited;
    owner.set(id, module);
    for (const child of node.children ?? []) visit(child, module);
  };
  visit(profile.nodes[0]!.id, 'other');
  const samplesMs = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const totals = new Map<string, number>();
  for (const id of profile.samples) {
    const module = owner.get(id) ?? 'other';
    totals.set(module, (totals.get(module) ?? 0) + samplesMs);
  }
  totals.delete('idle');
  const total = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  const modules = [...totals].map(([module, ms]) => ({ module, ms, share: ms / total })).sort((a, b) => b.ms - a.ms);
  return { total, modules };
}

/** The breakdown of a .cpuprofile file. */
export const summarizeFile = (path: string) => summarize(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);

if (process.argv[1]?.endsWith('summarize.ts')) {
  for (const file of process.argv.slice(2)) {
    const { total, modules } = summarizeFile(file);
    process.stdout.write(`${file}: ${total.toFixed(0)} ms on CPU\n`);
    for (const { module, ms, share } of modules)
      process.stdout.write(`  ${(share * 100).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${module}\n`);
  }
}
