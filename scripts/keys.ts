import { runKeys } from '../src/keys-cli/run-keys.js';

// npm run keys -- create <name> [--scopes read,write,admin] | list | revoke <id or name>
const code = await runKeys(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
// Exit now rather than when the loop drains: migrating leaves a 10 s timer of the WASM schema engine behind.
process.exit(code);
