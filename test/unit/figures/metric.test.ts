import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAnaphoric, metricKey, readCountedNoun, sameMetric } from '../../../server/src/service/figures/metric.js';

test('用户数 / 用户量 / 用户 are one metric; 日均 vs 月均 and 注册 vs 活跃 stay apart', () => {
  assert.equal(metricKey('日均活跃用户数'), '日均活跃用户');
  assert.equal(metricKey('日均活跃用户量'), '日均活跃用户');
  assert.equal(metricKey('日均活跃用户数量'), '日均活跃用户');
  assert.equal(metricKey('日活跃用户'), '日均活跃用户');
  assert.equal(metricKey('日活用户'), '日均活跃用户');
  assert.equal(metricKey('月活跃用户'), '月均活跃用户');
  // 日活 / 月活 alone are the active users (日活规模 keeps its filler for measureWords to drop); 节日活动 is not.
  assert.equal(metricKey('日活'), '日均活跃用户');
  assert.equal(metricKey('月活'), '月均活跃用户');
  assert.equal(metricKey('日活规模'), '日均活跃用户规模');
  assert.equal(metricKey('节日活动'), '节日活动');
  // A target's own marker before its value is no part of the measure.
  assert.equal(metricKey('全年算力规模目标'), '算力规模');
  assert.ok(sameMetric('“粤省事”日均活跃用户数'.slice(5), '日均活跃用户量'));
  assert.ok(!sameMetric('日均活跃用户', '月均活跃用户'));
  assert.ok(!sameMetric('注册用户', '活跃用户'));
  assert.ok(!sameMetric('实名注册用户', '市场主体注册用户'));
});

test('leading verbs, jurisdiction, channel words, adverbs and quotes are dropped; words ending in 数/量 are kept', () => {
  assert.equal(metricKey('实现基层干部填表报数工作量'), '基层干部填表报数工作量');
  assert.equal(metricKey('全省实名注册用户'), '实名注册用户');
  assert.equal(metricKey('平台月均活跃用户'), '月均活跃用户');
  assert.equal(metricKey('APP 注册商事主体'), '注册商事主体');
  assert.equal(metricKey('”平台支撑地图产品数'), '地图产品');
  assert.equal(metricKey('“零跑动”事项覆盖率（%）'), '零跑动事项覆盖率');
  assert.equal(metricKey('累计使用人数已'), '使用人数');
  assert.equal(metricKey('政务外网接入率'), '政务外网接入率');
  assert.equal(metricKey('网络安全指数'), '网络安全指数');
  assert.equal(metricKey('实现共享数据平均'), '共享数据平均');
  assert.equal(metricKey('到2025年日均活跃用户'), '日均活跃用户');
  assert.equal(metricKey('实现'), '');
});

test('anaphora and counted nouns', () => {
  assert.ok(isAnaphoric('平台月均活跃用户'));
  assert.ok(isAnaphoric('实现该平台注册用户'));
  assert.ok(!isAnaphoric('政务云资源算力规模'));
  const noun = (text: string) => {
    const span = readCountedNoun(text, 0, text.length);
    return span && text.slice(span.start, span.end);
  };
  assert.equal(noun('政务服务事项实现证照和纸质材料免提交'), '政务服务事项');
  assert.equal(noun('服务事项进驻一体机平台'), '服务事项');
  assert.equal(noun('银行等智慧终端'), '智慧终端');
  assert.equal(noun('执法人员和166个监督部门'), '执法人员');
  assert.equal(noun('公共数据资源集'), '公共数据资源集');
  assert.equal(noun('，'), undefined);
});
