// What the language server logs and shows, in the language of its locale (policyLens.language, whose
// `auto` follows VS Code's display language from InitializeParams.locale).
import { entry, fixed, plural } from './entry.js';

const failure = (zh: string, en: string) =>
  entry<{ error: string }>(
    (p) => `${zh}：${p.error}`,
    (p) => `${en}: ${p.error}`,
  );

/** The settings schemas' own rules carry these keys as their zod messages. */
export const SETTINGS_RULES = {
  'empty-path': fixed('路径不能为空', 'the path is empty'),
} as const;

export const SERVER_MESSAGES = {
  searchIndexFailed: failure('检索索引失败', 'Search index failed'),
  indexRestored: entry<{ documents: number }>(
    (p) => `语料索引已从缓存还原（${p.documents} 个文件未变）`,
    (p) => `Corpus index restored from the cache (${plural(p.documents, 'document', 'documents')} unchanged)`,
  ),
  indexCacheNotWritten: failure('索引缓存未能写入', 'The index cache was not written'),
  indexCacheUnreadable: failure('索引缓存无法还原，重新索引', 'The stored index did not restore, indexing anew'),
  indexingProgress: fixed('索引政策语料', 'Indexing the policy corpus'),
  readingFolders: entry<{ folders: number }>(
    (p) => `读取语料：${p.folders} 个目录`,
    (p) => `Reading ${plural(p.folders, 'corpus folder', 'corpus folders')}`,
  ),
  indexingFiles: entry<{ files: number }>(
    (p) => `索引 ${p.files} 个文件`,
    (p) => `Indexing ${plural(p.files, 'file', 'files')}`,
  ),
  indexed: entry<{ documents: number; names: number; problems: number; ms: number }>(
    (p) => `语料已索引：${p.documents} 个文件，${p.names} 个名称，${p.problems} 个问题，耗时 ${p.ms} ms`,
    (p) =>
      `Corpus indexed: ${plural(p.documents, 'document', 'documents')}, ${plural(p.names, 'name', 'names')}, ${plural(p.problems, 'problem', 'problems')}, ${p.ms} ms`,
  ),
  indexingFailed: failure('语料索引失败', 'Corpus indexing failed'),
  afterIndexingFailed: failure('索引后处理失败', 'Failed after indexing'),
  cannotWatch: entry<{ folder: string; error: string }>(
    (p) => `无法监视 ${p.folder}：${p.error}`,
    (p) => `Cannot watch ${p.folder}: ${p.error}`,
  ),
  cannotReadSettings: failure('无法读取设置，沿用当前设置', 'Cannot read the settings, keeping the current ones'),
  invalidSetting: entry<{ key: string; problem: string }>(
    (p) => `设置 ${p.key} 无效，已使用默认值：${p.problem}`,
    (p) => `Invalid setting ${p.key}, using the default: ${p.problem}`,
  ),
  startFailed: failure('启动失败', 'Start-up failed'),
  settingsUpdateFailed: failure('设置更新失败', 'Settings update failed'),
  requestFailed: failure('请求失败', 'Request failed'),
  checkFailed: entry<{ uri: string; error: string }>(
    (p) => `检查 ${p.uri} 失败：${p.error}`,
    (p) => `Check failed for ${p.uri}: ${p.error}`,
  ),
  cannotRegisterCompletion: failure('无法注册补全', 'Cannot register completion'),
  recordedInRegistry: entry<{ lesson: string; name: string; path: string }>(
    (p) => `已记入工作区名录：${p.lesson} ${p.name} → ${p.path}`,
    (p) => `Recorded in the workspace registry: ${p.lesson} ${p.name} → ${p.path}`,
  ),
  cannotWriteRegistry: failure('无法写入工作区名录', 'Cannot write the workspace registry'),
  unhandledRejection: failure('未处理的异常', 'Unhandled rejection'),
} as const;
