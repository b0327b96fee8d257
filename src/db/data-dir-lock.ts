import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** The embedded database's data directory is already open in another process. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the data directory for this process: PGlite keeps the database in memory and writes it out on close, so two
 * processes on one directory would each overwrite the other's writes. A lock file holds the owner's pid; a lock left by
 * a process that no longer runs is taken over. Throws DataDirInUseError naming the owner when it is alive.
 * Returns the release function.
 */
// Directories this process holds (a second open from the same process is refused too).
const held = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.resolve(dataDir, 'dm-api.lock');
  if (held.has(file)) throw new DataDirInUseError(`The embedded database in ${dataDir} is already open in this process; close it first.`);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      held.add(file);
      return async () => {
        held.delete(file);
        const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
        if (owner === process.pid) await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      // A lock naming this process that it does not hold is left from an earlier run that happened to have our pid.
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${owner} (a running "npm start"?). ` +
            'Stop it first, or set DATABASE_URL to a PostgreSQL server that several processes can share.',
        );
      await rm(file, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not take ${file}; another process keeps creating it.`);
}
