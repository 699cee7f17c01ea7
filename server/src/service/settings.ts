import { z } from 'zod';
import { ALL_CODES, type DiagnosticCode } from './checks/codes.js';
import type { SeverityOverride } from './checks/severity.js';
import type { Locale } from './l10n.js';
import { say } from './messages/entry.js';
import { SETTINGS_RULES } from './messages/server.js';

const SEVERITY_VALUES = ['error', 'warning', 'info', 'hint', 'off'] as const;

// One schema per setting: the declarations below, the Settings type and readSettings all use these.
const corpusPathsSchema = z.array(z.string().min(1, 'empty-path' satisfies keyof typeof SETTINGS_RULES));
const includeBundledSchema = z.boolean();
const languageSchema = z.enum(['auto', 'zh', 'en']);
const severitySchema = z.record(z.enum(ALL_CODES as [DiagnosticCode, ...DiagnosticCode[]]), z.enum(SEVERITY_VALUES));
const traceSchema = z.enum(['off', 'messages', 'verbose']);
const diagnosticsScopeSchema = z.enum(['openFiles', 'workspace']);

/**
 * Every user setting, declared once. The server validates what the client sends with the zod schema
 * built from this list, and `contributes.configuration` in package.json is generated from it
 * (scripts/generate-configuration.ts; a test fails when they drift).
 */
export interface SettingDeclaration {
  /** The setting id without the `policyLens.` prefix, dotted: corpus.paths */
  readonly key: string;
  readonly schema: z.ZodTypeAny;
  readonly default: unknown;
  /** The JSON schema fragment VS Code shows in the settings UI. */
  readonly json: Record<string, unknown>;
  readonly description: { readonly zh: string; readonly en: string };
  readonly scope: 'window' | 'resource' | 'machine-overridable';
}

export const SETTING_DECLARATIONS: readonly SettingDeclaration[] = [
  {
    key: 'corpus.paths',
    schema: corpusPathsSchema,
    default: [],
    json: { type: 'array', items: { type: 'string' } },
    description: {
      zh: '额外的政策语料目录（相对于工作区或绝对路径）。目录中的 .md 文件须带元数据头，原始文本请先用 `policy-lens corpus import` 转换。',
      en: 'Extra policy corpus folders (workspace-relative or absolute). Their .md files need a metadata header; convert raw text with `policy-lens corpus import` first.',
    },
    scope: 'resource',
  },
  {
    key: 'corpus.includeBundled',
    schema: includeBundledSchema,
    default: true,
    json: { type: 'boolean' },
    description: {
      zh: '是否包含扩展自带的广东省数字政府语料。',
      en: 'Include the bundled Guangdong digital-government corpus.',
    },
    scope: 'resource',
  },
  {
    key: 'language',
    schema: languageSchema,
    default: 'auto',
    json: { type: 'string', enum: ['auto', 'zh', 'en'] },
    description: {
      zh: '悬停提示、诊断与语言服务器消息的语言：auto 跟随 VS Code 的显示语言。',
      en: "Language of hovers, diagnostics and the language server's messages: auto follows VS Code's display language.",
    },
    scope: 'window',
  },
  {
    key: 'diagnostics.severity',
    schema: severitySchema,
    default: {},
    json: {
      type: 'object',
      properties: Object.fromEntries(ALL_CODES.map((code) => [code, { type: 'string', enum: [...SEVERITY_VALUES] }])),
      additionalProperties: false,
    },
    description: {
      zh: '按诊断代码设置级别（error / warning / info / hint），设为 off 即关闭该检查。例如 { "value.outdated": "error", "name.quotes": "off" }。',
      en: 'Severity per diagnostic code (error / warning / info / hint); off turns the check off. E.g. { "value.outdated": "error", "name.quotes": "off" }.',
    },
    scope: 'resource',
  },
  {
    key: 'diagnostics.scope',
    schema: diagnosticsScopeSchema,
    default: 'openFiles',
    json: { type: 'string', enum: ['openFiles', 'workspace'] },
    description: {
      zh: '检查哪些草稿：openFiles 只查打开的文件；workspace 也查工作区中未打开的 Markdown 草稿，问题面板列出全部（语料目录除外）。',
      en: 'Which drafts are checked: openFiles only the open ones; workspace also the Markdown drafts of the workspace that are not open, so the Problems panel lists them all (corpus folders excepted).',
    },
    scope: 'window',
  },
  {
    key: 'trace.server',
    schema: traceSchema,
    default: 'off',
    json: { type: 'string', enum: ['off', 'messages', 'verbose'] },
    description: {
      zh: '在输出面板中记录客户端与语言服务器之间的通信。',
      en: 'Trace the communication between the client and the language server in the output panel.',
    },
    scope: 'window',
  },
];

/** The settings the server applies (the client-side trace setting is not among them). */
export interface Settings {
  readonly corpus: {
    readonly paths: z.infer<typeof corpusPathsSchema>;
    readonly includeBundled: z.infer<typeof includeBundledSchema>;
  };
  readonly language: z.infer<typeof languageSchema>;
  readonly diagnostics: {
    readonly severity: Partial<Record<DiagnosticCode, SeverityOverride>>;
    readonly scope: z.infer<typeof diagnosticsScopeSchema>;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  corpus: { paths: [], includeBundled: true },
  language: 'auto',
  diagnostics: { severity: {}, scope: 'openFiles' },
};

export interface SettingsProblem {
  readonly key: string;
  readonly message: string;
}

/** A zod issue in the locale's words: the schemas' own rules carry a catalogue key, zod's messages stay. */
const settingsIssue = (message: string, locale: Locale) =>
  message in SETTINGS_RULES ? say(locale, SETTINGS_RULES[message as keyof typeof SETTINGS_RULES], {}) : message;

/**
 * Validates the `policyLens` section as the client sends it. An invalid value falls back to its
 * default and is reported; the other settings still apply.
 */
export function readSettings(
  section: unknown,
  locale: Locale = 'zh',
): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const value = <T>(key: string, schema: z.ZodType<T>): T => {
    const declaration = SETTING_DECLARATIONS.find((d) => d.key === key)!;
    // The declared default goes through the same schema, so it is typed (and checked) like a value.
    const fallback = schema.parse(declaration.default);
    const raw = key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        section,
      );
    if (raw === undefined || raw === null) return fallback;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push({
      key: `policyLens.${key}`,
      message: parsed.error.issues
        .map(
          (issue) => `${issue.path.length ? `[${issue.path.join('.')}] ` : ''}${settingsIssue(issue.message, locale)}`,
        )
        .join('; '),
    });
    return fallback;
  };
  const settings: Settings = {
    corpus: {
      paths: value('corpus.paths', corpusPathsSchema),
      includeBundled: value('corpus.includeBundled', includeBundledSchema),
    },
    language: value('language', languageSchema),
    diagnostics: {
      severity: value('diagnostics.severity', severitySchema),
      scope: value('diagnostics.scope', diagnosticsScopeSchema),
    },
  };
  return { settings, problems };
}

/** `contributes.configuration` for package.json, generated from the declarations. */
export function configurationContribution(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const declaration of SETTING_DECLARATIONS) {
    properties[`policyLens.${declaration.key}`] = {
      ...declaration.json,
      default: declaration.default,
      scope: declaration.scope,
      description: `%config.${declaration.key}%`,
    };
  }
  return { title: 'Policy Lens', properties };
}
