import { parseArgs, UsageError } from './node/cli/args.js';
import { cliLocale } from './node/cli/locale.js';
import { runCheck } from './node/cli/check.js';
import { formatStats } from './node/cli/formatStats.js';
import { runImport } from './node/cli/importCommand.js';
import { loadServiceForCli } from './node/cli/loadService.js';
import { formatSearch } from './node/cli/search.js';
import type { Locale } from './service/l10n.js';
import { CLI_MESSAGES } from './service/messages/cli.js';
import { say } from './service/messages/entry.js';

const VALUED = [
  'corpus',
  'out',
  'id',
  'title',
  'doc-number',
  'issuer',
  'date',
  'kind',
  'period',
  'limit',
  'format',
  'lang',
  'cache-location',
  'cache-strategy',
  'concurrency',
];

function main(argv: string[], locale: Locale): number {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const usage = say(locale, CLI_MESSAGES.usage, {});
  const args = parseArgs(argv, VALUED, locale);
  const [command, sub, ...rest] = args.positionals;
  const withPositionals = (positionals: string[]) => ({ ...args, positionals });
  if (command === 'corpus' && sub === 'import') return runImport(withPositionals(rest), print, locale);
  if (command === 'corpus' && sub === 'stats') {
    const corpus = loadServiceForCli(args, log, locale);
    const service = corpus.service();
    const problems = corpus.problems();
    corpus.finish();
    const stats = service.corpusStats(problems)!;
    print(args.flags.has('json') ? JSON.stringify(stats, null, 2) : formatStats(stats, locale));
    return problems.some((p) => p.severity === 'error') ? 2 : 0;
  }
  if (command === 'corpus' && sub === 'show') {
    const query = rest.join(' ');
    if (!query) throw new UsageError(usage);
    const corpus = loadServiceForCli(args, log, locale);
    print(corpus.service().nameReport(query));
    corpus.finish();
    return 0;
  }
  if (command === 'check') {
    const corpus = loadServiceForCli(args, log, locale);
    try {
      return runCheck(corpus, withPositionals([sub, ...rest].filter(Boolean)), print, log, locale);
    } finally {
      corpus.finish();
    }
  }
  if (command === 'search') {
    const query = [sub, ...rest].filter(Boolean).join(' ');
    if (!query) throw new UsageError(usage);
    const limit = Number(args.options.get('limit')?.[0] ?? 10);
    const corpus = loadServiceForCli(args, log, locale);
    print(formatSearch(corpus.service(), query, Number.isFinite(limit) && limit > 0 ? limit : 10, locale));
    corpus.finish();
    return 0;
  }
  if (args.flags.has('help') || !command) {
    print(usage);
    return command ? 0 : 2;
  }
  throw new UsageError(
    `${say(locale, CLI_MESSAGES.unknownCommand, { command: args.positionals.join(' ') })}\n${usage}`,
  );
}

// `policy-lens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// A bad --lang is reported in the environment's language, so the fallback is settled before it is read.
let locale: Locale = cliLocale([], process.env);
try {
  locale = cliLocale(process.argv.slice(2), process.env);
  process.exitCode = main(process.argv.slice(2), locale);
} catch (error) {
  const stack = String((error as Error).stack ?? error);
  process.stderr.write(
    `${error instanceof UsageError ? error.message : say(locale, CLI_MESSAGES.unexpected, { stack })}\n`,
  );
  process.exitCode = 2;
}
