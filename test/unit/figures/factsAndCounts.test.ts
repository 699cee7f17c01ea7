// What a figure is, read the same way for corpus documents and drafts: a count of the places a measure is
// about is not the measure's value; a year that opens a paragraph dates its later sentences; a year before
// the document's own is past (an achievement); a plan's status section reports results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresInText } from '../../../server/src/service/figures/figuresInText.js';
import { buildSections } from '../../../server/src/service/parse/sections.js';
import { LineIndex } from '../../../server/src/service/text/lineIndex.js';
import { figuresOf, rowsOf } from './helpers.js';

test('21个地市…可办率达到100%: 21 counts the cities, the rate is the measure', () => {
  assert.deepEqual(
    figuresOf('全省21个地市政务服务事项网上可办率达到100%。').map((f) => [f.metric, f.value, f.unit]),
    [
      ['地市', 21, '个'],
      ['政务服务事项网上可办率', 100, '%'],
    ],
  );
  // A count of things that is itself the measure keeps its noun: 1000家企业上云.
  assert.deepEqual(
    figuresOf('新增1000家企业上云。').map((f) => [f.metric, f.value]),
    // Counted as added (新增): another measure than the total.
    [['新增企业上云', 1000]],
  );
});

test('到2022年底 opening a paragraph dates every sentence after it', () => {
  assert.deepEqual(
    rowsOf('到2022年底，“粤省事”日活跃用户数超过60万。全省“零跑动”可办事项使用率达到60%。').map(
      ([subject, , , value, , kind, year]) => [subject, value, kind, year],
    ),
    [
      ['粤省事', 60, 'target', 2022],
      ['零跑动可办事项使用率', 60, 'target', 2022],
    ],
  );
});

const settled = (text: string, issuedYear: number) => {
  const lines = new LineIndex(text);
  return figuresInText({
    docId: 'doc',
    text,
    lines,
    sections: buildSections(lines, 0),
    fromLine: 0,
    defaultYear: 2025,
    issuedYear,
    matches: [],
  }).map((f) => [f.value, f.kind, f.year]);
};

test('a year before the document’s own is past: its figure is an achievement, unless the sentence aims at it', () => {
  assert.deepEqual(settled('2023年全省政务服务事项网上可办率达到95%。', 2024), [[95, 'achieved', 2023]]);
  assert.deepEqual(settled('2023年全省政务服务事项网上可办率达到95%。', 2023), [[95, 'target', 2023]]);
  assert.deepEqual(settled('力争2023年全省政务服务事项网上可办率达到95%。', 2024), [[95, 'target', 2023]]);
});

test('a plan’s 现实基础 section reports results, not targets for the end of the plan', () => {
  const text = [
    '## 一、现实基础',
    '',
    '全省政务服务事项网上可办率达到95%。',
    '',
    '## 二、主要目标',
    '',
    '全省政务服务事项网上可办率达到99%。',
  ].join('\n');
  assert.deepEqual(settled(text, 2021), [
    [95, 'achieved', undefined],
    [99, 'target', 2025],
  ]);
});

test('an increment and the total are two measures: 新布设…86台 and 累计达到312台', () => {
  assert.deepEqual(
    figuresOf('全年新布设“粤智助”政府服务自助机86台，累计达到312台。').map((f) => [f.subject, f.metric, f.value]),
    [
      ['粤智助', '新增政府服务自助机', 86],
      ['粤智助', '政府服务自助机', 312],
    ],
  );
});

test('a heading naming one year dates the figures under it; a period, two years or a cited title do not', () => {
  const text = [
    '# 某市数据局2023年工作总结',
    '',
    '## 一、2023年工作情况',
    '',
    '全市政务服务事项网上可办率达到95%。',
    '',
    '## 二、2024年工作计划',
    '',
    '年内全市政务服务事项网上可办率达到98%。',
    '',
    '### （一）对照《某省2025年工作要点》',
    '',
    '全市电子证照用证率达到60%。',
    '',
    '## 三、2024—2026年展望',
    '',
    '全市政务外网接入率达到90%。',
  ].join('\n');
  // The title's year is the document's own (defaultYear here), never a heading's.
  assert.deepEqual(settled(text, 2024), [
    [95, 'achieved', 2023],
    [98, 'target', 2024],
    // An inner heading that only cites a title keeps its outer heading's year.
    [60, 'target', 2024],
    [90, 'target', 2025],
  ]);
});

test('新推出…42件，累计达到186件: the increment and the total stay two measures; 累计推出 counts the total', () => {
  assert.deepEqual(
    figuresOf('全年新推出市本级“一件事”主题集成服务42件，累计达到186件。').map((f) => [f.metric, f.value]),
    [
      ['新增市本级一件事主题集成服务', 42],
      ['市本级一件事主题集成服务', 186],
    ],
  );
  assert.deepEqual(
    figuresOf('“一件事”主题集成服务累计推出300项以上。').map((f) => [f.metric, f.value]),
    [['一件事主题集成服务', 300]],
  );
});

test('a report on a year written after it: its undated figures (全年…, 年末…) are what the year came to', () => {
  // The year is the document's own (defaultYear 2025, as its title says); it speaks from 2026.
  const text = '全年日均活跃用户168万名。\n\n年末政务外网接入率92.4%。\n\n力争政务外网接入率达到95%。';
  assert.deepEqual(settled(text, 2026), [
    [168, 'achieved', 2025],
    [92.4, 'achieved', 2025],
    // Aimed at (力争): still a target.
    [95, 'target', 2025],
  ]);
  // Written within the year, the same figures are its targets.
  assert.deepEqual(
    settled(text, 2025).map(([, kind]) => kind),
    ['target', 'target', 'target'],
  );
});

test('“好差评”综合得分: a score of the named thing measures the named thing', () => {
  const subjects = (text: string) =>
    figuresOf(text, { names: ['政务服务“好差评”'] }).map((f) => [f.subject, f.metric, f.value]);
  assert.deepEqual(subjects('政务服务“好差评”综合得分不低于9.3分。'), [['政务服务“好差评”', '政务服务好差评', 9.3]]);
  assert.deepEqual(subjects('政务服务“好差评”平均得分达到9.5分。'), [['政务服务“好差评”', '政务服务好差评', 9.5]]);
});
