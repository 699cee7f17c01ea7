// The language service's LSP forms: diagnostics (code, documentation link, source, related corpus
// locations, severities) and the quick fixes the editor offers for them (the preferred one marked, a
// "fix all of this kind" action when the file has several).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import type { Locale } from '../../../server/src/service/l10n.js';
import { createLanguageService, DEFAULT_README_URL } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import type { SeverityOverride } from '../../../server/src/service/diagnostics/checkDraft.js';
import type { DiagnosticCode } from '../../../server/src/service/diagnostics/codes.js';
import {
  findingsOf,
  GD_FILES,
  GD_PLAN,
  GD_PLAN_URI,
  GD_REGISTRY,
  GD_SOURCES,
  gdIndex,
  lineRangeOf,
  rangeOf,
  textAt,
  withPreferredFixes,
} from './corpora.js';

const README = 'file:///opt/policy-lens/README.md';
const HEAD = '# 广东省数字政府改革建设2025年工作要点\n\n';

function service(options: { readmeUrl?: string } = {}) {
  let locale: Locale = 'zh';
  let severities: Partial<Record<DiagnosticCode, SeverityOverride>> = {};
  const built = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    locale: () => locale,
    workspaceDrafts: () => [],
    severities: () => severities,
    ...options,
  });
  built.indexCorpus(GD_FILES, GD_REGISTRY);
  return {
    service: built,
    setLocale: (next: Locale) => (locale = next),
    setSeverities: (next: typeof severities) => (severities = next),
  };
}

const URI = 'file:///work/drafts/2025.md';
const BODY = [
  '推进一网通管建设，依托“粤省新”办事。',
  '完善一网通管平台。',
  '推出“粤好办”小程序。',
  '到2025年，“粤商通”实名注册用户数达到1000万。',
  '推动“粤商通”实名注册用户数达到1200万。',
].join('\n');
const TEXT = HEAD + BODY;

describe('diagnostics in LSP form', () => {
  test('code, a link to the code’s README section, source, LSP severity, related corpus location, fixes in data', () => {
    const { service: s } = service({ readmeUrl: README });
    const diagnostics = s.diagnostics(draftDocument(URI, 1, TEXT));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, textAt(TEXT, d.range), d.severity, d.source, d.codeDescription?.href]),
      [
        ['name.near-miss', '一网通管', DiagnosticSeverity.Warning, 'policy-lens', `${README}#namenear-miss`],
        ['name.near-miss', '粤省新', DiagnosticSeverity.Warning, 'policy-lens', `${README}#namenear-miss`],
        ['name.near-miss', '一网通管', DiagnosticSeverity.Warning, 'policy-lens', `${README}#namenear-miss`],
        [
          'name.unknown-platform',
          '粤好办',
          DiagnosticSeverity.Information,
          'policy-lens',
          `${README}#nameunknown-platform`,
        ],
        ['value.inconsistent', '1200万', DiagnosticSeverity.Warning, 'policy-lens', `${README}#valueinconsistent`],
      ],
    );
    const [first] = diagnostics;
    assert.equal(first.message, '“一网通管”疑为“一网统管”之误');
    assert.deepEqual(first.relatedInformation, [
      { location: { uri: GD_PLAN_URI, range: lineRangeOf(GD_PLAN, '1. “一网统管”：') }, message: '“一网统管”见此' },
    ]);
    assert.deepEqual(first.data, {
      fixes: [{ title: '改为“一网统管”', range: first.range, newText: '一网统管', preferred: true }],
    });
  });

  test('without a README url the links point into the project’s README on GitHub', () => {
    const [first] = service().service.diagnostics(draftDocument(URI, 1, TEXT));
    assert.equal(first.codeDescription?.href, `${DEFAULT_README_URL}#namenear-miss`);
  });

  test('the severity setting is read at check time (per draft version): off drops, error raises', () => {
    const { service: s, setSeverities } = service();
    setSeverities({ 'name.near-miss': 'off', 'name.unknown-platform': 'error' });
    const codes = s.diagnostics(draftDocument(URI, 1, TEXT)).map((d) => [d.code, d.severity]);
    assert.deepEqual(codes, [
      ['name.unknown-platform', DiagnosticSeverity.Error],
      ['value.inconsistent', DiagnosticSeverity.Warning],
    ]);
  });

  test('after resetFindings a new setting applies to the same draft version', () => {
    const { service: s, setSeverities } = service();
    const draft = draftDocument(URI, 1, TEXT);
    assert.equal(s.diagnostics(draft).length, 5);
    setSeverities({ 'name.near-miss': 'off' });
    assert.equal(s.diagnostics(draft).length, 5, 'cached for this version until the settings say otherwise');
    s.resetFindings();
    assert.deepEqual(
      s.diagnostics(draft).map((d) => d.code),
      ['name.unknown-platform', 'value.inconsistent'],
    );
  });
});

describe('quick fixes', () => {
  const { service: s, setLocale } = service();
  const draft = draftDocument(URI, 1, TEXT);
  const diagnostics = s.diagnostics(draft);
  const at = (needle: string, occurrence = 0) => rangeOf(TEXT, needle, occurrence);
  const diagnosticAt = (needle: string, occurrence = 0): Diagnostic => {
    const range = at(needle, occurrence);
    const found = diagnostics.find((d) => JSON.stringify(d.range) === JSON.stringify(range));
    assert.ok(found, `no diagnostic on ${needle}`);
    return found;
  };
  const actions = (needle: string, occurrence = 0): CodeAction[] => {
    const diagnostic = diagnosticAt(needle, occurrence);
    return s.codeActions(draft, diagnostic.range, [diagnostic]);
  };

  test('on a near miss: the preferred fix for it, then “fix all name.near-miss” with one edit per near miss', () => {
    const diagnostic = diagnosticAt('一网通管');
    assert.deepEqual(actions('一网通管'), [
      {
        title: '改为“一网统管”',
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [URI]: [{ range: at('一网通管'), newText: '一网统管' }] } },
      },
      {
        title: '修复本文件中所有 name.near-miss（3 处）',
        kind: CodeActionKind.QuickFix,
        edit: {
          changes: {
            [URI]: [
              { range: at('一网通管'), newText: '一网统管' },
              { range: at('粤省新'), newText: '粤省事' },
              { range: at('一网通管', 1), newText: '一网统管' },
            ],
          },
        },
      },
    ]);
  });

  test('a range that touches no fixable diagnostic gets no action; one with no fix (unknown platform) neither', () => {
    assert.deepEqual(
      s.codeActions(draft, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, []),
      [],
    );
    assert.deepEqual(actions('粤好办'), []);
  });

  test('value.inconsistent: the fix is offered but not preferred, and one finding makes no fix-all', () => {
    const result = actions('1200万');
    assert.deepEqual(
      result.map((a) => [a.title, a.isPreferred, a.edit?.changes?.[URI]]),
      [['改为1000万', false, [{ range: at('1200万'), newText: '1000万' }]]],
    );
  });

  test('a cursor (empty range) inside the span is enough, with no context diagnostics', () => {
    const inside = { line: at('粤省新').start.line, character: at('粤省新').start.character + 1 };
    const result = s.codeActions(draft, { start: inside, end: inside }, []);
    assert.deepEqual(
      result.map((a) => [a.title, a.isPreferred, a.diagnostics]),
      [
        ['改为“粤省事”', true, undefined],
        ['修复本文件中所有 name.near-miss（3 处）', undefined, undefined],
      ],
    );
  });

  test('titles follow the locale', () => {
    setLocale('en');
    try {
      const english = s.codeActions(draftDocument(URI, 2, TEXT), at('粤省新'), []);
      assert.deepEqual(
        english.map((a) => a.title),
        ['Change to "粤省事"', 'Fix all name.near-miss in this file (3)'],
      );
    } finally {
      setLocale('zh');
    }
  });
});

describe('every preferred fix at once', () => {
  test('fixes every finding that has a preferred fix; what is left has none (unknown platform, value.inconsistent)', () => {
    const text = [
      HEAD.trimEnd(),
      '推进一网通管建设，依托"粤省事"和“粤省新”，推出“粤好办”小程序。',
      '由省信息中心负责，省政数局配合。（省政务服务数据管理局牵头）',
      '落实《广东省数字政府改革建设2022年工作要点》（粤办函[2022]24号）和《广东省数字政府改革建设2022年工作要点》（粤办函〔2021〕44号）。',
      '到2025年，“粤省事”日均活跃用户数达到100万名，“粤商通”日均活跃用户数达到200万名，政务云资源算力规模达到22.46万核。',
      '到2025年，“粤商通”实名注册用户数达到1000万。推动“粤商通”实名注册用户数达到1200万。',
    ].join('\n');
    const before = findingsOf(gdIndex(), GD_SOURCES, text);
    assert.deepEqual([...new Set(before.map((f) => f.code))].sort(), [
      'doc.number-mismatch',
      'name.deprecated',
      'name.near-miss',
      'name.quotes',
      'name.unknown-platform',
      'name.variant',
      'value.baseline-as-target',
      'value.conflict',
      'value.inconsistent',
      'value.outdated',
    ]);
    const fixed = withPreferredFixes(text, before);
    assert.equal(
      fixed.split('\n').slice(1).join('\n'),
      [
        '推进一网统管建设，依托“粤省事”和“粤省事”，推出“粤好办”小程序。',
        '由省政务服务数据管理局负责，省政务服务数据管理局配合。（省政务服务数据管理局牵头）',
        '落实《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）和《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）。',
        '到2025年，“粤省事”日均活跃用户数达到150万名，“粤商通”日均活跃用户数达到80万名，政务云资源算力规模达到30万核。',
        '到2025年，“粤商通”实名注册用户数达到1000万。推动“粤商通”实名注册用户数达到1200万。',
      ].join('\n'),
    );
    assert.deepEqual(
      findingsOf(gdIndex(), GD_SOURCES, fixed).map((f) => [f.code, f.span, f.fixes.some((x) => x.preferred)]),
      [
        ['name.unknown-platform', '粤好办', false],
        ['value.inconsistent', '1200万', false],
      ],
    );
  });
});
