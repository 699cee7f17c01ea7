import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CompletionRequest, type Connection, type Disposable } from 'vscode-languageserver/node';
import { parseRegistry } from '../service/corpus/registry.js';
import type { Locale } from '../service/l10n.js';
import type { Logger } from '../service/languageService.js';
import { say } from '../service/messages/entry.js';
import { SERVER_MESSAGES } from '../service/messages/server.js';
import { bundledCorpusFolder, REGISTRY_FILE } from './corpusFolders.js';

/** Completion opens after a quote, a title mark, and the province's brand prefixes (粤, 浙 …). */
export function triggerCharacters(brandPrefixes: readonly string[]): string[] {
  return [...new Set(['“', '《', ...brandPrefixes.map((prefix) => prefix[0])])];
}

/** The bundled registry's brand prefixes, for clients that learn the trigger characters once, at start. */
export function bundledBrandPrefixes(): string[] {
  try {
    const parsed = parseRegistry(readFileSync(join(bundledCorpusFolder(), REGISTRY_FILE), 'utf8'));
    return parsed.ok ? parsed.registry.brandPrefixes : [];
  } catch {
    return [];
  }
}

/**
 * Where the client allows it, completion is registered after each indexing with the corpus's own
 * brand prefixes as trigger characters, so another province's corpus brings its own (浙 for “浙里办”).
 */
export class CompletionTriggers {
  private current: { key: string; registration: Promise<Disposable> } | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    readonly dynamic: boolean,
    private readonly locale: () => Locale,
  ) {}

  update(brandPrefixes: readonly string[]): void {
    const characters = triggerCharacters(brandPrefixes);
    const key = characters.join('');
    if (!this.dynamic || this.current?.key === key) return;
    const previous = this.current;
    const registration = this.connection.client.register(CompletionRequest.type, {
      documentSelector: [{ language: 'markdown' }],
      triggerCharacters: characters,
    });
    registration.catch((error: unknown) =>
      this.logger.warn(say(this.locale(), SERVER_MESSAGES.cannotRegisterCompletion, { error: String(error) })),
    );
    this.current = { key, registration };
    void previous?.registration.then((old) => old.dispose()).catch(() => undefined);
  }
}
