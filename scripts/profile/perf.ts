import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { moduleOf, nodeCore } from './summarize.js';

// On-CPU profiles with Linux perf (PROFILE_PERF=1), for a machine that other work keeps busy: V8's sampling profiler
// counts wall time while the thread runs JavaScript, so when the process is preempted the wait is booked to whatever
// was running — on a loaded machine, mostly system calls (socket and log writes). perf's cpu-clock samples only
// time on a CPU. Servers run with --perf-prof (a jitdump that `perf inject --jit` turns into symbols valid at the time
// of each sample, however V8 moves and reuses code) and --interpreted-frames-native-stack, so JavaScript frames carry
// their function and file, and each sample goes to a module as in summarize.ts: the module of the innermost frame that
// has one, walking from the root. A function inlined into another counts for the one it was inlined into.

/** Starts sampling the process (every thread) into `file`. */
export function startPerf(pid: number, file: string): ChildProcess {
  return spawn('perf', ['record', '-q', '-k', 'mono', '-F', '1999', '-g', '-p', String(pid), '-o', file], { stdio: 'ignore' });
}

/** Stops sampling and waits until the file is written. */
export async function stopPerf(perf: ChildProcess): Promise<void> {
  if (perf.exitCode !== null) return;
  const exited = new Promise((resolve) => perf.once('exit', resolve));
  perf.kill('SIGINT');
  await exited;
}

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}

const gc = /Heap::|Scavenge|MarkCompact|Sweeper|ConcurrentMarking|GCTracer|MinorMC|Evacuat/;
// V8's JSON.stringify: JSON serialization wherever it is called from (its caller may be inlined out of the stack),
// but pino's own lines count for pino.
const stringify = /JsonStringif/;

// `JS:*name file:///…/x.js:12:3` (a jitdump symbol after perf inject; lines count from 1) or a native symbol.
function frameOf(symbol: string): Frame {
  const js = /^JS:[~^+*-]?(.*) (\S+):(\d+):\d+$/.exec(symbol.replace(/\+0x[0-9a-f]+$/, ''));
  if (js) return { functionName: js[1]!, url: js[2]!, lineNumber: Number(js[3]) - 1 };
  return {
    functionName: gc.test(symbol) ? '(garbage collector)' : stringify.test(symbol) ? 'JSON.stringify' : symbol,
    url: '',
    lineNumber: 0,
  };
}

/** Samples per module in a perf.data file of process `pid`; its other threads (GC, compiler) are one module of their own. */
export function summarizePerf(file: string, pid: number): Map<string, number> {
  spawnSync('perf', ['inject', '--jit', '-i', file, '-o', `${file}.jit`], { stdio: 'ignore' });
  const script = spawnSync('perf', ['script', '-i', `${file}.jit`, '-F', 'comm,tid,ip,sym'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const totals = new Map<string, number>();
  for (const sample of script.stdout.split('\n\n')) {
    const [header, ...lines] = sample.trim().split('\n');
    if (!header) continue;
    const frames = lines.map((line) => frameOf(line.trim().replace(/^[0-9a-f]+ /, ''))).reverse();
    let module = nodeCore;
    if (Number(header.trim().split(/\s+/)[1]) !== pid) module = 'V8 and libuv threads (GC, compiler)';
    else
      for (const frame of frames) {
        const own = frame.functionName === 'JSON.stringify' && module !== 'pino' ? 'JSON serialization' : moduleOf(frame);
        if (own === undefined) continue;
        module = own === nodeCore && (module === 'pino' || module === 'pg driver') ? module : own;
      }
    totals.set(module, (totals.get(module) ?? 0) + 1);
  }
  return totals;
}
