// findDocument answers from a map of 文号 and title keys: the first document in corpus order that a reference
// names, as a pass over every document answered before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { CorpusIndex, type IndexedDocument } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { nameKey } from '../../../server/src/service/text/normalize.js';

const REPO = join(__dirname, '..', '..', '..');

/** The pass over every document that findDocument made. */
function scanned(index: CorpusIndex, reference: string): IndexedDocument | undefined {
  const key = nameKey(reference)
    .replace(/[[(（［【]/g, '〔')
    .replace(/[\])）］】]/g, '〕');
  return index.documents.find((doc) => {
    const number = doc.meta.docNumber ? nameKey(doc.meta.docNumber) : undefined;
    return number === key || nameKey(doc.meta.title) === key;
  });
}

test('findDocument finds what a pass over the documents finds, for every 文号 and title written any way', () => {
  for (const folder of [join(REPO, 'corpus'), join(REPO, 'test', 'fixtures', 'corpora', 'provinces')]) {
    const read = readCorpusFolders([folder]);
    const index = CorpusIndex.build(read.files, read.registry, new SimpleSegmenter());
    const references = index.documents.flatMap((doc) => {
      const number = doc.meta.docNumber ?? '';
      return [
        doc.meta.title,
        `《${doc.meta.title}》`,
        ` ${doc.meta.title}\u3000`,
        number,
        number.replace('〔', '（').replace('〕', '）'),
        number.replace('〔', '[').replace('〕', ']'),
        number.replace(/号$/, ''),
        `${doc.meta.title}补充`,
        '',
      ];
    });
    let found = 0;
    for (const reference of references) {
      const expected = scanned(index, reference);
      assert.equal(index.findDocument(reference), expected, JSON.stringify(reference));
      if (expected) found++;
    }
    assert.ok(found >= index.documents.length * 3, `${found} of ${references.length} references found`);
  }
});
