import { parseArgs, UsageError } from './node/cli/args.js';
import { runCheck } from './node/cli/check.js';
import { formatStats } from './node/cli/formatStats.js';
import { runImport } from './node/cli/importCommand.js';
import { loadServiceForCli } from './node/cli/loadService.js';
import { formatSearch } from './node/cli/search.js';

const USAGE = `用法 usage:
  policy-lens corpus stats [--json] [--corpus <dir>]… [--no-bundled]
  policy-lens corpus show <名称或术语 name-or-term> [--corpus <dir>]…
  policy-lens corpus import <raw.txt> [--out corpus/] [--id ID] [--title T] [--doc-number N] [--issuer I] [--date YYYY-MM[-DD]] [--kind K] [--period 2021-2025] [--force]
  policy-lens search <查询 query> [--limit 10] [--corpus <dir>]…
  policy-lens check <文件或目录 files or folders…> [--format text|json|sarif] [--fix] [--unsafe-fixes] [--corpus <dir>]… [--no-bundled]
退出码 exit: 0 无问题 clean · 1 有错误或警告 errors/warnings · 2 用法或语料错误 usage or corpus errors`;

const VALUED = ['corpus', 'out', 'id', 'title', 'doc-number', 'issuer', 'date', 'kind', 'period', 'limit', 'format'];

function main(argv: string[]): number {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const args = parseArgs(argv, VALUED);
  const [command, sub, ...rest] = args.positionals;
  const withPositionals = (positionals: string[]) => ({ ...args, positionals });
  if (command === 'corpus' && sub === 'import') return runImport(withPositionals(rest), print);
  if (command === 'corpus' && sub === 'stats') {
    const { service, problems } = loadServiceForCli(args, log);
    const stats = service.corpusStats(problems)!;
    print(args.flags.has('json') ? JSON.stringify(stats, null, 2) : formatStats(stats));
    return problems.some((p) => p.severity === 'error') ? 2 : 0;
  }
  if (command === 'corpus' && sub === 'show') {
    const query = rest.join(' ');
    if (!query) throw new UsageError(USAGE);
    print(loadServiceForCli(args, log).service.nameReport(query));
    return 0;
  }
  if (command === 'check') {
    const { service, problems } = loadServiceForCli(args, log);
    for (const problem of problems)
      log(`${problem.severity === 'error' ? '错误 error' : '警告 warning'}: ${problem.message}`);
    if (problems.some((p) => p.severity === 'error')) return 2;
    return runCheck(service, withPositionals([sub, ...rest].filter(Boolean)), print, log);
  }
  if (command === 'search') {
    const query = [sub, ...rest].filter(Boolean).join(' ');
    if (!query) throw new UsageError(USAGE);
    const limit = Number(args.options.get('limit')?.[0] ?? 10);
    print(formatSearch(loadServiceForCli(args, log).service, query, Number.isFinite(limit) && limit > 0 ? limit : 10));
    return 0;
  }
  if (args.flags.has('help') || !command) {
    print(USAGE);
    return command ? 0 : 2;
  }
  throw new UsageError(`未知命令 unknown command: ${args.positionals.join(' ')}\n${USAGE}`);
}

// `policy-lens … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `${error instanceof UsageError ? error.message : `错误 error: ${(error as Error).stack ?? error}`}\n`,
  );
  process.exitCode = 2;
}
