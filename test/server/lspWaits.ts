// Bounded waits and small conveniences for the server tests. Nothing here sleeps for a fixed time:
// a wait polls a condition and fails, with what it was waiting for, when its deadline passes.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusStatus } from '../../server/src/protocol.js';
import type { ServerSession } from './lspClient.js';

export const WAIT_MS = 20_000;
const POLL_MS = 20;

/** Resolves with the promise's value, or fails after `ms` naming what did not happen. */
export async function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until `check` returns something other than undefined/false, or fails after `ms`. */
export async function until<T>(what: string, check: () => T | undefined | false, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A request with a deadline, so a server that stops answering fails the test instead of hanging it. */
export function request<R>(session: ServerSession, method: string, params: unknown, ms = WAIT_MS): Promise<R> {
  return within(session.connection.sendRequest<R>(method, params), `a response to ${method}`, ms);
}

export function notificationsOf<P>(session: ServerSession, method: string): P[] {
  return session.notifications.filter((n) => n.method === method).map((n) => n.params as P);
}

export const corpusStatuses = (session: ServerSession) =>
  notificationsOf<CorpusStatus>(session, 'policyLens/corpusStatus');

/** Waits for a corpus status notification after the first `seen` ones (a re-index finishing). */
export function nextCorpusStatus(session: ServerSession, seen: number, ms = WAIT_MS): Promise<CorpusStatus> {
  return until(`corpus status notification #${seen + 1}`, () => corpusStatuses(session)[seen], ms);
}

/** The first corpus status, bounded (the session's `ready` promise has no deadline of its own). */
export function ready(session: ServerSession): Promise<{ state: string; documents: number }> {
  return within(session.ready, 'the first policyLens/corpusStatus notification');
}

/** A scratch folder, removed by the returned function. */
export function scratchFolder(prefix: string, copyFrom: readonly string[] = []): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `policy-lens-${prefix}-`));
  for (const file of copyFrom) cpSync(file, join(path, file.slice(file.lastIndexOf('/') + 1)));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The Markdown of a hover result, or undefined for null. */
export function hoverMarkdown(result: unknown): string | undefined {
  if (result === null || result === undefined) return undefined;
  const contents = (result as { contents?: unknown }).contents;
  if (contents && typeof contents === 'object' && 'value' in contents && typeof contents.value === 'string')
    return contents.value;
  throw new Error(`unexpected hover: ${JSON.stringify(result)}`);
}

/** The position of `needle` (plus `delta`) in a text. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`text has no ${needle}`);
  return { line, character: lines[line].indexOf(needle) + delta };
}
