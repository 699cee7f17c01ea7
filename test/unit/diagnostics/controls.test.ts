// What the drafter controls: suppression comments in the draft, per-code severity settings, the message
// language, and HTML comments (notes to the editors, never checked).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, GD_SOURCES, gdIndex, type Seen } from './corpora.js';
import { runChecks, type CheckOptions } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';

const HEAD = '# 广东省数字政府改革建设2025年工作要点\n\n';
const check = (body: string, options: CheckOptions = { locale: 'zh' }): Seen[] =>
  findingsOf(gdIndex(), GD_SOURCES, HEAD + body, options);
/** [code, 1-based line in the body, span] */
const brief = (body: string, options?: CheckOptions) =>
  check(body, options).map((f) => [f.code, f.range.start.line - 1, f.span]);

const NEAR_MISS = '推进一网通管建设。';
const OUTDATED = '到2025年，“粤省事”日均活跃用户数达到100万名。';
const QUOTES = '依托"粤省事"开展服务。';

describe('suppression comments', () => {
  test('disable-next-line with a code silences that code on the next line only', () => {
    const body = ['<!-- policy-lens-disable-next-line name.near-miss -->', NEAR_MISS, NEAR_MISS].join('\n');
    assert.deepEqual(brief(body), [['name.near-miss', 3, '一网通管']]);
  });

  test('disable-next-line for another code leaves this one alone', () => {
    const body = ['<!-- policy-lens-disable-next-line value.outdated -->', NEAR_MISS].join('\n');
    assert.deepEqual(brief(body), [['name.near-miss', 2, '一网通管']]);
  });

  test('disable-next-line without codes silences every code on the next line', () => {
    const body = ['<!-- policy-lens-disable-next-line -->', `${NEAR_MISS}${QUOTES}`, QUOTES].join('\n');
    assert.deepEqual(brief(body), [['name.quotes', 3, '"粤省事"']]);
  });

  test('disable-line silences its own line', () => {
    assert.deepEqual(brief(`${NEAR_MISS}<!-- policy-lens-disable-line name.near-miss -->\n${NEAR_MISS}`), [
      ['name.near-miss', 2, '一网通管'],
    ]);
  });

  test('disable … enable of value.outdated: silent between the comments, reported before and after, other codes untouched', () => {
    const body = [
      OUTDATED,
      '<!-- policy-lens-disable value.outdated -->',
      OUTDATED,
      NEAR_MISS,
      '<!-- policy-lens-enable value.outdated -->',
      OUTDATED,
    ].join('\n');
    // Three equal figures: no value.inconsistent.
    assert.deepEqual(brief(body), [
      ['value.outdated', 1, '100万名'],
      ['name.near-miss', 4, '一网通管'],
      ['value.outdated', 6, '100万名'],
    ]);
  });

  test('disable without codes silences everything until enable without codes', () => {
    const body = [
      NEAR_MISS,
      '<!-- policy-lens-disable -->',
      NEAR_MISS,
      QUOTES,
      '<!-- policy-lens-enable -->',
      QUOTES,
    ].join('\n');
    assert.deepEqual(brief(body), [
      ['name.near-miss', 1, '一网通管'],
      ['name.quotes', 6, '"粤省事"'],
    ]);
  });

  test('a disable that is never enabled again lasts to the end of the draft', () => {
    const body = [NEAR_MISS, '<!-- policy-lens-disable name.near-miss -->', NEAR_MISS, NEAR_MISS].join('\n');
    assert.deepEqual(brief(body), [['name.near-miss', 1, '一网通管']]);
  });

  test('several codes in one comment, separated by spaces or commas', () => {
    const body = ['<!-- policy-lens-disable-next-line name.near-miss, name.quotes -->', `${NEAR_MISS}${QUOTES}`].join(
      '\n',
    );
    assert.deepEqual(brief(body), []);
  });
});

describe('severity settings', () => {
  test("'off' removes a code and only that code", () => {
    const body = `${NEAR_MISS}\n${QUOTES}`;
    assert.deepEqual(brief(body, { locale: 'zh', severities: { 'name.near-miss': 'off' } }), [
      ['name.quotes', 2, '"粤省事"'],
    ]);
  });

  test("'error' raises a code; 'hint' lowers another; the rest keep their own severity", () => {
    const body = `${NEAR_MISS}\n${QUOTES}\n推出“粤好办”小程序。`;
    const severities = check(body, {
      locale: 'zh',
      severities: { 'name.near-miss': 'error', 'name.quotes': 'hint' },
    }).map((f) => [f.code, f.severity]);
    assert.deepEqual(severities, [
      ['name.near-miss', 'error'],
      ['name.quotes', 'hint'],
      ['name.unknown-platform', 'info'],
    ]);
  });

  test('the defaults: warnings, and information for an unknown platform', () => {
    const body = `${NEAR_MISS}\n${QUOTES}\n推出“粤好办”小程序。`;
    assert.deepEqual(
      check(body).map((f) => f.severity),
      ['warning', 'warning', 'info'],
    );
  });
});

describe('English messages', () => {
  const en: CheckOptions = { locale: 'en' };

  test('name codes name the expected name in English, with English fix titles', () => {
    const body = [
      NEAR_MISS,
      '由省信息中心负责。',
      QUOTES,
      '推出“粤好办”小程序。',
      '由省政数局和省政务服务数据管理局负责。',
    ].join('\n');
    assert.deepEqual(
      check(body, en).map((f) => [f.code, f.message, f.related.map((r) => r.message), f.fixes.map((x) => x.title)]),
      [
        [
          'name.near-miss',
          '"一网通管" looks like a slip of "一网统管" (same sound: 通/统 tong)',
          ['"一网统管" is defined here'],
          ['Change to "一网统管"'],
        ],
        [
          'name.deprecated',
          '"省信息中心" is no longer used (since 2018); it is now "省政务服务数据管理局". Source: 广东省数字政府改革建设“十四五”规划',
          ['"省政务服务数据管理局" is defined here'],
          ['Change to "省政务服务数据管理局"'],
        ],
        [
          'name.quotes',
          'Platform names take full-width quotes: “粤省事”',
          ['as the corpus writes it'],
          ['Change to “粤省事”'],
        ],
        ['name.unknown-platform', 'The corpus knows no platform "粤好办". Check the name', [], []],
        [
          'name.variant',
          '"省政务服务数据管理局" is written two ways in this draft: 省政数局 here, 省政务服务数据管理局 elsewhere',
          ['as the corpus writes it'],
          ['Write 省政务服务数据管理局'],
        ],
      ],
    );
  });

  test('document numbers and values in English', () => {
    const cases: Array<[string, string, string]> = [
      [
        '落实《广东省数字政府改革建设2022年工作要点》（粤办函[2022]24号）。',
        'doc.number-mismatch',
        'The year in a document number takes 〔〕: 粤办函〔2022〕24号',
      ],
      [
        '落实粤办函〔2023〕99号。',
        'doc.number-mismatch',
        'The corpus has no document numbered 粤办函〔2023〕99号. Check it',
      ],
      [
        OUTDATED,
        'value.outdated',
        '100万名 is the 2021 target of 2021年工作要点, since updated: 2021—2025年规划 sets 150万名 for 2025',
      ],
      [
        '到2025年，政务云资源算力规模达到22.46万核。',
        'value.baseline-as-target',
        '22.46万核 is the baseline of “政务云资源算力规模” (2020), not a target; the corpus target is 30万核 (2025)',
      ],
      [
        '到2025年，“粤商通”日均活跃用户数达到200万名。',
        'value.conflict',
        'The corpus target of “粤商通”日均活跃用户 for 2025 is 80万名, not 200万名',
      ],
      [
        '到2025年，“粤商通”实名注册用户数达到1000万。\n推动“粤商通”实名注册用户数达到1200万。',
        'value.inconsistent',
        '“粤商通”实名注册用户 is given two values in this draft: 1000万 on line 3, 1200万 here',
      ],
    ];
    for (const [body, code, message] of cases) {
      assert.deepEqual(
        check(body, en).map((f) => [f.code, f.message]),
        [[code, message]],
        body,
      );
    }
  });
});

describe('HTML comments are never checked', () => {
  test('mistakes inside a one-line or a multi-line comment are not reported; the same text outside is', () => {
    const body = [
      `<!-- ${NEAR_MISS}${QUOTES}${OUTDATED} -->`,
      '<!--',
      '依托“粤省新”和省信息中心',
      '-->',
      NEAR_MISS,
    ].join('\n');
    assert.deepEqual(brief(body), [['name.near-miss', 5, '一网通管']]);
  });

  test('an unclosed comment hides the rest of the draft, as Markdown renders it', () => {
    assert.deepEqual(brief(`${NEAR_MISS}\n<!-- 待定\n${NEAR_MISS}`), [['name.near-miss', 1, '一网通管']]);
  });

  test('an earlier value in a comment is not the draft’s: no value.inconsistent against it', () => {
    const body = [
      '<!-- 旧稿：到2025年，“粤商通”实名注册用户数达到1000万。 -->',
      '到2025年，“粤商通”实名注册用户数达到1200万。',
    ].join('\n');
    assert.deepEqual(brief(body), []);
  });

  test('a quoted form in a comment does not make the bare name in the text a variant', () => {
    const text = '依托粤省事平台办事。<!-- 此处原为“粤省事” -->';
    assert.deepEqual(brief(text), [['name.quotes', 1, '粤省事']]);
    assert.equal(check(text)[0].severity, 'info', 'bare and alone: only information');
  });
});

describe('HTML comments and offsets', () => {
  test('a comment that contains “<!--” ends at its first -->: the text after it is checked at the right place', () => {
    const body = `<!-- 旧稿 <!-- 新稿 --> ${NEAR_MISS}`;
    assert.deepEqual(
      check(body).map((f) => [f.code, f.span, f.range.start.character]),
      [['name.near-miss', '一网通管', body.indexOf('一网通管')]],
    );
  });

  test('an editors’ note of several lines above the title: the draft’s year is still its title’s', () => {
    const draft = '# 广东省数字政府改革建设2022年工作要点\n\n推动政务云资源算力规模达到24万核。';
    const note = '<!--\n修改说明：第二稿\n-->\n';
    const seen = (text: string) =>
      findingsOf(gdIndex(), GD_SOURCES, text).map((f) => [f.code, f.range.start.line, f.span]);
    assert.deepEqual(seen(draft), [['value.outdated', 2, '24万核']]);
    assert.deepEqual(seen(note + draft), [['value.outdated', 5, '24万核']]);
  });

  test('a pasted blob (an overlong line) above the title: the draft’s year is still its title’s', () => {
    const draft = '# 广东省数字政府改革建设2022年工作要点\n\n推动政务云资源算力规模达到24万核。';
    const blob = `![图](data:image/png;base64,${'QUJD'.repeat(6_000)})\n`;
    const seen = findingsOf(gdIndex(), GD_SOURCES, blob + draft).map((f) => [f.code, f.range.start.line]);
    assert.deepEqual(seen, [
      ['draft.not-checked', 0],
      ['value.outdated', 3],
    ]);
  });

  test('CR-only line ends: the front matter is left out and the findings are those of LF', () => {
    const lf = `---\ntitle: 草稿\ndocNumber: 粤府〔2021〕45号\n---\n\n${HEAD}${NEAR_MISS}\n`;
    const seen = (text: string) => {
      const document = draftDocument('memory:///drafts/cr.md', 1, text);
      return runChecks(gdIndex(), document, { locale: 'zh' }).map((f) => [
        f.code,
        f.range,
        text.slice(document.lines.offsetAt(f.range.start), document.lines.offsetAt(f.range.end)),
      ]);
    };
    assert.deepEqual(seen(lf), [['name.near-miss', seen(lf)[0][1], '一网通管']]);
    assert.deepEqual(seen(lf.replace(/\n/g, '\r')), seen(lf));
  });

  test('CRLF line ends: ranges and spans are the same as with LF', () => {
    const body = [`<!-- 批注：${NEAR_MISS} -->`, NEAR_MISS, QUOTES].join('\r\n');
    assert.deepEqual(brief(body), [
      ['name.near-miss', 2, '一网通管'],
      ['name.quotes', 3, '"粤省事"'],
    ]);
  });
});
