// A name's mentions as a stored index holds them (server/src/node/mentionFrames.ts): every mention of the
// bundled corpus read back as the index made it, odd text included, and a damaged frame refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCorpusFolders } from '../../server/src/node/corpusFolders.js';
import { decodeMentions, encodeMentions } from '../../server/src/node/mentionFrames.js';
import { CorpusIndex } from '../../server/src/service/index/corpusIndex.js';
import type { Mention } from '../../server/src/service/model.js';
import { SimpleSegmenter } from '../../server/src/service/search/simpleSegmenter.js';
import { REPO } from './lspClient.js';

test("every name's mentions of the bundled corpus read back as the index made them", () => {
  const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
  const index = CorpusIndex.build(onDisk.files, onDisk.registry, new SimpleSegmenter());
  let count = 0;
  for (const name of index.names) {
    const mentions = index.mentionsOf(name);
    count += mentions.length;
    assert.deepEqual(decodeMentions(encodeMentions(mentions)), mentions, name.name);
  }
  assert.ok(count > 1000, `${count} mentions`);
});

test('odd text (a lone surrogate, quotes, a line feed) and an empty list read back', () => {
  const mention = (written: string): Mention => ({
    name: '粤省事',
    kind: 'platform',
    docId: 'doc-1',
    written,
    range: { start: { line: 3, character: 7 }, end: { line: 3, character: 7 + written.length } },
  });
  const odd = [mention('粤\ud800事'), mention('"粤省事"\n'), mention('粤省事')];
  assert.deepEqual(decodeMentions(encodeMentions(odd)), odd);
  assert.deepEqual(decodeMentions(encodeMentions([])), []);
});

test('a damaged frame is refused, not read as mentions', () => {
  for (const damaged of ['{"s":["a"],"m":[0,0,0,0,1]}', '{"s":[],"m":[0,0,0,0,1,1,1,1]}', '[]', '{"s":'])
    assert.throws(() => decodeMentions(damaged), damaged);
});
