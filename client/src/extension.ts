import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CorpusStatusNotification, type CorpusStatus } from '../../server/src/protocol';
import { registerLookupClause } from './commands/lookupClause';
import { registerCorpusCommands } from './commands/corpus';
import { keepBundledCorpusReadonly } from './readonlyCorpus';
import { text } from './locale';
import { CorpusStatusItem } from './statusItem';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Policy Lens', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
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
  };
  client = new LanguageClient('policyLens', 'Policy Lens', serverOptions, clientOptions);
  const status = new CorpusStatusItem(log);
  context.subscriptions.push(log, status);
  context.subscriptions.push(
    client.onNotification(CorpusStatusNotification.method, (params: CorpusStatus) => status.update(params)),
  );
  registerLookupClause(context, () => client);
  registerCorpusCommands(context, () => client, log);
  keepBundledCorpusReadonly(context);
  try {
    await client.start();
  } catch (error) {
    // Report, don't throw: a failed server start must not break the editor.
    log.error(`语言服务器启动失败 / server failed to start: ${String(error)}`);
    status.update({ state: 'failed', documents: 0, names: 0, errors: 1, warnings: 0, message: String(error) });
    void vscode.window.showErrorMessage(
      text(
        'Policy Lens 语言服务器启动失败，详见输出面板。',
        'The Policy Lens language server failed to start: see the output panel.',
      ),
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
