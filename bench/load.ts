import { fork, type ChildProcess } from 'node:child_process';
import type { Scenario } from './scenarios.js';

// The parent's side of the load generator: one child process for the whole run, one slice of load at a time. Both
// servers live in this process, so its CPU time during a slice is what the loaded server spent.

export interface SliceJob {
  url: string;
  scenario: Scenario;
  connections: number;
  seconds: number;
}

export interface SliceResult {
  seconds: number;
  latencies: number[];
  bytes: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface MeasuredSlice extends SliceResult {
  cpuMs: number;
}

export class LoadGenerator {
  readonly #child: ChildProcess = fork(new URL('./load.worker.ts', import.meta.url), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
  });

  run(job: SliceJob): Promise<MeasuredSlice> {
    return new Promise((resolve, reject) => {
      const cpuAtStart = process.cpuUsage();
      const timer = setTimeout(() => reject(new Error('the load generator did not answer')), (job.seconds + 30) * 1000);
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.#child.once('exit', onExit);
      this.#child.once('message', (message: SliceResult | { error: string }) => {
        clearTimeout(timer);
        this.#child.off('exit', onExit);
        if ('error' in message) return reject(new Error(`load generator: ${message.error}`));
        const cpu = process.cpuUsage(cpuAtStart);
        resolve({ ...message, cpuMs: (cpu.user + cpu.system) / 1000 });
      });
      this.#child.send(job);
    });
  }

  close(): Promise<void> {
    if (this.#child.exitCode !== null || !this.#child.connected) return Promise.resolve();
    return new Promise((resolve) => {
      this.#child.once('exit', () => resolve());
      this.#child.disconnect();
    });
  }
}
