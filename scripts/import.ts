import { runImport } from '../src/ingest-cli/run-import.js';

// npm run import -- <files or folders> [--commit] [--publisher …] [--language en] [--translation]; see --help.
const code = await runImport(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
// Exit now rather than when the loop drains: migrating leaves a 10 s timer of the WASM schema engine behind.
process.exit(code);
