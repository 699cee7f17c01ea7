import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { join } from 'node:path';

const corpus = readCorpusFolders([join(__dirname, '..', '..', '..', 'corpus')]);
const index = CorpusIndex.build(corpus.files, corpus.registry, new SimpleSegmenter());

test('a pasted line of 300,000 characters is left unchecked, and says so; the lines around it are checked', () => {
  const blob = '政务服务事项1项'.repeat(37_500);
  const text = `推进“粤省市”建设。\n${blob}\n推进一网通管。\n`;
  const found = runChecks(index, draftDocument('file:///blob.md', 1, text), { locale: 'zh' });
  assert.deepEqual(
    found.map((f) => [f.code, f.range.start.line]),
    [
      ['name.near-miss', 0],
      ['draft.not-checked', 1],
      ['name.near-miss', 2],
    ],
  );
});
