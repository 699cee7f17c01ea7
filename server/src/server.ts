import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundledCorpusFolder } from './node/corpusFolders.js';
import { CompletionTriggers } from './node/completionTriggers.js';
import { CorpusDiagnostics } from './node/corpusDiagnostics.js';
import { CorpusManager } from './node/corpusManager.js';
import { DraftValidation } from './node/draftValidation.js';
import { WorkerSegmenter } from './node/workerSegmenter.js';
import { pauseFor } from './node/turns.js';
import { WorkspaceCheck } from './node/workspaceCheck.js';
import { WorkspaceDrafts } from './node/workspaceDrafts.js';
import { WorkspaceTrust } from './node/workspaceTrust.js';
import { runTeachCommand } from './node/teachCommand.js';
import { serverCapabilities } from './node/serverCapabilities.js';
import { localWorkspaceRoots } from './node/workspaceRoots.js';
import { guardedRequests } from './node/guardedRequest.js';
import { perFolderCorpusPaths } from './node/perFolderCorpusPaths.js';
import { TEACH_COMMAND } from './service/checks/names/teach.js';
import {
  CheckWorkspaceRequest,
  CorpusStatsRequest,
  CorpusStatusNotification,
  DocumentDigestRequest,
  LookupClausesRequest,
  ReindexRequest,
  WorkspaceTrustedNotification,
  type CorpusStatus,
  type InitializationOptions,
} from './protocol.js';
import { corpusReport } from './node/corpusReport.js';
import { draftDocument, type DraftDocument } from './service/features/documentText.js';
import { localeFrom, type Locale } from './service/l10n.js';
import { say, type Entry } from './service/messages/entry.js';
import { SERVER_MESSAGES as M } from './service/messages/server.js';
import { STATS_MESSAGES } from './service/messages/corpusStats.js';
import { createLanguageService, type Logger } from './service/languageService.js';
import { serverIndexCache } from './node/diskIndexCache.js';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './service/settings.js';

/** On few cores, when the dictionary starts loading if no corpus index is ready by then. */
const DICTIONARY_AT_LATEST_MS = 3000;

/** Wires the LSP connection to the language service. Handlers stay thin: find the draft, forward the token. */
export function startServer(connection: Connection): { locale: () => Locale } {
  const documents = new TextDocuments(TextDocument);
  const drafts = new Map<string, DraftDocument>();
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  let clientLocale: Locale = 'zh';
  // VS Code (desktop or code-server) renders images in hovers; other clients show Markdown as text.
  let clientRendersImages = false;
  let settings: Settings = DEFAULT_SETTINGS;
  let roots: string[] = [];
  let progressSupported = false;
  let configurationSupported = false;
  // Set by initialize: whether the client pulls diagnostics, and whether it can be asked to pull or colour again.
  let pull: { refreshSupported: boolean } | undefined;
  let semanticTokensRefresh = false;
  let trust: WorkspaceTrust | undefined;
  // jieba's dictionary loads in a worker thread; the first diagnostics do not wait for it, and the drafts are
  // checked again once it is there. With cores to spare it loads while the corpus indexes; on two or fewer,
  // once the first index is ready (validation.warmUp; the timer if none ever is): the first answers then
  // came 30-40 ms sooner on two cores, the dictionary's checks about 0.3 s after them.
  const segmenter = new WorkerSegmenter({ log: (m) => logger.warn(m) });
  if (availableParallelism() > 2) segmenter.start();
  else setTimeout(() => segmenter.start(), DICTIONARY_AT_LATEST_MS).unref();
  const withDictionary = (status: CorpusStatus): CorpusStatus => ({
    ...status,
    dictionary: segmenter.isReady() ? 'ready' : 'loading',
  });
  void segmenter.whenReady.then((report) => {
    logger.info(`segmenter: ${report.backend} (${Math.round(report.dictionaryMs)} ms)`);
    // Checks made before it left out the checks that need it (near misses …): they are made again.
    service.resetFindings();
    validation.validateAll();
    // Once indexed, the status says the dictionary checks now run too (before, onIndexed will say it).
    if (corpus.currentStatus.state !== 'indexing')
      void connection.sendNotification(CorpusStatusNotification.type, withDictionary(corpus.currentStatus));
  });

  const draftOf = (uri: string): DraftDocument | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = drafts.get(uri);
    if (cached && cached.version === document.version) return cached;
    // A client may open a document without text (or with text that is no string): there is nothing to check.
    const text: unknown = document.getText();
    if (typeof text !== 'string') return undefined;
    const draft = draftDocument(uri, document.version, text);
    drafts.set(uri, draft);
    return draft;
  };
  const openDrafts = function* () {
    for (const document of documents.all()) {
      const draft = draftOf(document.uri);
      if (draft) yield draft;
    }
  };

  const locale = (): Locale => (settings.language === 'auto' ? clientLocale : settings.language);
  const text = <P>(message: Entry<P>, params: P) => say(locale(), message, params);
  const failure = (error: unknown) => ({ error: String((error as Error).stack ?? error) });
  const indexCache = serverIndexCache(logger, locale);
  const service = createLanguageService({
    segmenter,
    logger,
    indexCache,
    locale,
    workspaceDrafts: (token) => workspace.all(pauseFor('now'), token),
    severities: () => settings.diagnostics.severity,
    readmeUrl: pathToFileURL(join(dirname(bundledCorpusFolder()), 'README.md')).toString(),
    hoverImages: () => clientRendersImages,
  });
  const corpus = new CorpusManager(service, {
    openCorpusText: (uri) => documents.get(uri)?.getText(),
    onIndexed: (status, problems) => {
      if (problems) {
        corpusDiagnostics.publish(problems);
        completion?.update(service.summary()?.brandPrefixes ?? []);
        // Every new index gets its search index, built in steps after the first checks' warm-up.
        void validation
          .warmUp()
          .then(() => service.prepareSearch(pauseFor('background')))
          .catch((error: unknown) => logger.error(text(M.searchIndexFailed, { error: String(error) })));
      }
      validation.validateAll();
      // What the first checks built for themselves, the rest of the corpus's caches, in steps.
      void service.warmUp(pauseFor('background'));
      if (settings.diagnostics.scope === 'workspace') void workspaceCheck.checkAll();
      if (semanticTokensRefresh) connection.languages.semanticTokens.refresh();
      void connection.sendNotification(CorpusStatusNotification.type, withDictionary(status));
    },
    progress: async () => {
      const none = { report: () => undefined, done: () => undefined };
      if (!progressSupported) return none;
      // A client may refuse to create progress: indexing goes on without it.
      const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
      if (!progress) return none;
      progress.begin('Policy Lens', 0, text(M.indexingProgress, {}), false);
      return { report: (message) => progress.report(message), done: () => progress.done() };
    },
    logger,
    locale,
  });
  // Read lazily by the service's workspaceDrafts above, so it may be defined after it.
  const workspace = new WorkspaceDrafts({
    openDrafts,
    isCorpus: (uri) => corpus.contains(uri),
    log: (message) => logger.info(message),
    locale,
  });

  const corpusDiagnostics = new CorpusDiagnostics(connection);
  const validation = new DraftValidation({
    connection,
    service,
    segmenter,
    logger,
    locale,
    draftOf,
    versionOf: (uri) => documents.get(uri)?.version,
    openUris: () => documents.all().map((document) => document.uri),
    isCorpus: (uri) => corpus.contains(uri),
    get pull() {
      return pull;
    },
  });
  const workspaceCheck = new WorkspaceCheck({
    connection,
    service,
    logger,
    locale,
    drafts: (token) => workspace.all(pauseFor('background'), token),
    isOpen: (uri) => documents.get(uri) !== undefined,
    ready: () => validation.warmUp(),
    progress: async (title) => {
      const none = { report: () => undefined, done: () => undefined };
      if (!progressSupported) return none;
      const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
      if (!progress) return none;
      progress.begin('Policy Lens', undefined, title, true); // cancellable: the token below
      return { report: (message) => progress.report(message), done: () => progress.done(), token: progress.token };
    },
  });
  /** Re-reads the corpus from what the settings name, unless Restricted Mode leaves them out. */
  const configureCorpus = () => {
    const sources = trust?.corpusSources({ settings, roots, folders: corpusFolders }) ?? {
      settings,
      roots,
      folders: corpusFolders,
    };
    corpus.configure(sources.settings, sources.roots, sources.folders);
  };

  /** Each folder's own corpus paths in a multi-root workspace (perFolderCorpusPaths). */
  let corpusFolders: string[] | undefined;

  const loadSettings = async () => {
    if (!configurationSupported) return;
    let section: unknown;
    try {
      section = await connection.workspace.getConfiguration('policyLens');
    } catch (error) {
      // A client that cannot answer keeps the settings it had (the defaults at first).
      logger.warn(text(M.cannotReadSettings, { error: String(error) }));
      return;
    }
    const read = readSettings(section, locale());
    settings = read.settings;
    corpusFolders = await perFolderCorpusPaths(connection, roots);
    for (const problem of read.problems) {
      const message = text(M.invalidSetting, { key: problem.key, problem: problem.message });
      logger.warn(message);
      // A notification, not window/showMessageRequest: a client that cannot answer the request would
      // reject it, and the unhandled rejection would take the server down.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
  };

  let completion: CompletionTriggers | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    completion = new CompletionTriggers(
      connection,
      logger,
      Boolean(params.capabilities.textDocument?.completion?.dynamicRegistration),
      locale,
    );
    clientLocale = localeFrom(params.locale);
    clientRendersImages = /visual studio code|code-server|vscodium|cursor/i.test(params.clientInfo?.name ?? '');
    progressSupported = Boolean(params.capabilities.window?.workDoneProgress);
    configurationSupported = Boolean(params.capabilities.workspace?.configuration);
    // Pull only where the client can also be asked to pull again: a new index changes every draft's findings.
    pull =
      params.capabilities.textDocument?.diagnostic && params.capabilities.workspace?.diagnostics?.refreshSupport
        ? { refreshSupported: true }
        : undefined;
    semanticTokensRefresh = Boolean(params.capabilities.workspace?.semanticTokens?.refreshSupport);
    const options = params.initializationOptions as InitializationOptions | undefined;
    if (typeof options?.indexCacheFolder === 'string' && process.env.POLICY_LENS_INDEX_CACHE === undefined)
      indexCache.folder = options.indexCacheFolder;
    trust = new WorkspaceTrust(options?.workspaceTrusted !== false, logger, locale, (message) => {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    });
    roots = localWorkspaceRoots(params);
    workspace.setRoots(roots);
    return {
      capabilities: serverCapabilities({ dynamicCompletion: completion.dynamic, pull: pull !== undefined }),
      serverInfo: { name: 'policy-lens', version: '0.1.0' },
    };
  });

  // Notification handlers' promises are ignored by the connection: every failure is caught here.
  connection.onInitialized(async () => {
    try {
      await loadSettings();
      configureCorpus();
      await corpus.reindex();
    } catch (error) {
      logger.error(text(M.startFailed, failure(error)));
    }
  });

  connection.onDidChangeConfiguration(async () => {
    try {
      const before = JSON.stringify([settings.corpus, corpusFolders]);
      const scopeBefore = settings.diagnostics.scope;
      await loadSettings();
      service.resetFindings();
      if (settings.diagnostics.scope === 'openFiles' && scopeBefore === 'workspace') workspaceCheck.clearAll();
      // Only the corpus settings need a new index; the language or severities only a new check.
      if (JSON.stringify([settings.corpus, corpusFolders]) !== before) {
        configureCorpus();
        await corpus.reindex();
      } else {
        validation.validateAll();
        if (settings.diagnostics.scope === 'workspace') void workspaceCheck.checkAll();
      }
    } catch (error) {
      logger.error(text(M.settingsUpdateFailed, failure(error)));
    }
  });

  const guard = guardedRequests(draftOf, (error) => logger.error(text(M.requestFailed, failure(error))));

  connection.onHover((params, token) =>
    guard(null, (draft) => service.hover(draft, params.position, token) ?? null)(params),
  );
  connection.onDefinition((params, token) =>
    guard([], (draft) => service.definition(draft, params.position, token))(params),
  );
  // Searches the workspace's drafts on disk as a bounded walk finds them, a turn of the event loop
  // after each: a workspace at / neither blocks the server nor runs on after a $/cancelRequest.
  connection.onReferences((params, token) =>
    guard([], (draft) => service.referencesInSteps(draft, params.position, pauseFor('now'), token))(params),
  );
  connection.onDocumentSymbol((params, token) => guard([], (draft) => service.documentSymbols(draft, token))(params));
  connection.onCompletion((params, token) =>
    guard([], (draft) => service.completion(draft, params.position, token))(params),
  );
  // Quick fixes come from the draft's check: run in steps (or joined, if the pushed diagnostics' check of
  // this version is under way), so a code action asked after each keystroke holds up no other request.
  connection.onCodeAction((params, token) =>
    guard([], (draft) =>
      service.codeActionsInSteps(draft, params.range, params.context.diagnostics, pauseFor('now'), token),
    )(params),
  );
  connection.onWorkspaceSymbol((params, token) => service.workspaceSymbols(params.query, token));
  connection.languages.semanticTokens.on((params, token) =>
    guard({ data: [] }, (draft) => service.semanticTokens(draft, undefined, token))(params),
  );
  connection.languages.semanticTokens.onRange((params, token) =>
    guard({ data: [] }, (draft) => service.semanticTokens(draft, params.range, token))(params),
  );
  // Asked only by a client that declared pull support (see initialize); the others get pushes.
  connection.languages.diagnostics.on((params, token) =>
    validation.pull(params.textDocument.uri, params.previousResultId, token),
  );
  connection.onRequest(CheckWorkspaceRequest.type, (token) => workspaceCheck.checkAll(token, false));
  connection.onNotification(WorkspaceTrustedNotification.type, async () => {
    try {
      trust?.grant();
      await loadSettings();
      configureCorpus();
      await corpus.reindex();
    } catch (error) {
      logger.error(text(M.settingsUpdateFailed, failure(error)));
    }
  });
  connection.onRequest(LookupClausesRequest.type, (params, token) =>
    service.lookupClauses(String(params?.query ?? ''), params?.limit, token),
  );
  connection.onRequest(CorpusStatsRequest.type, () => {
    const stats = service.corpusStats(corpus.lastProblems);
    return {
      markdown: stats ? corpusReport(stats, corpus.currentStatus, locale()) : text(STATS_MESSAGES.notIndexed, {}),
      status: corpus.currentStatus,
    };
  });
  connection.onRequest(ReindexRequest.type, () => corpus.reindex());
  connection.onRequest(DocumentDigestRequest.type, (params) => {
    const document = documents.get(String(params?.uri));
    const text: unknown = document?.getText();
    if (!document || typeof text !== 'string') return null;
    return { version: document.version, length: text.length, sha256: createHash('sha256').update(text).digest('hex') };
  });
  connection.onExecuteCommand(async (params) => {
    if (params.command !== TEACH_COMMAND) return;
    await runTeachCommand(params.arguments, {
      roots: () => roots,
      logger,
      locale,
      relearn: () => {
        configureCorpus();
        return corpus.reindex();
      },
      tell: (message) =>
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }),
    });
  });

  documents.onDidChangeContent((change) => {
    if (!corpus.contains(change.document.uri)) validation.schedule(change.document.uri);
    // Opening a corpus file also reports its content: only an edit that differs from disk re-indexes.
    else if (corpus.differsFromDisk(change.document.uri, change.document.getText())) corpus.scheduleReindex();
  });
  documents.onDidClose((event) => {
    drafts.delete(event.document.uri);
    // Edits to a corpus file closed without saving are gone: the index goes back to the disk's text.
    if (corpus.contains(event.document.uri) && corpus.differsFromDisk(event.document.uri, event.document.getText()))
      corpus.scheduleReindex();
    validation.closed(event.document.uri);
    // Its diagnostics, now of the text on disk, come from the workspace check (cheap: checks are cached).
    if (settings.diagnostics.scope === 'workspace') void workspaceCheck.checkAll();
  });
  documents.onDidOpen((event) => workspaceCheck.opened(event.document.uri));
  connection.onShutdown(() => {
    // A session shorter than the write delay still leaves its index for the next start.
    indexCache.flush();
    corpus.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return { locale };
}
