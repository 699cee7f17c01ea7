/** A tiny argv parser: positionals, --flag, --key value (repeatable), --key=value. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
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
      flags.add(key);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${key} 需要一个值 / --${key} needs a value`);
    options.set(key, [...(options.get(key) ?? []), value]);
  }
  return { positionals, options, flags };
}
