import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver/node';

/**
 * The workspace folders of `initialize` that are on this file system (not vscode-vfs:, not file://host):
 * only they can hold drafts and corpus paths. Without folders, the root URI.
 */
export function localWorkspaceRoots(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri'>): string[] {
  const localPath = (uri: string): string[] => {
    try {
      return uri.startsWith('file:') ? [fileURLToPath(uri)] : [];
    } catch {
      return [];
    }
  };
  const roots = (params.workspaceFolders ?? []).flatMap((folder) => localPath(folder.uri));
  return roots.length === 0 && params.rootUri ? localPath(params.rootUri) : roots;
}
