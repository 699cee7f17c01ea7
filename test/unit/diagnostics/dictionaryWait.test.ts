// While the server's dictionary still loads (in its worker), the checks that tell a slip from an
// ordinary word by it wait: nothing is reported that the dictionary might take back. The rest report at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledCorpusFolder, readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { runChecks } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

class LoadingSegmenter extends SimpleSegmenter {
  ready = false;
  isReady(): boolean {
    return this.ready;
  }
}

test('near-miss checks wait for the dictionary; figure and 文号 checks do not', () => {
  const segmenter = new LoadingSegmenter();
  const disk = readCorpusFolders([bundledCorpusFolder()]);
  const index = CorpusIndex.build(disk.files, disk.registry, segmenter);
  const text = [
    '# 某市2022年数字政府工作要点',
    '',
    '推广“粤省市”，提升办事体验。',
    '',
    '依据《广东省数字政府改革建设2022年工作要点》（粤办函[2022]24号）推进。',
  ].join('\n');
  const codes = () => runChecks(index, draftDocument('file:///d.md', 1, text), { locale: 'zh' }).map((f) => f.code);
  assert.deepEqual(codes(), ['doc.number-mismatch']);
  segmenter.ready = true;
  assert.deepEqual(codes().sort(), ['doc.number-mismatch', 'name.near-miss']);
});
