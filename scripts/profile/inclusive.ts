import { readFileSync } from 'node:fs';
import type { CpuProfile, ProfileNode } from './summarize.js';

// Where a request's CPU goes by function, not by module: each function's inclusive time (its own and its callees',
// a recursive call counted once) over one or more .cpuprofile files, largest first, in ms per request when the
// request count is given. What summarize.ts cannot say — which hook, which call of our code — this does:
//
//   npx tsx scripts/profile/inclusive.ts [--requests N] [--match dist/http] [--top 40] file.cpuprofile…

/** A function as one line of the report: name, file (shortened to what follows node_modules/ or dist/) and line. */
export function frameLabel({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const file = url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** Inclusive milliseconds per function label over the profile's samples (idle and program left out). */
export function inclusiveTimes(profile: CpuProfile): { total: number; byFunction: Map<string, number> } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const sampleMs = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const id of profile.samples) {
    const leaf = byId.get(id)!.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)') continue;
    total += sampleMs;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const label = frameLabel(byId.get(at)!.callFrame);
      if (seen.has(label)) continue;
      seen.add(label);
      byFunction.set(label, (byFunction.get(label) ?? 0) + sampleMs);
    }
  }
  return { total, byFunction };
}

if (process.argv[1]?.endsWith('inclusive.ts')) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index < 0 ? undefined : args.splice(index, 2)[1];
  };
  const requests = Number(option('--requests') ?? 0);
  const match = option('--match');
  const top = Number(option('--top') ?? 40);
  const totals = new Map<string, number>();
  let all = 0;
  for (const file of args) {
    const { total, byFunction } = inclusiveTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    all += total;
    for (const [label, ms] of byFunction) totals.set(label, (totals.get(label) ?? 0) + ms);
  }
  const per = (ms: number) => (requests ? `${(ms / requests).toFixed(4)} ms/req` : `${ms.toFixed(0)} ms`);
  process.stdout.write(`on CPU: ${per(all)}\n`);
  const rows = [...totals].filter(([label]) => !match || label.includes(match)).sort((a, b) => b[1] - a[1]);
  for (const [label, ms] of rows.slice(0, top))
    process.stdout.write(`${((ms / all) * 100).toFixed(1).padStart(5)} %  ${per(ms).padStart(16)}  ${label}\n`);
}
