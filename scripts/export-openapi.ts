import { writeFile } from 'node:fs/promises';
import { openApiYaml } from '../src/openapi/document.js';

// npm run openapi: writes openapi.yaml from the app's own route schemas (the same zod schemas that validate).
await writeFile(new URL('../openapi.yaml', import.meta.url), await openApiYaml());
console.log('wrote openapi.yaml');
