// A small LSP client for server tests and the benchmark: spawns the BUILT dist/server.js and speaks
// JSON-RPC over its stdio, as any editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export const REPO = join(__dirname, '..', '..');
export const SERVER = join(REPO, 'dist', 'server.js');

export interface ServerSession {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly diagnostics: Map<string, unknown[]>;
  readonly notifications: Array<{ method: string; params: unknown }>;
  readonly stderr: string[];
  /** What the server answered to `initialize` (its capabilities and serverInfo). */
  readonly initializeResult: unknown;
  /** Resolves when the server says the corpus is indexed. */
  readonly ready: Promise<{ state: string; documents: number }>;
  open(uri: string, text: string, version?: number): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly settings?: Record<string, unknown>;
  readonly rootPath?: string;
  readonly locale?: string;
  /** Merged into the default client capabilities (e.g. textDocument.diagnostic for a pulling client). */
  readonly capabilities?: { readonly textDocument?: object; readonly workspace?: object };
  readonly initializationOptions?: unknown;
  /**
   * Where the server keeps built indexes. Default: none (POLICY_LENS_INDEX_CACHE=off), so every test
   * starts from the same state; the index cache has tests of its own.
   */
  readonly indexCacheFolder?: string;
  /**
   * Where the server keeps its compiled code (POLICY_LENS_CODE_CACHE, a folder or `off`). Default: the
   * environment's, as a user's server has it.
   */
  readonly codeCacheFolder?: string;
}

export async function startServer(options: StartOptions = {}): Promise<ServerSession> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      POLICY_LENS_INDEX_CACHE: options.indexCacheFolder ?? 'off',
      ...(options.codeCacheFolder ? { POLICY_LENS_CODE_CACHE: options.codeCacheFolder } : {}),
    },
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const diagnostics = new Map<string, unknown[]>();
  const notifications: Array<{ method: string; params: unknown }> = [];
  let markReady: (status: { state: string; documents: number }) => void = () => undefined;
  const ready = new Promise<{ state: string; documents: number }>((resolve) => (markReady = resolve));
  connection.onNotification((method, params) => {
    notifications.push({ method, params });
    if (method === 'textDocument/publishDiagnostics') {
      const p = params as { uri: string; diagnostics: unknown[] };
      diagnostics.set(p.uri, p.diagnostics);
    }
    // Ready: indexed, and the word dictionary loaded (before it, the checks that need it wait).
    if (method === 'policyLens/corpusStatus' && (params as { dictionary?: string }).dictionary !== 'loading')
      markReady(params as { state: string; documents: number });
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => options.settings ?? {}),
  );
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const rootPath = options.rootPath ?? REPO;
  const initializeResult: unknown = await connection.sendRequest('initialize', {
    processId: process.pid,
    locale: options.locale ?? 'zh-cn',
    rootUri: pathToFileURL(rootPath).toString(),
    workspaceFolders: [{ uri: pathToFileURL(rootPath).toString(), name: 'root' }],
    capabilities: {
      workspace: { configuration: true, ...options.capabilities?.workspace },
      window: { workDoneProgress: true },
      textDocument: { hover: { contentFormat: ['markdown'] }, ...options.capabilities?.textDocument },
    },
    ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    diagnostics,
    notifications,
    stderr,
    initializeResult,
    ready,
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version, text },
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
        // As an editor's client does: the server is given a moment to exit by itself (what it does at
        // exit, such as storing its compiled code, is part of it), then killed.
        if (child.exitCode === null && child.signalCode === null)
          await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 1000))]);
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
