import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FigureLineMemo } from '../../../server/src/service/figures/figuresInText.js';
import type { Figure } from '../../../server/src/service/model.js';

const figures = (value: number) => [{ value } as unknown as Figure];

test('FigureLineMemo keeps a line’s figures apart per context and clears itself when full', () => {
  const memo = new FigureLineMemo(3);
  memo.set('0||2025', '到2025年，建成10个平台。', figures(10));
  memo.set('1|2022|2025', '到2025年，建成10个平台。', figures(8));
  // The same line in another context is another entry; the same context and line is replaced, not added.
  assert.equal(memo.get('0||2025', '到2025年，建成10个平台。')?.[0].value, 10);
  assert.equal(memo.get('1|2022|2025', '到2025年，建成10个平台。')?.[0].value, 8);
  assert.equal(memo.get('0||2026', '到2025年，建成10个平台。'), undefined);
  memo.set('0||2025', '到2025年，建成10个平台。', figures(11));
  memo.set('0||2025', '另一行，20个。', figures(20));
  assert.equal(memo.get('0||2025', '到2025年，建成10个平台。')?.[0].value, 11);
  assert.equal(memo.get('1|2022|2025', '到2025年，建成10个平台。')?.[0].value, 8);
  // Three lines held: the fourth starts it afresh.
  memo.set('0||2025', '第四行，30个。', figures(30));
  assert.equal(memo.get('0||2025', '另一行，20个。'), undefined);
  assert.equal(memo.get('0||2025', '第四行，30个。')?.[0].value, 30);
});
