import type { TestProject } from 'vitest/node';
import { createTemplateDatabase, dropDatabase } from './db.js';

// One migrated template database per run; each test file clones it (CREATE DATABASE … TEMPLATE), so files run in
// parallel on databases of their own and nothing is left behind.
export default async function setup(project: TestProject) {
  const template = await createTemplateDatabase();
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(template);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
