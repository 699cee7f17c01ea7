// What the feature tests share: where the bundled corpus lives, positions in the fixture draft, and the wait
// for the language server. Expected corpus lines are looked up in the corpus files themselves, so that a
// regenerated corpus moves the expectation with it instead of breaking the suite.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './harness.js';

// publisher.name from package.json
export const EXTENSION_ID = 'policy-lens.policy-lens';

/** Start-up (node, nodejieba's dictionary, indexing the bundled corpus) takes 1-3 s here; allow for a slow CI. */
const SERVER_TIMEOUT_MS = 30_000;

/**
 * The bundled corpus file of the document whose id starts with `prefix`, e.g. '004_' (the 十四五 plan). The
 * files are named by date and title; the id is in each file's header.
 */
export function bundledCorpusFile(prefix: string): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const folder = path.join(extension.extensionUri.fsPath, 'corpus');
  const name = fs
    .readdirSync(folder)
    .find(
      (file) =>
        file.endsWith('.md') &&
        new RegExp(`^id: ${prefix}`, 'm').test(fs.readFileSync(path.join(folder, file), 'utf8')),
    );
  if (!name) throw new Error(`no document with id ${prefix}… in ${folder}`);
  return path.join(folder, name);
}

/** The bundled document's file name as it stands in a link the server builds (percent-encoded), as a regex. */
export function linkName(prefix: string): string {
  return encodeURIComponent(path.basename(bundledCorpusFile(prefix))).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 0-based number of the first line of a file that contains `needle`. */
export function lineContaining(file: string, needle: string): number {
  const line = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .findIndex((text) => text.includes(needle));
  if (line < 0) throw new Error(`${path.basename(file)} has no line containing ${needle}`);
  return line;
}

/** The position `offset` characters into the first occurrence of `needle` in the document (after `after`, if given). */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 1, after?: string): vscode.Position {
  const text = document.getText();
  const from = after === undefined ? 0 : text.indexOf(after);
  const at = from < 0 ? -1 : text.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} not found in ${path.basename(document.uri.fsPath)}`);
  return document.positionAt(at + offset);
}

/** All hover text that the providers give at a position (ours, and any other extension's), joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}

/** Definitions come as Location or LocationLink depending on the provider; tests only need where they point. */
export function targetsOf(
  results: ReadonlyArray<vscode.Location | vscode.LocationLink>,
): Array<{ uri: vscode.Uri; range: vscode.Range }> {
  return results.map((result) =>
    'targetUri' in result
      ? { uri: result.targetUri, range: result.targetRange }
      : { uri: result.uri, range: result.range },
  );
}

export function sameFile(uri: vscode.Uri, file: string): boolean {
  return uri.scheme === 'file' && path.resolve(uri.fsPath) === path.resolve(file);
}

let serverReady: Promise<vscode.TextEditor> | undefined;

/**
 * Opens the draft and resolves once the server answers with corpus knowledge (a hover on 一网统管 is
 * non-empty): it has started, read its settings and indexed the corpus. Shared by all tests, so a filtered
 * run (POLICY_LENS_E2E_GREP) waits too; a failure is remembered, so later tests fail fast with the same reason.
 */
export function waitForServer(): Promise<vscode.TextEditor> {
  serverReady ??= (async () => {
    const editor = await openFixture('draft.md');
    const position = positionOf(editor.document, '一网统管');
    const started = Date.now();
    await waitFor(
      async () => (await hoverText(editor.document.uri, position)).includes('一网感知态势'),
      SERVER_TIMEOUT_MS,
      'the language server to answer a hover on 一网统管',
    );
    console.log(`    (server answered after ${Date.now() - started} ms of polling)`);
    return editor;
  })();
  return serverReady;
}

/** Sets policyLens.language in the user settings and waits until the server's hovers follow it. */
export async function useLanguage(
  language: 'zh' | 'en' | undefined,
  uri: vscode.Uri,
  position: vscode.Position,
  label: string,
): Promise<void> {
  await vscode.workspace.getConfiguration('policyLens').update('language', language, vscode.ConfigurationTarget.Global);
  await waitFor(
    async () => (await hoverText(uri, position)).includes(label),
    15_000,
    `hovers in ${language ?? 'the UI language'} (${label})`,
  );
}
