import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { readSettings } from '../service/settings.js';

/**
 * `corpus.paths` is a per-folder setting: in a multi-root workspace each folder's own value is read and
 * resolved against that folder. Undefined: one folder, whose window-level value is enough.
 */
export async function perFolderCorpusPaths(
  connection: Connection,
  roots: readonly string[],
): Promise<string[] | undefined> {
  if (roots.length < 2) return undefined;
  const folders: string[] = [];
  for (const root of roots) {
    const value: unknown = await connection.workspace
      .getConfiguration({ scopeUri: pathToFileURL(root).toString(), section: 'policyLens.corpus.paths' })
      .catch(() => undefined);
    const paths = readSettings({ corpus: { paths: value } }).settings.corpus.paths;
    folders.push(...paths.map((path) => (isAbsolute(path) ? path : resolve(root, path))));
  }
  return folders;
}
