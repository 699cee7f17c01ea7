import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { TEACH_COMMAND } from '../service/checks/names/teach.js';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../service/features/semanticTokens.js';
import { bundledBrandPrefixes, triggerCharacters } from './completionTriggers.js';

/** What the server tells the client it does, given what the client can do. */
export function serverCapabilities(client: {
  /** The client registers completion itself (its trigger characters then follow the corpus). */
  readonly dynamicCompletion: boolean;
  /** The client pulls diagnostics and can be asked to pull again. */
  readonly pull: boolean;
}): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    // With dynamic registration the trigger characters follow the corpus's brand prefixes (server.ts);
    // otherwise they are those of the bundled registry.
    ...(client.dynamicCompletion
      ? {}
      : { completionProvider: { triggerCharacters: triggerCharacters(bundledBrandPrefixes()) } }),
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    executeCommandProvider: { commands: [TEACH_COMMAND] },
    // A draft's diagnostics depend on the corpus, not on other drafts; closed drafts come from checkWorkspace.
    ...(client.pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    semanticTokensProvider: {
      legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] },
      full: true,
      range: true,
    },
  };
}
