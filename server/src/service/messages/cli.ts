// What the command line prints, in one language: `--lang zh|en`, else the environment (see node/cli/locale.ts).
import { entry, fixed } from './entry.js';

const USAGE_LINES = {
  stats: 'policy-lens corpus stats [--json] [--corpus <dir>]… [--no-bundled] [--lang zh|en]',
  import:
    'policy-lens corpus import <raw.txt> [--out corpus/] [--id ID] [--title T] [--doc-number N] [--issuer I] [--date YYYY-MM[-DD]] [--kind K] [--period 2021-2025] [--force]',
  check: (files: string) =>
    `policy-lens check <${files}> [--format text|json|sarif] [--fix] [--unsafe-fixes] [--cache] [--cache-location <dir>] [--cache-strategy metadata|content] [--concurrency auto|off|<n>] [--corpus <dir>]… [--no-bundled] [--lang zh|en]`,
};

export const CLI_MESSAGES = {
  usage: fixed(
    `用法：
  ${USAGE_LINES.stats}
  policy-lens corpus show <名称或术语> [--corpus <dir>]…
  ${USAGE_LINES.import}
  policy-lens search <查询> [--limit 10] [--corpus <dir>]…
  ${USAGE_LINES.check('文件或目录…')}
退出码：0 无问题 · 1 有错误或警告 · 2 用法或语料错误`,
    `Usage:
  ${USAGE_LINES.stats}
  policy-lens corpus show <name-or-term> [--corpus <dir>]…
  ${USAGE_LINES.import}
  policy-lens search <query> [--limit 10] [--corpus <dir>]…
  ${USAGE_LINES.check('files or folders…')}
Exit status: 0 clean · 1 errors or warnings · 2 usage or corpus errors`,
  ),
  checkUsage: fixed(`用法：${USAGE_LINES.check('文件或目录…')}`, `Usage: ${USAGE_LINES.check('files or folders…')}`),
  importUsage: fixed(
    '用法：policy-lens corpus import <raw.txt> [--out corpus/]',
    'Usage: policy-lens corpus import <raw.txt> [--out corpus/]',
  ),
  unknownCommand: entry<{ command: string }>(
    (p) => `未知命令：${p.command}`,
    (p) => `Unknown command: ${p.command}`,
  ),
  unknownOption: entry<{ option: string; near?: string }>(
    (p) => `未知选项 --${p.option}${p.near ? `（是否为 --${p.near}？）` : ''}`,
    (p) => `unknown option --${p.option}${p.near ? ` (did you mean --${p.near}?)` : ''}`,
  ),
  needsValue: entry<{ option: string }>(
    (p) => `--${p.option} 需要一个值`,
    (p) => `--${p.option} needs a value`,
  ),
  langMustBe: fixed('--lang 须为 zh 或 en', '--lang must be zh or en'),
  formatMustBe: fixed('--format 须为 text、json 或 sarif', '--format must be text, json or sarif'),
  cacheStrategyMustBe: fixed(
    '--cache-strategy 须为 metadata（按文件大小和修改时间，默认）或 content（按内容）',
    '--cache-strategy must be metadata (by size and modification time, the default) or content',
  ),
  kindMustBe: entry<{ kinds: readonly string[] }>(
    (p) => `--kind 须为以下之一：${p.kinds.join('、')}`,
    (p) => `--kind must be one of: ${p.kinds.join(', ')}`,
  ),
  periodLike: fixed('--period 形如 2021-2025', '--period looks like 2021-2025'),
  /** `错误：…` / `error: …` before any message of a file or the corpus. */
  error: entry<{ text: string }>(
    (p) => `错误：${p.text}`,
    (p) => `error: ${p.text}`,
  ),
  warning: entry<{ text: string }>(
    (p) => `警告：${p.text}`,
    (p) => `warning: ${p.text}`,
  ),
  notFound: entry<{ path: string }>(
    (p) => `找不到：${p.path}`,
    (p) => `not found: ${p.path}`,
  ),
  skipped: entry<{ path: string; why: 'dangling' | 'loop' | 'outside' | 'special' | 'tooLarge' }>(
    (p) =>
      `${p.path}：已跳过（${{ dangling: '链接目标不存在', loop: '链接形成循环', outside: '链接指向给定目录之外', special: '不是普通文件', tooLarge: '文件过大' }[p.why]}）`,
    (p) =>
      `${p.path}: skipped (${{ dangling: 'a dangling link', loop: 'a link loop', outside: 'a link out of the given folders', special: 'not a regular file', tooLarge: 'file too large' }[p.why]})`,
  ),
  workerFailed: entry<{ error: string }>(
    (p) => `检查线程出错，其余文稿在主线程检查：${p.error}`,
    (p) => `a check worker failed; its drafts are checked on the main thread: ${p.error}`,
  ),
  cacheNotSaved: entry<{ reason: string }>(
    (p) => `检查结果缓存未能保存：${p.reason}`,
    (p) => `the results cache was not saved: ${p.reason}`,
  ),
  cacheFromSource: fixed(
    '从源码运行时没有构建标识，--cache 不起作用',
    'run from source there is no build id: --cache has no effect',
  ),
  readOnly: entry<{ path: string }>(
    (p) => `${p.path}：文件为只读，未修改`,
    (p) => `${p.path}: the file is read-only: not changed`,
  ),
  cannotWrite: entry<{ path: string; reason: string }>(
    (p) => `${p.path}：无法写入：${p.reason}`,
    (p) => `${p.path}: cannot write: ${p.reason}`,
  ),
  fixed: entry<{ place: string; from: string; to: string }>(
    (p) => `已修复 ${p.place} ${p.from} → ${p.to}`,
    (p) => `fixed ${p.place} ${p.from} → ${p.to}`,
  ),
  cannotDetermine: entry<{ input: string; field: string; issue: string; option: string }>(
    (p) => `${p.input}：无法确定 ${p.field}（${p.issue}），请用 ${p.option} 提供`,
    (p) => `${p.input}: could not determine ${p.field} (${p.issue}): supply it with ${p.option}`,
  ),
  exists: entry<{ target: string }>(
    (p) => `${p.target} 已存在，使用 --force 覆盖`,
    (p) => `${p.target} exists: use --force to overwrite`,
  ),
  imported: entry<{ target: string; title: string; docNumber?: string; date: string; kind: string }>(
    (p) => `已导入：${p.target}（${p.title}${p.docNumber ? `，${p.docNumber}` : ''}，${p.date}，${p.kind}）`,
    (p) => `imported: ${p.target} (${p.title}${p.docNumber ? `, ${p.docNumber}` : ''}, ${p.date}, ${p.kind})`,
  ),
  noClause: entry<{ query: string }>(
    (p) => `没有找到与“${p.query}”相关的条款`,
    (p) => `No clause matches "${p.query}"`,
  ),
  ledBy: entry<{ units: readonly string[] }>(
    (p) => `（${p.units.join('、')}牵头）`,
    (p) => ` (led by ${p.units.join('、')})`,
  ),
  score: entry<{ score: string }>(
    (p) => `得分 ${p.score}`,
    (p) => `score ${p.score}`,
  ),
  unexpected: entry<{ stack: string }>(
    (p) => `错误：${p.stack}`,
    (p) => `error: ${p.stack}`,
  ),
} as const;
