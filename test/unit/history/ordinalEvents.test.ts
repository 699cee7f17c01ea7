// Ordinal events and phases read from text: sessions (首届/第二届…峰会), batches (第二批…) and firsts
// (全国首个…指数), each with the series it numbers and where it stands.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ordinalEventsIn,
  sameSeries,
  unnumberedSessionsIn,
} from '../../../server/src/service/history/ordinalEvents.js';

const read = (text: string) =>
  ordinalEventsIn(text).map((e) => [e.kind, e.ordinal, e.series, text.slice(e.start, e.end)]);

describe('ordinalEventsIn', () => {
  test('sessions: 首届 is the first, 第二届 and 第12届 count', () => {
    assert.deepEqual(read('举办首届数字湾区建设峰会。'), [['session', 1, '数字湾区建设峰会', '首届数字湾区建设峰会']]);
    assert.deepEqual(read('办好第二届“数字天府”创新大赛。'), [
      ['session', 2, '数字天府创新大赛', '第二届“数字天府”创新大赛'],
    ]);
    assert.deepEqual(read('筹办第12届政务信息化博览会。'), [
      ['session', 12, '政务信息化博览会', '第12届政务信息化博览会'],
    ]);
  });

  test('batches: the noun stops at the verb, a count of items is not part of the series', () => {
    assert.deepEqual(read('推出第三批30项“一件事”改革。'), [['batch', 3, '一件事改革', '第三批30项“一件事”改革']]);
    assert.deepEqual(read('公布第二批数据要素试点名单。'), [
      ['batch', 2, '数据要素试点名单', '第二批数据要素试点名单'],
    ]);
    assert.deepEqual(read('认定第12批省级示范区。'), [['batch', 12, '省级示范区', '第12批省级示范区']]);
    // A quoted name before the ordinal is part of the series; time and modal words end the noun.
    assert.deepEqual(read('“一照通行”第二批16项改革事项今年要在试点城市落地。'), [
      ['batch', 2, '一照通行改革事项', '第二批16项改革事项'],
    ]);
    assert.deepEqual(read('推动第二批省级项目全部上线。'), [['batch', 2, '省级项目', '第二批省级项目']]);
  });

  test('firsts: 全国首个…指数', () => {
    assert.deepEqual(read('发布全国首个省级数字政府网络安全指数。'), [
      ['first', 1, '省级数字政府网络安全指数', '首个省级数字政府网络安全指数'],
    ]);
  });

  test('no ordinal: 届时, 第二季度, 首先 are not events', () => {
    assert.deepEqual(read('届时召开全省大会。第二季度完成评估。首先做好数据治理。'), []);
  });
});

describe('unnumberedSessionsIn', () => {
  test('a contest or summit held with no ordinal: at least its first session', () => {
    const text = '举办开放数据应用创新大赛，召开数字政府建设峰会。举办第二届数字湾区建设峰会。';
    assert.deepEqual(
      unnumberedSessionsIn(text).map((e) => [e.series, e.ordinal, e.unnumbered, text.slice(e.start, e.end)]),
      [
        ['开放数据应用创新大赛', 1, true, '开放数据应用创新大赛'],
        ['数字政府建设峰会', 1, true, '数字政府建设峰会'],
      ],
    );
  });
});

describe('sameSeries', () => {
  test('equal, or one the other’s tail of four characters or more', () => {
    assert.equal(sameSeries('数字湾区建设峰会', '数字湾区建设峰会'), true);
    assert.equal(sameSeries('体系化可落地的省级数字政府网络安全指数', '省级数字政府网络安全指数'), true);
    assert.equal(sameSeries('数字湾区建设峰会', '峰会'), false);
    assert.equal(sameSeries('数字湾区建设峰会', '数字政府建设峰会'), false);
  });
});
