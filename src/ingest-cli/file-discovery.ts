import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './fs-errors.js';

// Expands the paths given on the command line into the files to import. A file named explicitly is taken whatever its
// extension; inside folders only visible *.txt and *.md files are, recursively, in name order.

export interface Discovery {
  files: string[];
  problems: Array<{ file: string; reason: string }>;
}

const readoutExtensions = new Set(['.txt', '.md']);
const isHidden = (name: string) => name.startsWith('.');

export async function discoverFiles(paths: string[]): Promise<Discovery> {
  const found: Discovery = { files: [], problems: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    found.files.push(file);
  };
  for (const given of paths) {
    try {
      if ((await stat(given)).isDirectory()) await walk(given, add, found.problems);
      else add(given);
    } catch (error) {
      found.problems.push({ file: given, reason: describeFsError(error) });
    }
  }
  return found;
}

async function walk(folder: string, add: (file: string) => void, problems: Discovery['problems']): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: folder, reason: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const full = path.join(folder, entry.name);
    // Symbolic links are followed to files only, so a link back up the tree cannot loop.
    if (entry.isDirectory()) await walk(full, add, problems);
    else if (readoutExtensions.has(path.extname(entry.name).toLowerCase()) && (entry.isFile() || entry.isSymbolicLink())) add(full);
  }
}
