import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CorpusStatusNotification,
  WorkspaceTrustedNotification,
  type InitializationOptions,
} from '../../server/src/protocol';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerLookupClause } from './commands/lookupClause';
import { registerCorpusCommands } from './commands/corpus';
import { keepBundledCorpusReadonly } from './readonlyCorpus';
import { RestartPolicy } from './restartPolicy';
import { CorpusStatusItem } from './statusItem';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Policy Lens', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server's compiled code is kept in the extension's storage too (unless the environment names a
  // folder or `off`): every start after the first skips most of compiling it.
  const env = {
    ...process.env,
    POLICY_LENS_CODE_CACHE:
      process.env.POLICY_LENS_CODE_CACHE ?? vscode.Uri.joinPath(context.globalStorageUri, 'code').fsPath,
  };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { env, execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'policyLens' },
    outputChannel: log,
    traceOutputChannel: log,
    // A crashed server is started again a few times (the open documents are sent to it again), then not.
    errorHandler: new RestartPolicy(log, async () => client?.start()),
    // Restricted Mode: the server then reads the bundled corpus only, not the folders the workspace names.
    // The corpus index is kept in the extension's storage: the next start restores it instead of indexing.
    initializationOptions: {
      workspaceTrusted: vscode.workspace.isTrusted,
      indexCacheFolder: vscode.Uri.joinPath(context.globalStorageUri, 'index').fsPath,
    } satisfies InitializationOptions,
  };
  client = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
  const status = new CorpusStatusItem(log);
  context.subscriptions.push(log, status);
  context.subscriptions.push(
    client.onNotification(CorpusStatusNotification.type, (params) => status.update(params)),
    vscode.workspace.onDidGrantWorkspaceTrust(
      () => void client?.sendNotification(WorkspaceTrustedNotification.type, {}),
    ),
  );
  registerCheckWorkspace(context, () => client);
  registerLookupClause(context, () => client);
  registerCorpusCommands(context, () => client, log);
  keepBundledCorpusReadonly(context);
  try {
    await client.start();
  } catch (error) {
    // Report, don't throw: a failed server start must not break the editor.
    log.error(vscode.l10n.t('The language server failed to start: {0}', String(error)));
    status.update({ state: 'failed', documents: 0, names: 0, errors: 1, warnings: 0, message: String(error) });
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The Policy Lens language server failed to start. See the output panel.'),
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
