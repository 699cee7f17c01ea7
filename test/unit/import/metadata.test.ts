// Metadata guessing on its own: dates, periods, kinds, transmittal notices, supplied fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessPeriod, isoDate } from '../../../server/src/service/import/guessDates.js';
import { guessTitle, kindOfTitle } from '../../../server/src/service/import/guessTitle.js';
import { importDocument } from '../../../server/src/service/import/importDocument.js';
import { parseFrontMatter } from '../../../server/src/service/corpus/metadata.js';

test('dates in the shapes documents and portals print them', () => {
  assert.equal(isoDate('2022年2月28日'), '2022-02-28');
  assert.equal(isoDate('2021年7月'), '2021-07');
  assert.equal(isoDate('2023-06-08 00:00:00'), '2023-06-08');
  assert.equal(isoDate('2021-04-21 11:37:09 来源: 本网'), '2021-04-21');
  assert.equal(isoDate('二〇二一年十二月三十日'), '2021-12-30');
  assert.equal(isoDate('2021年13月'), undefined);
  assert.equal(isoDate('暂无'), undefined);
});

test('periods: stated span, five-year-plan titles, annual documents', () => {
  assert.deepEqual(guessPeriod('某省规划', ['本规划期限为2021—2025年。'], false), [2021, 2025]);
  assert.deepEqual(guessPeriod('四川省“十四五”数字政府建设规划', [], false), [2021, 2025]);
  assert.deepEqual(guessPeriod('江苏省“十三五”智慧江苏建设规划', [], false), [2016, 2020]);
  assert.deepEqual(guessPeriod('数字经济发展行动计划（2023—2025年）', [], false), [2023, 2025]);
  assert.deepEqual(guessPeriod('福建省数字政府2024年工作要点', [], true), [2024, 2024]);
  // A span cited in the text (a previous plan) is not the document's own period.
  assert.equal(guessPeriod('某市实施意见', ['印发《政务数据治理专项规划（2019—2020 年）》'], false), undefined);
});

test('the kind comes from how the title ends', () => {
  assert.equal(kindOfTitle('广东省数字政府改革建设2022年工作要点'), '工作要点');
  assert.equal(kindOfTitle('关于进一步深化数字政府改革建设的实施意见'), '实施意见');
  assert.equal(kindOfTitle('山东省数字政府建设规划纲要'), '规划');
  assert.equal(kindOfTitle('关于做好2023年政务公开工作的通知'), '通知');
  assert.equal(kindOfTitle('贵州省政务数据共享工作方案'), '方案');
  assert.equal(kindOfTitle('湖北省公共数据开放管理办法（试行）'), '办法');
  assert.equal(kindOfTitle('关于加强数字政府建设的指导意见'), '意见');
  // One list of kinds for the schema and the title guesser: 条例, 决定, 要点 too.
  assert.equal(kindOfTitle('河南省政务服务条例'), '条例');
  assert.equal(kindOfTitle('国务院关于加强数字政府建设的决定'), '决定');
  assert.equal(kindOfTitle('江苏省数字政府建设2024年要点'), '要点');
});

test('a transmittal notice stands for the document it transmits and names the issuer', () => {
  assert.deepEqual(guessTitle(['## 江西省人民政府办公厅关于印发《江西省数字政府建设三年行动计划》的通知']), {
    title: '江西省数字政府建设三年行动计划',
    issuer: '江西省人民政府办公厅',
  });
  assert.deepEqual(guessTitle([undefined, '云南省人民政府关于加强数字政府建设的 实施意见']), {
    title: '云南省人民政府关于加强数字政府建设的实施意见',
    issuer: '云南省人民政府',
  });
});

test('supplied fields override guesses, are listed in schema order and are not reported missing', () => {
  const raw = '陕西省政务服务“好差评”实施办法\n\n第一条 为规范政务服务评价，制定本办法。\n';
  const { meta, warnings, markdown } = importDocument(raw, 'shaanxi/haochaping.txt', {
    date: '2020-03-01',
    issuer: '陕西省人民政府办公厅',
    kind: '其他',
  });
  assert.equal(meta.id, 'haochaping');
  assert.equal(meta.kind, '其他');
  assert.deepEqual(meta.supplied, ['issuer', 'date', 'kind']);
  assert.ok(!warnings.some((warning) => /发文机关|成文日期|文种/.test(warning)));
  assert.ok(warnings.some((warning) => warning === '未能从文本确定文号'));
  const header = parseFrontMatter(markdown);
  assert.ok(header.ok, 'the written header passes the corpus schema');
});

test('a source front matter with Chinese keys and a masthead agency', () => {
  const raw = [
    '---',
    '标题: 宁夏回族自治区政务数据管理办法',
    '文号: 宁政规发〔2022〕5号',
    '成文日期: 2022年8月1日',
    '---',
    '宁夏回族自治区人民政府',
    '',
    '第一条 为加强政务数据管理，制定本办法。',
  ].join('\n');
  const { meta } = importDocument(raw, 'nx.md');
  assert.deepEqual(
    { title: meta.title, docNumber: meta.docNumber, date: meta.date, issuer: meta.issuer, kind: meta.kind },
    {
      title: '宁夏回族自治区政务数据管理办法',
      docNumber: '宁政规发〔2022〕5号',
      date: '2022-08-01',
      issuer: '宁夏回族自治区人民政府',
      kind: '办法',
    },
  );
});
