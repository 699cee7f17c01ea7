// name.* and doc.number-mismatch on the in-memory Guangdong corpus: one planted mistake per draft, so each
// test sees the checker's complete answer (exact span, Chinese message naming the right name, the corpus
// place it cites, the preferred fix) and nothing else.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findingsOf,
  GD_2021_URI,
  GD_2022_URI,
  GD_PLAN,
  GD_PLAN_URI,
  GD_SOURCES,
  gdIndex,
  lineRangeOf,
  rangeOf,
  textAt,
  type Seen,
} from './corpora.js';

const HEAD = '# 广东省数字政府改革建设2025年工作要点\n\n';
const findings = (body: string): Seen[] => findingsOf(gdIndex(), GD_SOURCES, HEAD + body);
/** The range of `needle` in the draft HEAD + body. */
const at = (body: string, needle: string, occurrence = 0) => rangeOf(HEAD + body, needle, occurrence);

const YUESHENGSHI_SENTENCE = '面向个人办事的“粤省事”移动政务服务平台，为群众提供一站式掌上服务。';
const AGENCY_SENTENCE = '2018年，撤并调整省信息中心，组建省政务服务数据管理局。';

describe('name.near-miss', () => {
  test('一网通管 for the glossary term 一网统管: the span, the term in the message, its 名词解释 entry, the fix', () => {
    const body = '推进一网通管建设。';
    const range = at(body, '一网通管');
    assert.deepEqual(findings(body), [
      {
        code: 'name.near-miss',
        severity: 'warning',
        span: '一网通管',
        range,
        message: '“一网通管”疑为“一网统管”之误（同音字：通/统 tong）',
        related: [
          {
            uri: GD_PLAN_URI,
            text: textAt(GD_PLAN, lineRangeOf(GD_PLAN, '1. “一网统管”：')),
            message: '“一网统管”见此',
          },
        ],
        // A guess at the writer's intent: a suggestion (never applied by --fix), not preferred unless certain.
        fixes: [{ title: '改为“一网统管”', range, newText: '一网统管', preferred: false, safe: false }],
      },
    ]);
  });

  test('a quoted brand one character off, unlike in sound (“粤省新”): an unknown platform, 粤省事 offered as a guess', () => {
    const body = '依托“粤省新”开展服务。';
    const range = at(body, '粤省新');
    // 新 and 事 do not sound alike: no input method makes this slip, so it is no more than a guess,
    // said in the unknown-platform note rather than as a warning of its own.
    assert.deepEqual(findings(body), [
      {
        code: 'name.unknown-platform',
        severity: 'info',
        span: '粤省新',
        range,
        message: '语料中没有平台“粤省新”，请核实名称（是否为“粤省事”？）',
        related: [],
        fixes: [{ title: '改为“粤省事”', range, newText: '粤省事', preferred: false, safe: false }],
      },
    ]);
  });

  test('two words swapped inside a long agency name (省政务数据服务管理局)', () => {
    const body = '由省政务数据服务管理局负责。';
    const range = at(body, '省政务数据服务管理局');
    assert.deepEqual(findings(body), [
      {
        code: 'name.near-miss',
        severity: 'warning',
        span: '省政务数据服务管理局',
        range,
        message: '“省政务数据服务管理局”疑为“省政务服务数据管理局”之误（词序颠倒）',
        related: [{ uri: GD_PLAN_URI, text: AGENCY_SENTENCE, message: '“省政务服务数据管理局”见此' }],
        fixes: [
          {
            title: '改为“省政务服务数据管理局”',
            range,
            newText: '省政务服务数据管理局',
            preferred: false,
            safe: false,
          },
        ],
      },
    ]);
  });
});

describe('name.deprecated', () => {
  test('省信息中心: replaced, since when, by what, on whose authority; fixed to the new agency', () => {
    const body = '由省信息中心负责统筹。';
    const range = at(body, '省信息中心');
    assert.deepEqual(findings(body), [
      {
        code: 'name.deprecated',
        severity: 'warning',
        span: '省信息中心',
        range,
        message:
          '“省信息中心”已停用（2018起），现为“省政务服务数据管理局”；依据：广东省数字政府改革建设“十四五”规划（撤并调整省信息中心，组建省政务服务数据管理局。）',
        related: [{ uri: GD_PLAN_URI, text: AGENCY_SENTENCE, message: '“省政务服务数据管理局”见此' }],
        // The registry confirms the replacement: a safe fix.
        fixes: [
          { title: '改为“省政务服务数据管理局”', range, newText: '省政务服务数据管理局', preferred: true, safe: true },
        ],
      },
    ]);
  });
});

describe('name.variant', () => {
  test('an abbreviation beside the full name: the abbreviation is flagged and unified to the corpus form', () => {
    const body = '由省政数局和省政务服务数据管理局共同负责。';
    const range = at(body, '省政数局');
    assert.deepEqual(findings(body), [
      {
        code: 'name.variant',
        severity: 'warning',
        span: '省政数局',
        range,
        message: '同一文稿中“省政务服务数据管理局”有不同写法：此处为省政数局，其他处为省政务服务数据管理局',
        related: [{ uri: GD_PLAN_URI, text: AGENCY_SENTENCE, message: '语料中的写法' }],
        // Writing an abbreviation out can read differently: a suggestion, not a safe fix.
        fixes: [
          {
            title: '统一为省政务服务数据管理局',
            range,
            newText: '省政务服务数据管理局',
            preferred: false,
            safe: false,
          },
        ],
      },
    ]);
  });

  test('a platform quoted in one place and bare in another: the bare one is a variant (not also name.quotes)', () => {
    const body = '依托“粤省事”办事。\n依托粤省事平台办事。';
    const range = at(body, '粤省事', 1);
    assert.deepEqual(findings(body), [
      {
        code: 'name.variant',
        severity: 'warning',
        span: '粤省事',
        range,
        message: '同一文稿中“粤省事”有不同写法：此处为粤省事，其他处为“粤省事”',
        related: [{ uri: GD_PLAN_URI, text: YUESHENGSHI_SENTENCE, message: '语料中的写法' }],
        // Only the quotes change: a safe fix.
        fixes: [{ title: '统一为“粤省事”', range, newText: '“粤省事”', preferred: true, safe: true }],
      },
    ]);
  });

  test('an abbreviation the draft introduces itself (以下简称) is meant to be used', () => {
    assert.deepEqual(findings('广东省政务服务数据管理局（以下简称省政数局）负责统筹，省政数局负责落实。'), []);
  });
});

describe('name.quotes', () => {
  test('ASCII quotes around a platform the corpus quotes: a warning over the quotes too, fixed to “粤省事”', () => {
    const body = '依托"粤省事"开展服务。';
    const range = at(body, '"粤省事"');
    assert.deepEqual(findings(body), [
      {
        code: 'name.quotes',
        severity: 'warning',
        span: '"粤省事"',
        range,
        message: '平台名称应使用全角引号：“粤省事”',
        related: [{ uri: GD_PLAN_URI, text: YUESHENGSHI_SENTENCE, message: '语料中的写法' }],
        fixes: [{ title: '改为“粤省事”', range, newText: '“粤省事”', preferred: true, safe: true }],
      },
    ]);
  });

  test('corner brackets are ASCII-like quotes too (「粤商通」)', () => {
    const body = '依托「粤商通」开展服务。';
    const [finding] = findings(body);
    assert.deepEqual(
      [finding.code, finding.severity, finding.span, finding.fixes[0].newText],
      ['name.quotes', 'warning', '「粤商通」', '“粤商通”'],
    );
  });

  test('written bare (the only form in the draft) it is only information', () => {
    const body = '依托粤省事开展服务。';
    const range = at(body, '粤省事');
    assert.deepEqual(findings(body), [
      {
        code: 'name.quotes',
        severity: 'info',
        span: '粤省事',
        range,
        message: '平台名称应使用全角引号：“粤省事”',
        related: [{ uri: GD_PLAN_URI, text: YUESHENGSHI_SENTENCE, message: '语料中的写法' }],
        // Safe, but a possible finding is never fixed by default: some corpus documents write it bare.
        fixes: [{ title: '改为“粤省事”', range, newText: '“粤省事”', preferred: false, safe: true }],
      },
    ]);
  });

  test('a platform the corpus writes bare (广东政务服务网) needs no quotes', () => {
    assert.deepEqual(findings('推进广东政务服务网建设。'), []);
  });
});

describe('name.unknown-platform', () => {
  test('a quoted brand of the province’s shape the corpus does not know: information, no fix to offer', () => {
    const body = '推出“粤好办”小程序。';
    assert.deepEqual(findings(body), [
      {
        code: 'name.unknown-platform',
        severity: 'info',
        span: '粤好办',
        range: at(body, '粤好办'),
        message: '语料中没有平台“粤好办”，请核实名称',
        related: [],
        fixes: [],
      },
    ]);
  });

  test('a brand one slip from a known one is a near miss only, not also unknown', () => {
    assert.deepEqual(
      findings('依托“粤商同”开展服务。').map((f) => [f.code, f.span, f.fixes[0]?.newText]),
      [['name.near-miss', '粤商同', '粤商通']],
    );
  });

  test('another province’s prefix is not this corpus’s brand shape', () => {
    assert.deepEqual(findings('学习“浙好办”经验。'), []);
  });
});

describe('doc.number-mismatch', () => {
  const PLAN_2022 = '《广东省数字政府改革建设2022年工作要点》';

  test('square brackets for the year: fixed to 〔〕, related to the document that bears the number', () => {
    const body = `落实${PLAN_2022}（粤办函[2022]24号）。`;
    const range = at(body, '粤办函[2022]24号');
    assert.deepEqual(findings(body), [
      {
        code: 'doc.number-mismatch',
        severity: 'warning',
        span: '粤办函[2022]24号',
        range,
        message: '文号年份应使用六角括号：粤办函〔2022〕24号',
        related: [
          {
            uri: GD_2022_URI,
            text: '广东省数字政府改革建设2022年工作要点',
            message: '《广东省数字政府改革建设2022年工作要点》粤办函〔2022〕24号',
          },
        ],
        // Only the brackets are replaced: the fix cannot touch the issuer code or the words before it.
        fixes: [
          {
            title: '改为粤办函〔2022〕24号',
            range: at(body, '[2022]'),
            newText: '〔2022〕',
            preferred: true,
            safe: true,
          },
        ],
      },
    ]);
  });

  test('another document’s 文号 after a title: names both, fixed to the cited title’s own number', () => {
    const body = `落实${PLAN_2022}（粤办函〔2021〕44号）。`;
    const range = at(body, '粤办函〔2021〕44号');
    assert.deepEqual(findings(body), [
      {
        code: 'doc.number-mismatch',
        severity: 'warning',
        span: '粤办函〔2021〕44号',
        range,
        message:
          '粤办函〔2021〕44号是《广东省数字政府改革建设2021年工作要点》的文号，不是《广东省数字政府改革建设2022年工作要点》的',
        related: [
          {
            uri: GD_2021_URI,
            text: '广东省数字政府改革建设2021年工作要点',
            message: '《广东省数字政府改革建设2021年工作要点》粤办函〔2021〕44号',
          },
        ],
        // Which number the drafter meant is theirs to say: a suggestion.
        fixes: [
          { title: '改为粤办函〔2022〕24号', range, newText: '粤办函〔2022〕24号', preferred: false, safe: false },
        ],
      },
    ]);
  });

  test('a 文号 the corpus does not know: information, nothing to cite or fix', () => {
    const body = '根据粤办函〔2023〕99号要求。';
    assert.deepEqual(findings(body), [
      {
        code: 'doc.number-mismatch',
        severity: 'info',
        span: '粤办函〔2023〕99号',
        range: at(body, '粤办函〔2023〕99号'),
        message: '语料中没有文号为粤办函〔2023〕99号的文件，请核实',
        related: [],
        fixes: [],
      },
    ]);
  });

  test('the right number after the right title is silent', () => {
    assert.deepEqual(
      findings(`落实${PLAN_2022}（粤办函〔2022〕24号）和《广东省数字政府改革建设“十四五”规划》（粤府〔2021〕44号）。`),
      [],
    );
  });
});
