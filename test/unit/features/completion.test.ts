import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { draft, testService } from './inMemoryCorpus.js';

const { service } = testService();

/** Completion with the cursor at the end of the (last line of the) text, or at the `|` marker. */
function complete(textWithCursor: string): CompletionItem[] {
  const at = textWithCursor.includes('|') ? textWithCursor.indexOf('|') : textWithCursor.length;
  const text = textWithCursor.replace('|', '');
  const before = text.slice(0, at).split('\n');
  return service.completion(draft(text), { line: before.length - 1, character: before[before.length - 1].length });
}

/** [label, kind, replaced range as start-end on line 0, inserted text]. */
function edits(items: readonly CompletionItem[]): Array<[string, CompletionItemKind | undefined, string, string]> {
  return items.map((item) => {
    const edit = item.textEdit as TextEdit;
    return [item.label, item.kind, `${edit.range.start.character}-${edit.range.end.character}`, edit.newText];
  });
}

const PLAN = '《广东省数字政府改革建设“十四五”规划》';

describe('completion after an opening quote', () => {
  test('platforms first, then quoted terms, each by how often the corpus uses it; the closing quote is added', () => {
    assert.deepEqual(edits(complete('推进“')), [
      ['“粤省事”', CompletionItemKind.Module, '3-3', '粤省事”'],
      ['“浙里办”', CompletionItemKind.Module, '3-3', '浙里办”'],
      ['“一网统管”', CompletionItemKind.Keyword, '3-3', '一网统管”'],
      ['“最多跑一次”', CompletionItemKind.Keyword, '3-3', '最多跑一次”'],
    ]);
  });

  test('an indicator that merely begins with a quoted name is not offered after “ (it would double the quotes)', () => {
    assert.ok(!complete('推进“').some((item) => item.label === '“粤省事”日均活跃用户数'));
  });

  test('with the closing quote already there, only the name is inserted', () => {
    assert.deepEqual(edits(complete('推进“|”')).slice(0, 2), [
      ['“粤省事”', CompletionItemKind.Module, '3-3', '粤省事'],
      ['“浙里办”', CompletionItemKind.Module, '3-3', '浙里办'],
    ]);
  });

  test('after “粤 only the 粤 brand; the typed 粤 is replaced; the retired “粤办事” is not offered', () => {
    assert.deepEqual(edits(complete('推进“粤')), [['“粤省事”', CompletionItemKind.Module, '3-4', '粤省事”']]);
    assert.deepEqual(edits(complete('推进“浙')), [['“浙里办”', CompletionItemKind.Module, '3-4', '浙里办”']]);
    assert.deepEqual(complete('推进“粤办'), []);
  });

  test('items explain themselves: a platform by its describing sentence, a term by its definition and source', () => {
    const [platform, , term] = complete('推进“');
    assert.equal(platform.detail, '面向个人办事的“粤省事”移动政务服务平台，为群众提供一站式掌上服务。');
    assert.equal(
      term.detail,
      `依托数字政府一体化底座，实现省域治理“一网感知态势、一网协同共治”的工作体系。（${PLAN}）`,
    );
    assert.equal(platform.filterText, '粤省事');
  });
});

describe('completion after a brand prefix', () => {
  test('粤 alone: “粤省事” with its quotes, replacing the 粤', () => {
    assert.deepEqual(edits(complete('推进粤')), [['“粤省事”', CompletionItemKind.Module, '2-3', '“粤省事”']]);
    assert.deepEqual(edits(complete('推进浙')), [['“浙里办”', CompletionItemKind.Module, '2-3', '“浙里办”']]);
  });

  test('a longer typed beginning replaces all of it', () => {
    assert.deepEqual(edits(complete('推进粤省')), [['“粤省事”', CompletionItemKind.Module, '2-4', '“粤省事”']]);
  });

  test('the retired brand is not offered even when typed out', () => {
    assert.deepEqual(complete('推进粤办'), []);
  });

  test('one character that is no brand prefix is too little', () => {
    assert.deepEqual(complete('推进一'), []);
    assert.deepEqual(complete('由省'), []);
  });
});

describe('completion after 《', () => {
  test('every corpus document title, with the closing 》', () => {
    assert.deepEqual(edits(complete('依据《')), [
      [PLAN, CompletionItemKind.File, '3-3', '广东省数字政府改革建设“十四五”规划》'],
      [
        '《广东省数字政府改革建设2022年工作要点》',
        CompletionItemKind.File,
        '3-3',
        '广东省数字政府改革建设2022年工作要点》',
      ],
      [
        '《浙江省数字政府建设“十四五”实施方案》',
        CompletionItemKind.File,
        '3-3',
        '浙江省数字政府建设“十四五”实施方案》',
      ],
    ]);
  });

  test('the detail is 文号 · issuer · date', () => {
    const items = complete('依据《');
    assert.deepEqual(
      items.map((item) => item.detail),
      [
        '广东省人民政府 · 2021-07',
        '粤办函〔2022〕24号 · 广东省人民政府办公厅 · 2022-02-28',
        '浙政办发〔2023〕12号 · 浙江省人民政府办公厅 · 2023-03-15',
      ],
    );
  });

  test('typed words narrow the titles (anywhere in the title) and are replaced', () => {
    assert.deepEqual(edits(complete('依据《浙江')), [
      [
        '《浙江省数字政府建设“十四五”实施方案》',
        CompletionItemKind.File,
        '3-5',
        '浙江省数字政府建设“十四五”实施方案》',
      ],
    ]);
    assert.deepEqual(
      edits(complete('依据《2022年')).map((e) => e[0]),
      ['《广东省数字政府改革建设2022年工作要点》'],
    );
  });

  test('with 》 already there, no second one', () => {
    assert.deepEqual(
      edits(complete('依据《|》')).map((e) => e[3]),
      [
        '广东省数字政府改革建设“十四五”规划',
        '广东省数字政府改革建设2022年工作要点',
        '浙江省数字政府建设“十四五”实施方案',
      ],
    );
  });
});

describe('completion of a bare beginning', () => {
  test('a term is inserted as the corpus writes it, with its quotes', () => {
    assert.deepEqual(edits(complete('推进一网')), [['“一网统管”', CompletionItemKind.Keyword, '2-4', '“一网统管”']]);
  });

  test('terms and indicators that begin with the typed words', () => {
    assert.deepEqual(edits(complete('推进政务')), [
      ['政务云', CompletionItemKind.Keyword, '2-4', '政务云'],
      ['政务云资源算力规模', CompletionItemKind.Unit, '2-4', '政务云资源算力规模'],
    ]);
  });

  test('agencies, with their other names as detail', () => {
    const items = complete('由省政');
    assert.deepEqual(edits(items), [['省政务服务数据管理局', CompletionItemKind.Class, '1-3', '省政务服务数据管理局']]);
    assert.equal(items[0].detail, '广东省政务服务数据管理局、省政数局');
    assert.deepEqual(edits(complete('由省大')), [['省大数据局', CompletionItemKind.Class, '1-3', '省大数据局']]);
  });
});

describe('completion where there is nothing to complete', () => {
  test('an empty draft, the start of a line, a line past the end', () => {
    assert.deepEqual(service.completion(draft(''), { line: 0, character: 0 }), []);
    assert.deepEqual(complete('推进工作。\n'), []);
    assert.deepEqual(service.completion(draft('推进粤'), { line: 9, character: 0 }), []);
  });

  test('a character past the end of the line completes at the end of the line', () => {
    assert.deepEqual(edits(service.completion(draft('推进粤'), { line: 0, character: 99 })), [
      ['“粤省事”', CompletionItemKind.Module, '2-3', '“粤省事”'],
    ]);
  });
});
