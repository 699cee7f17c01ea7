import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { draft, testService } from './inMemoryCorpus.js';

const { service } = testService();

/** [name, kind, line of the heading, end of the section as line:character, children]. */
type Outline = [name: string, kind: SymbolKind, line: number, end: string, children?: Outline[]];

function outline(symbols: readonly DocumentSymbol[]): Outline[] {
  return symbols.map((s) => {
    const node: Outline = [s.name, s.kind, s.selectionRange.start.line, `${s.range.end.line}:${s.range.end.character}`];
    if (s.children?.length) node.push(outline(s.children));
    return node;
  });
}

const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line ||
    (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line ||
    (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

/** What an editor requires of an outline: selection inside the range, children inside their parent. */
function assertWellFormed(symbols: readonly DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const symbol of symbols) {
    assert.ok(contains(symbol.range, symbol.selectionRange), `${symbol.name}: selection outside its range`);
    if (parent) assert.ok(contains(parent.range, symbol.range), `${symbol.name}: outside ${parent.name}`);
    assertWellFormed(symbol.children ?? [], symbol);
  }
}

const { Namespace, Package, Class, Method, Function, Field, Struct, Array: Table, File, String: Heading } = SymbolKind;

describe('document outline', () => {
  test('a draft with Markdown headings at inconsistent levels: the numbering decides the nesting; the front matter is skipped', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'drafts-lsp', 'outline.md'), 'utf8');
    const symbols = service.documentSymbols(draft(text));
    assert.deepEqual(outline(symbols), [
      [
        '某市数字政府建设实施方案（征求意见稿）',
        Heading,
        6,
        '45:0',
        [
          [
            '第一章 总体要求',
            Namespace,
            8,
            '19:0',
            [
              ['第一节 发展目标', Package, 10, '15:0', [['专栏 1 主要指标', Struct, 14, '15:0']]],
              // #### 第二节 is a sibling of ### 第一节: the heading marks do not count.
              ['第二节 基本原则', Package, 16, '19:0'],
            ],
          ],
          [
            '第二章 主要任务',
            Namespace,
            20,
            '39:0',
            [
              [
                '一、提升政务服务能力',
                Class,
                22,
                '35:0',
                [
                  [
                    '（一）深化“一网通办”',
                    Method,
                    24,
                    '33:0',
                    [
                      [
                        '1.优化“粤省事”市级专区',
                        Function,
                        26,
                        '31:0',
                        [
                          ['（1）打通跨部门数据', Field, 28, '29:0'],
                          ['（2）推行电子证照', Field, 30, '31:0'],
                        ],
                      ],
                      ['2.完善评价体系', Function, 32, '33:0'],
                    ],
                  ],
                  // ## （二） still belongs under 一、.
                  ['（二）推进“一网统管”', Method, 34, '35:0'],
                ],
              ],
              ['二、夯实基础支撑', Class, 36, '39:0', [['（三）提高政务云服务能力', Method, 38, '39:0']]],
            ],
          ],
          [
            '附件 1 名词解释',
            File,
            40,
            '45:0',
            [['1.政务云：为各级政务部门提供计算资源的云平台', Function, 44, '45:0']],
          ],
        ],
      ],
    ]);
    assertWellFormed(symbols);
    // The heading line is the selection; the section runs to the line before the next one.
    const chapter = symbols[0].children![0];
    assert.deepEqual(chapter.selectionRange, {
      start: { line: 8, character: 0 },
      end: { line: 8, character: '## 第一章 总体要求'.length },
    });
    assert.deepEqual(chapter.range, { start: { line: 8, character: 0 }, end: { line: 19, character: 0 } });
  });

  test('a draft without any # heading: every numbering style, full-width dots and 、 after digits', () => {
    const text = [
      '第一章 总则',
      '第一节 目的',
      '一、目标',
      '（一）任务一。内容。',
      '1．子任务',
      '（1）细项',
      '(2)细项二',
      '2、子任务二',
      '专栏 2 重点项目',
      '表1 指标',
      '附件 2：名词解释',
      '第二章 保障',
      '',
    ].join('\n');
    const symbols = service.documentSymbols(draft(text));
    assert.deepEqual(outline(symbols), [
      // 附件 ranks with 第X章: it closes the chapter.
      [
        '第一章 总则',
        Namespace,
        0,
        '9:5',
        [
          [
            '第一节 目的',
            Package,
            1,
            '9:5',
            [
              [
                '一、目标',
                Class,
                2,
                '9:5',
                [
                  [
                    '（一）任务一',
                    Method,
                    3,
                    '7:6',
                    [
                      [
                        '1．子任务',
                        Function,
                        4,
                        '6:6',
                        [
                          ['（1）细项', Field, 5, '5:5'],
                          ['(2)细项二', Field, 6, '6:6'],
                        ],
                      ],
                      ['2、子任务二', Function, 7, '7:6'],
                    ],
                  ],
                  ['专栏 2 重点项目', Struct, 8, '8:9'],
                  ['表1 指标', Table, 9, '9:5'],
                ],
              ],
            ],
          ],
        ],
      ],
      ['附件 2 名词解释', File, 10, '10:9'],
      ['第二章 保障', Namespace, 11, '12:0'],
    ]);
    assertWellFormed(symbols);
  });

  test('headings without numbering nest by their level', () => {
    const text = '# 标题\n\n## 背景\n\n正文\n\n### 细节\n\n## 目标\n\n# 附录';
    assert.deepEqual(outline(service.documentSymbols(draft(text))), [
      [
        '标题',
        Heading,
        0,
        '9:0',
        [
          ['背景', Heading, 2, '7:0', [['细节', Heading, 6, '7:0']]],
          ['目标', Heading, 8, '9:0'],
        ],
      ],
      ['附录', Heading, 10, '10:4'],
    ]);
  });

  test('emphasis around a number is decoration; the title is the first sentence', () => {
    const text = '**一、总体要求**\n\n（一）**指导思想**。坚持以人民为中心。\n';
    assert.deepEqual(outline(service.documentSymbols(draft(text))), [
      ['一、总体要求', Class, 0, '3:0', [['（一）指导思想', Method, 2, '3:0']]],
    ]);
  });

  test('a long title is cut at 60 characters', () => {
    const title = '推进'.repeat(40);
    const [symbol] = service.documentSymbols(draft(`一、${title}`));
    assert.equal(symbol.name, `一、${title}`.slice(0, 60) + '…');
  });

  test('an empty draft, prose only, or an unclosed front matter: no outline', () => {
    assert.deepEqual(service.documentSymbols(draft('')), []);
    assert.deepEqual(service.documentSymbols(draft('各地、各部门要结合实际抓好落实。\n')), []);
    assert.deepEqual(service.documentSymbols(draft('---\ntitle: 未写完的元数据\n')), []);
  });

  test('the outline needs no corpus', () => {
    const empty = testService([]);
    assert.deepEqual(outline(empty.service.documentSymbols(draft('一、总体要求\n（一）目标。'))), [
      ['一、总体要求', Class, 0, '1:6', [['（一）目标', Method, 1, '1:6']]],
    ]);
  });
});
