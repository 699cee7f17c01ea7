// The language service's LSP forms: diagnostics (code, documentation link, source, related corpus
// locations, severities, confidence and evidence) and the quick fixes the editor offers for them: safe
// fixes (preferred) and suggestions (preferred only for a certain finding), the commands that teach
// the workspace registry, and a "fix all" of a code's safe fixes when the file has several.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import type { Locale } from '../../../server/src/service/l10n.js';
import { createLanguageService, DEFAULT_README_URL } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import type { SeverityOverride } from '../../../server/src/service/checks/severity.js';
import type { DiagnosticCode } from '../../../server/src/service/checks/codes.js';
import {
  GD_FILES,
  GD_PLAN,
  GD_PLAN_URI,
  GD_REGISTRY,
  gdIndex,
  lineRangeOf,
  rangeOf,
  textAt,
  withSafeFixes,
} from './corpora.js';
import type { DiagnosticData } from '../../../server/src/service/features/diagnostics.js';
import { safeEdits } from '../../../server/src/service/features/codeActions.js';
import { runChecks } from '../../../server/src/service/checks/runChecks.js';

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
  '推进一网通管建设，依托“粤省市”办事。',
  '完善一网通管平台。',
  '推出“粤好办”小程序。',
  '到2025年，“粤商通”实名注册用户数达到1000万。',
  '推动“粤商通”实名注册用户数达到1200万。',
  '落实粤办函[2022]24号，对照粤办函[2021]44号。',
].join('\n');
const TEXT = HEAD + BODY;
/** A position inside the first `needle` of a text, `delta` characters in. */
const at = (text: string, needle: string, delta = 0) => {
  const range = rangeOf(text, needle);
  return { line: range.start.line, character: range.start.character + delta };
};

describe('diagnostics in LSP form', () => {
  test('code, a link to the code’s README section, source, LSP severity, related corpus location, fixes in data', () => {
    const { service: s } = service({ readmeUrl: README });
    const diagnostics = s.diagnostics(draftDocument(URI, 1, TEXT));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, textAt(TEXT, d.range), d.severity, d.source, d.codeDescription?.href]),
      [
        ['name.near-miss', '一网通管', DiagnosticSeverity.Warning, 'policy-lens', `${README}#namenear-miss`],
        ['name.near-miss', '粤省市', DiagnosticSeverity.Warning, 'policy-lens', `${README}#namenear-miss`],
        ['name.near-miss', '一网通管', DiagnosticSeverity.Warning, 'policy-lens', `${README}#namenear-miss`],
        [
          'name.unknown-platform',
          '粤好办',
          DiagnosticSeverity.Information,
          'policy-lens',
          `${README}#nameunknown-platform`,
        ],
        ['value.inconsistent', '1200万', DiagnosticSeverity.Warning, 'policy-lens', `${README}#valueinconsistent`],
        [
          'doc.number-mismatch',
          '粤办函[2022]24号',
          DiagnosticSeverity.Warning,
          'policy-lens',
          `${README}#docnumber-mismatch`,
        ],
        [
          'doc.number-mismatch',
          '粤办函[2021]44号',
          DiagnosticSeverity.Warning,
          'policy-lens',
          `${README}#docnumber-mismatch`,
        ],
      ],
    );
    const [first] = diagnostics;
    assert.equal(first.message, '“一网通管”疑为“一网统管”之误（同音字：通/统 tong）');
    assert.deepEqual(first.relatedInformation, [
      { location: { uri: GD_PLAN_URI, range: lineRangeOf(GD_PLAN, '1. “一网统管”：') }, message: '“一网统管”见此' },
    ]);
    const data = first.data as DiagnosticData;
    assert.deepEqual(data.fixes, [{ title: '改为“一网统管”', range: first.range, newText: '一网统管', safe: false }]);
    assert.equal(data.confidence, 'likely');
    assert.deepEqual(
      data.evidence.map((e) => e.signal),
      ['segment-aligned', 'same-sound', 'corpus-usage'],
    );
    assert.deepEqual(
      data.commands.map((c) => c.title),
      ['将“一网通管”加入工作区名录', '将“一网通管”记为普通词语'],
    );
  });

  test('without a README url the links point into the project’s README on GitHub', () => {
    const [first] = service().service.diagnostics(draftDocument(URI, 1, TEXT));
    assert.equal(first.codeDescription?.href, `${DEFAULT_README_URL}#namenear-miss`);
  });

  test('the severity setting is read at check time (per draft version): off drops, error raises', () => {
    const { service: s, setSeverities } = service();
    setSeverities({ 'name.near-miss': 'off', 'name.unknown-platform': 'error' });
    const codes = s.diagnostics(draftDocument(URI, 1, TEXT)).map((d) => [d.code, d.severity]);
    // With near misses off, “粤省市” is what it is without the guess: a brand the corpus does not know.
    assert.deepEqual(codes, [
      ['name.unknown-platform', DiagnosticSeverity.Error],
      ['name.unknown-platform', DiagnosticSeverity.Error],
      ['value.inconsistent', DiagnosticSeverity.Warning],
      ['doc.number-mismatch', DiagnosticSeverity.Warning],
      ['doc.number-mismatch', DiagnosticSeverity.Warning],
    ]);
  });

  test('after resetFindings a new setting applies to the same draft version', () => {
    const { service: s, setSeverities } = service();
    const draft = draftDocument(URI, 1, TEXT);
    assert.equal(s.diagnostics(draft).length, 7);
    setSeverities({ 'name.near-miss': 'off', 'doc.number-mismatch': 'off' });
    assert.equal(s.diagnostics(draft).length, 7, 'cached for this version until the settings say otherwise');
    s.resetFindings();
    assert.deepEqual(
      s.diagnostics(draft).map((d) => d.code),
      ['name.unknown-platform', 'name.unknown-platform', 'value.inconsistent'],
    );
  });
});

describe('the hover on a diagnostic', () => {
  test('says the code, how sure the checker is and the evidence, above what the corpus knows of the name', () => {
    const { service: s } = service();
    const draft = draftDocument(URI, 1, TEXT);
    s.diagnostics(draft);
    const hover = s.hover(draft, at(TEXT, '粤省市', 1));
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(
      value,
      /^\*\*name\.near-miss\*\* · 把握：确定 {2}\n依据：与分词边界一致；在引号内；以平台品牌字开头（粤）；同音字（市\/事 shi）/,
    );
  });

  test('…and never runs a check itself: before the draft is checked, only what the corpus knows', () => {
    const { service: s } = service();
    const hover = s.hover(draftDocument(URI, 1, TEXT), at(TEXT, '粤省市', 1));
    assert.equal(hover, undefined);
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

  test('on a likely near miss: the suggestion (not preferred), then the teaching commands; no fix-all of guesses', () => {
    const diagnostic = diagnosticAt('一网通管');
    const teach = (lesson: string) => ({
      draftUri: URI,
      lesson,
      name: '一网通管',
      ...(lesson === 'name' ? { kind: 'term' } : {}),
    });
    assert.deepEqual(actions('一网通管'), [
      {
        title: '改为“一网统管”',
        kind: CodeActionKind.QuickFix,
        isPreferred: false,
        diagnostics: [diagnostic],
        edit: { changes: { [URI]: [{ range: at('一网通管'), newText: '一网统管' }] } },
      },
      {
        title: '将“一网通管”加入工作区名录',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: '将“一网通管”加入工作区名录', command: 'policyLens.teach', arguments: [teach('name')] },
      },
      {
        title: '将“一网通管”记为普通词语',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: '将“一网通管”记为普通词语', command: 'policyLens.teach', arguments: [teach('ordinary')] },
      },
    ]);
  });

  test('on a certain near miss (“粤省市”: quoted, brand prefix, same sound, one candidate) the suggestion is preferred', () => {
    assert.deepEqual(
      actions('粤省市').map((a) => [a.title, a.isPreferred]),
      [
        ['改为“粤省事”', true],
        ['将“粤省市”加入工作区名录', undefined],
        ['将“粤省市”记为普通词语', undefined],
      ],
    );
  });

  test('on a bracket error: the safe fix, preferred, then “fix all” of the file’s safe doc.number-mismatch fixes', () => {
    assert.deepEqual(
      actions('粤办函[2022]24号').map((a) => [a.title, a.isPreferred, a.edit?.changes?.[URI]]),
      [
        ['改为粤办函〔2022〕24号', true, [{ range: at('[2022]'), newText: '〔2022〕' }]],
        [
          '修复本文件中所有 doc.number-mismatch（2 处）',
          undefined,
          [
            { range: at('[2022]'), newText: '〔2022〕' },
            { range: at('[2021]'), newText: '〔2021〕' },
          ],
        ],
      ],
    );
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
    const inside = { line: at('粤省市').start.line, character: at('粤省市').start.character + 1 };
    const result = s.codeActions(draft, { start: inside, end: inside }, []);
    assert.deepEqual(
      result.map((a) => [a.title, a.isPreferred, a.diagnostics]),
      [
        ['改为“粤省事”', true, undefined],
        ['将“粤省市”加入工作区名录', undefined, undefined],
        ['将“粤省市”记为普通词语', undefined, undefined],
      ],
    );
  });

  test('titles follow the locale', () => {
    setLocale('en');
    try {
      const english = s.codeActions(draftDocument(URI, 2, TEXT), at('粤办函[2022]24号'), []);
      assert.deepEqual(
        english.map((a) => a.title),
        ['Change to 粤办函〔2022〕24号', 'Fix all doc.number-mismatch in this file (2 places)'],
      );
    } finally {
      setLocale('zh');
    }
  });
});

describe('what check --fix applies', () => {
  test('two safe fixes side by side (‘粤省事’‘粤商通’) are both applied: nothing is left for a second run', () => {
    const text = `${HEAD}依托‘粤省事’‘粤商通’开展服务。`;
    const before = runChecks(gdIndex(), draftDocument(URI, 1, text), { locale: 'zh' });
    assert.deepEqual(
      before.map((f) => [f.code, textAt(text, f.range)]),
      [
        ['name.quotes', '‘粤省事’'],
        ['name.quotes', '‘粤商通’'],
      ],
    );
    const fixed = withSafeFixes(text, before);
    assert.equal(fixed, `${HEAD}依托“粤省事”“粤商通”开展服务。`);
    assert.deepEqual(safeEdits(runChecks(gdIndex(), draftDocument(URI, 2, fixed), { locale: 'zh' })), []);
  });

  test('an insertion where another fix starts is left for the next run: which goes first would decide the text', () => {
    const at = { line: 0, character: 2 };
    const finding = (end: number, newText: string) => ({
      code: 'name.quotes' as const,
      range: { start: at, end: { line: 0, character: end } },
      confidence: 'certain' as const,
      evidence: [],
      message: '',
      related: [],
      fixes: [{ title: '', range: { start: at, end: { line: 0, character: end } }, newText, safe: true }],
    });
    assert.equal(safeEdits([finding(2, '“'), finding(5, '粤省事')]).length, 1);
  });

  test('every safe fix (brackets, quotes, registry-confirmed names); guesses and values stay for the drafter', () => {
    const text = [
      HEAD.trimEnd(),
      '推进一网通管建设，依托"粤省事"和“粤省市”，推出“粤好办”小程序。',
      '由省信息中心负责，省政数局配合。（省政务服务数据管理局牵头）',
      '落实《广东省数字政府改革建设2022年工作要点》（粤办函[2022]24号）和《广东省数字政府改革建设2022年工作要点》（粤办函〔2021〕44号）。',
      '到2025年，“粤省事”日均活跃用户数达到100万名，“粤商通”日均活跃用户数达到200万名，政务云资源算力规模达到22.46万核。',
      '到2025年，“粤商通”实名注册用户数达到1000万。推动“粤商通”实名注册用户数达到1200万。',
    ].join('\n');
    const before = runChecks(gdIndex(), draftDocument(URI, 1, text), { locale: 'zh' });
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
    const fixed = withSafeFixes(text, before);
    assert.equal(
      fixed.split('\n').slice(1).join('\n'),
      [
        '推进一网通管建设，依托“粤省事”和“粤省市”，推出“粤好办”小程序。',
        '由省政务服务数据管理局负责，省政数局配合。（省政务服务数据管理局牵头）',
        '落实《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）和《广东省数字政府改革建设2022年工作要点》（粤办函〔2021〕44号）。',
        '到2025年，“粤省事”日均活跃用户数达到100万名，“粤商通”日均活跃用户数达到200万名，政务云资源算力规模达到22.46万核。',
        '到2025年，“粤商通”实名注册用户数达到1000万。推动“粤商通”实名注册用户数达到1200万。',
      ].join('\n'),
    );
    // What is left has no safe fix: it needs the drafter's judgement.
    const after = runChecks(gdIndex(), draftDocument(URI, 2, fixed), { locale: 'zh' });
    assert.deepEqual(safeEdits(after), []);
    assert.deepEqual([...new Set(after.map((f) => f.code))].sort(), [
      'doc.number-mismatch',
      'name.near-miss',
      'name.unknown-platform',
      'name.variant',
      'value.baseline-as-target',
      'value.conflict',
      'value.inconsistent',
      'value.outdated',
    ]);
  });
});
