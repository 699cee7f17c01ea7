import type { Locale } from '../../service/l10n.js';
import { CLI_MESSAGES } from '../../service/messages/cli.js';
import { say } from '../../service/messages/entry.js';

/** A tiny argv parser: positionals, --flag, --key value (repeatable), --key=value. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
}

export class UsageError extends Error {}

/** Options without a value that some command reads; any other --word is a typo, not a path. */
export const FLAGS = ['help', 'json', 'fix', 'unsafe-fixes', 'force', 'no-bundled', 'cache'] as const;

export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  locale: Locale,
  known: readonly string[] = FLAGS,
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!valued.includes(key)) {
      if (!known.includes(key)) {
        const near = [...known, ...valued].find((option) => editDistance(option, key) <= 2);
        throw new UsageError(say(locale, CLI_MESSAGES.unknownOption, { option: key, ...(near ? { near } : {}) }));
      }
      flags.add(key);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(say(locale, CLI_MESSAGES.needsValue, { option: key }));
    options.set(key, [...(options.get(key) ?? []), value]);
  }
  return { positionals, options, flags };
}

/** Levenshtein distance, for "did you mean --format?". */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
