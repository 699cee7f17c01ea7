// What the diagnostics server tests need beyond lspClient.ts: published diagnostics per uri with their
// version, edits sent the way an editor sends them (incremental didChange), and settings that change
// while the server runs (the client answers workspace/configuration with whatever was set last).
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { ServerSession } from './lspClient.js';
import { notificationsOf, until } from './lspWaits.js';

export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

/** Every textDocument/publishDiagnostics for `uri`, oldest first. */
export function published(session: ServerSession, uri: string): Published[] {
  return notificationsOf<Published>(session, 'textDocument/publishDiagnostics').filter((p) => p.uri === uri);
}

/**
 * Waits for a publication for `uri` after the first `seen` ones that satisfies `accept` (by default: any),
 * and returns it. Earlier publications that do not satisfy it are skipped (a debounced re-check may
 * publish a version the test is not waiting for).
 */
export function nextPublished(
  session: ServerSession,
  uri: string,
  seen: number,
  what: string,
  accept: (p: Published) => boolean = () => true,
): Promise<Published> {
  return until(what, () => published(session, uri).slice(seen).find(accept));
}

/** An incremental edit: replace `range` with `text`, as the document's `version`. */
export function change(session: ServerSession, uri: string, version: number, range: Range, text: string): void {
  void session.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range, text }],
  });
}

/**
 * From now on, answer workspace/configuration with `section` (the policyLens section), then tell the
 * server the configuration changed. lspClient registers a fixed answer; a second handler for the same
 * method replaces it.
 */
export function changeSettings(session: ServerSession, section: Record<string, unknown>): void {
  session.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => section),
  );
  void session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { policyLens: section } });
}
