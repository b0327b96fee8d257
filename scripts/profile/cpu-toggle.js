// Preloaded into a server under profile (node --import ./scripts/profile/cpu-toggle.js dist/server.js, spawned with an
// IPC channel): the message 'cpu-profile' starts the V8 CPU profiler, the next one stops it and writes the profile to $CPU_PROFILE_PATH (a
// .cpuprofile file, which Chrome DevTools opens too), so that a profile covers a measured load and not the start.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import process from 'node:process';

const target = process.env.CPU_PROFILE_PATH;
// Not a signal: the server's close-with-grace takes SIGUSR2 and the like as an order to shut down.
if (target && process.send) {
  process.channel?.unref();
  const session = new Session();
  session.connect();
  let running = false;
  let count = 0;
  process.on('message', (message) => {
    if (message !== 'cpu-profile') return;
    if (!running) {
      running = true;
      session.post('Profiler.setSamplingInterval', { interval: 200 }, () =>
        session.post('Profiler.enable', () => session.post('Profiler.start')),
      );
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      if (error) process.stderr.write(`cpu-toggle: ${error.message}\n`);
      else writeFileSync(target.replace('%n', String(count++)), JSON.stringify(result.profile));
    });
  });
}
