import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { systemActor } from '../modules/audit/audit.js';
import { createKeysService, scopes, type KeyView, type Scope } from '../modules/keys/keys.service.js';

export const keysUsage = `usage: npm run keys -- create <name> [--scopes read,write,admin]  (default read,write)
       npm run keys -- list
       npm run keys -- revoke <id or name>`;

export interface KeysIo {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

type Command =
  | { kind: 'create'; name: string; scopes: Scope[] }
  | { kind: 'list' }
  | { kind: 'revoke'; key: string }
  | { kind: 'usage-error'; message: string };

/** Parses `create <name> [--scopes a,b]`, `list`, `revoke <id|name>`; anything else is a usage error. */
export function parseKeysArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === 'list' && rest.length === 0) return { kind: 'list' };
  if (command === 'revoke' && rest.length === 1) return { kind: 'revoke', key: rest[0]! };
  if (command === 'create' && rest.length >= 1) {
    const [name, ...options] = rest;
    let granted: string[] = ['read', 'write'];
    for (let i = 0; i < options.length; i += 1) {
      const option = options[i]!;
      const inline = /^--scopes=(.*)$/.exec(option);
      if (inline || option === '--scopes') {
        const value = inline ? inline[1]! : options[(i += 1)];
        if (!value) return { kind: 'usage-error', message: '--scopes needs a value such as read,write' };
        granted = value.split(',').map((scope) => scope.trim());
      } else return { kind: 'usage-error', message: `unknown option ${option}` };
    }
    const unknown = granted.filter((scope) => !(scopes as readonly string[]).includes(scope));
    if (unknown.length || !granted.length)
      return { kind: 'usage-error', message: `scopes are ${scopes.join(', ')}; got ${granted.join(',')}` };
    if (!/^[\w.-]{1,100}$/.test(name!)) return { kind: 'usage-error', message: 'a name is 1–100 letters, digits, "_", "." or "-"' };
    return { kind: 'create', name: name!, scopes: granted as Scope[] };
  }
  return { kind: 'usage-error', message: command ? `cannot ${command} with these arguments` : 'a command is needed' };
}

const line = (key: KeyView) =>
  [
    key.id,
    key.name,
    key.prefix + '…',
    key.scopes.join('+'),
    key.createdAt,
    key.lastUsedAt ?? '-',
    key.revokedAt ? `revoked ${key.revokedAt}` : 'active',
  ].join('\t');

/**
 * `npm run keys`: manages API keys in the database (DATABASE_URL, or the embedded one when no server holds it).
 * Returns the exit status: 0 done, 1 refused (unknown key, taken name, no database), 2 usage error. The created key
 * is printed once, on stdout; it is stored only as a hash.
 */
export async function runKeys(argv: readonly string[], io: KeysIo): Promise<number> {
  const command = parseKeysArgs(argv);
  if (command.kind === 'usage-error') {
    io.stderr.write(`keys: ${command.message}\n${keysUsage}\n`);
    return 2;
  }
  let database;
  try {
    database = await openDatabase({ ...loadConfig(io.env), SEED_ON_START: false });
  } catch (error) {
    io.stderr.write(`keys: cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const keys = createKeysService({ prisma: database.prisma });
    const who = { ...systemActor, actor: 'cli' };
    if (command.kind === 'list') {
      const all = await keys.list();
      io.stdout.write(all.length ? `${all.map(line).join('\n')}\n` : 'No API keys in the database.\n');
    } else if (command.kind === 'create') {
      const created = await keys.create(command.name, command.scopes, who);
      io.stderr.write(`Created key "${created.name}" (${created.scopes.join('+')}), id ${created.id}. It is shown this once:\n`);
      io.stdout.write(`${created.key}\n`);
    } else {
      // The CLI needs no key: it may revoke the last admin key (the API refuses, so that someone can still manage keys).
      const revoked = await keys.revoke(command.key, who, { lastAdmin: true });
      io.stdout.write(`${line(revoked)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr.write(`keys: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
