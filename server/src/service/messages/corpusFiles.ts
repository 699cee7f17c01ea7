// Problems of corpus folders and files, as the Problems panel and `policy-lens check` show them.
import { entry, fixed } from './entry.js';

/**
 * The metadata schema's own rules carry these keys as their zod messages (zod's built-in messages, such as
 * `Required`, stay as zod writes them): see `metadataIssue` in ../corpus/metadata.ts.
 */
export const METADATA_RULES = {
  'date-format': fixed('日期须为 YYYY-MM-DD 或 YYYY-MM', 'the date must be YYYY-MM-DD or YYYY-MM'),
  'id-characters': fixed('id 只能含字母、数字、_ . -', 'the id may hold letters, digits, _ . - only'),
  'period-order': fixed('起始年不能晚于结束年', 'the period must not end before it starts'),
} as const;

/** The limits of a corpus folder walk, as the warning names them. */
const WALK_UNITS = { depth: ['层', 'levels'], entries: ['项', 'entries'], files: ['个文件', 'files'] } as const;

export const CORPUS_FILE_MESSAGES = {
  cannotRead: entry<{ error: string }>(
    (p) => `无法读取：${p.error}`,
    (p) => `Cannot read: ${p.error}`,
  ),
  tooLarge: entry<{ mb: string; limitMb: number }>(
    (p) => `文件过大（${p.mb} MB，上限 ${p.limitMb} MB），已跳过`,
    (p) => `File too large (${p.mb} MB, the limit is ${p.limitMb} MB): skipped`,
  ),
  walkStopped: entry<{ count: number; limit: keyof typeof WALK_UNITS }>(
    (p) =>
      `语料目录过大，已在${p.count} ${WALK_UNITS[p.limit][0]}处停止读取；请把 policyLens.corpus.paths 指向只含政策文件的目录`,
    (p) =>
      `Corpus folder too large: reading stopped at ${p.count} ${WALK_UNITS[p.limit][1]}; point policyLens.corpus.paths at a folder of policy documents only`,
  ),
  linkSkipped: entry<{ why: 'outside' | 'loop' }>(
    (p) => (p.why === 'outside' ? '链接指向语料目录之外，已跳过' : '链接形成循环，已跳过'),
    (p) => (p.why === 'outside' ? 'A link out of the corpus folder: skipped' : 'A link loop: skipped'),
  ),
  notRegularFile: entry<Record<string, never>>(
    () => '不是普通文件（管道、设备等），已跳过',
    () => 'Not a regular file (a pipe, a device…): skipped',
  ),
  folderUnreadable: entry<{ error: string }>(
    (p) => `语料目录无法读取：${p.error}`,
    (p) => `Corpus folder unreadable: ${p.error}`,
  ),
  binary: fixed('这是二进制文件，不是文本', 'This is a binary file, not text'),
  notUtf8: fixed('不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8', 'Not UTF-8 (GBK?): save it as UTF-8'),
  rawText: fixed(
    '原始文本不能直接作为语料，请先运行 `policy-lens corpus import` 转换',
    'Raw text is no corpus document: convert it with `policy-lens corpus import` first',
  ),
  empty: fixed('文件为空', 'The file is empty'),
  duplicateId: entry<{ id: string; file: string }>(
    (p) => `id“${p.id}”已由 ${p.file} 使用，本文件未索引；请改用另一个 id`,
    (p) => `The id "${p.id}" is already used by ${p.file}: this file is not indexed; give it another id`,
  ),
  unparsable: entry<{ error: string }>(
    (p) => `解析失败：${p.error}`,
    (p) => `Could not be parsed: ${p.error}`,
  ),
  duplicate: entry<{ kept: string; docNumber: string; reason: string }>(
    (p) => `与 ${p.kept} 是同一文件（文号 ${p.docNumber}），${p.reason}，本文件不再索引`,
    (p) => `The same document as ${p.kept} (${p.docNumber}): not indexed twice`,
  ),
  noHeader: fixed(
    '缺少元数据头（以 --- 开始和结束的 YAML）',
    'The metadata header is missing (YAML between --- lines)',
  ),
  headerNotYaml: entry<{ error: string }>(
    (p) => `元数据头不是有效的 YAML：${p.error}`,
    (p) => `The metadata header is no valid YAML: ${p.error}`,
  ),
  headerTooDeep: entry<{ depth: number; line: number; limit: number }>(
    (p) => `元数据头嵌套过深：第 ${p.line} 行达到 ${p.depth} 层，最多读取 ${p.limit} 层`,
    (p) => `The metadata header nests too deeply: ${p.depth} levels at line ${p.line}; at most ${p.limit} are read`,
  ),
  yamlTooDeep: entry<{ depth: number; line: number; limit: number }>(
    (p) => `YAML 嵌套过深：第 ${p.line} 行达到 ${p.depth} 层，最多读取 ${p.limit} 层`,
    (p) => `The YAML nests too deeply: ${p.depth} levels at line ${p.line}; at most ${p.limit} are read`,
  ),
  notYaml: entry<{ error: string }>(
    (p) => `不是有效的 YAML：${p.error}`,
    (p) => `Not valid YAML: ${p.error}`,
  ),
  field: entry<{ field: string; problem: string }>(
    (p) => `字段 ${p.field}: ${p.problem}`,
    (p) => `field ${p.field}: ${p.problem}`,
  ),
} as const;
