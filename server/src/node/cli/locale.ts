import type { Locale } from '../../service/l10n.js';
import { CLI_MESSAGES } from '../../service/messages/cli.js';
import { say } from '../../service/messages/entry.js';
import { UsageError } from './args.js';

/**
 * The CLI's language: `--lang zh|en`, else the environment's locale (LC_ALL, then LC_MESSAGES, then LANG, as
 * POSIX orders them). Chinese first: only a locale starting with `en` gets English. Read before the other
 * arguments are parsed, so even a usage error is in the chosen language.
 */
export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at >= 0) {
    const value = argv[at] === '--lang' ? argv[at + 1] : argv[at].slice('--lang='.length);
    if (value === 'zh' || value === 'en') return value;
    throw new UsageError(say(fromEnvironment(env), CLI_MESSAGES.langMustBe, {}));
  }
  return fromEnvironment(env);
}

function fromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return tag && /^en/i.test(tag) ? 'en' : 'zh';
}
