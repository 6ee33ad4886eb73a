/** Paths of the data beside the repository (../shared), read in place and never copied into the repo. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedPath(...parts: string[]): string {
  return resolve(REPO_ROOT, '../shared', ...parts);
}

export function repoPath(...parts: string[]): string {
  return resolve(REPO_ROOT, ...parts);
}
