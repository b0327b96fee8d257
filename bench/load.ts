import { fork, type ChildProcess } from 'node:child_process';

// The parent's side of the load generator: one child process for the whole run, one slice of load at a time.

export interface SliceJob {
  url: string;
  method: 'GET' | 'POST';
  /** Cycled through by each connection. */
  paths: string[];
  body?: string | undefined;
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

export class LoadGenerator {
  readonly #child: ChildProcess = fork(new URL('./load.worker.ts', import.meta.url), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
  });

  run(job: SliceJob): Promise<SliceResult> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the load generator did not answer')), (job.seconds + 30) * 1000);
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.#child.once('exit', onExit);
      this.#child.once('message', (message: SliceResult | { error: string }) => {
        clearTimeout(timer);
        this.#child.off('exit', onExit);
        if ('error' in message) return reject(new Error(`load generator: ${message.error}`));
        resolve(message);
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
