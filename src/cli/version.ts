import { readFile } from 'node:fs/promises';

/** The package version, read without loading the command tree (a leaf: main and program both use it). */
export async function version(): Promise<string> {
  return (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
