// A draft figure is compared with the corpus figures measureLink links to its measure. linkCandidates passes
// over whole groups of measure words that cannot link; it must never pass over one that does. Checked
// against measureLink over every comparable corpus figure, for every corpus figure and every figure of the
// labelled drafts, on the bundled corpus and on the other provinces' fixture corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusFolder, readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { CheckContext } from '../../../server/src/service/checks/context.js';
import { DRAFT_FIGURES } from '../../../server/src/service/checks/values/draftFigures.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { CORPUS_MEASURES, linkCandidates } from '../../../server/src/service/figures/corpusMeasures.js';
import { measureKey, measureLink } from '../../../server/src/service/figures/measureIdentity.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import type { Figure } from '../../../server/src/service/model.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

const REPO = join(__dirname, '..', '..', '..');

function draftFigures(index: CorpusIndex, set: string): Figure[] {
  const folder = join(REPO, 'test', 'fixtures', set);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !/[A-Z]+\.md$/.test(name))
    .flatMap((name) => {
      const draft = draftDocument(`file:///${name}`, 1, readFileSync(join(folder, name), 'utf8'));
      return new CheckContext(index, draft, 'zh', index.segmenter).get(DRAFT_FIGURES);
    });
}

for (const [corpus, folder, drafts] of [
  ['the bundled corpus', bundledCorpusFolder(), ['drafts', 'drafts-holdout']],
  ['the provinces’ fixture corpus', join(REPO, 'test', 'fixtures', 'corpora', 'provinces'), ['drafts-province']],
] as const) {
  test(`${corpus}: the candidates hold every figure measureLink links, in the corpus's order`, () => {
    const read = readCorpusFolders([folder]);
    const index = CorpusIndex.build(read.files, read.registry, new SimpleSegmenter());
    const measures = index.derived.get(CORPUS_MEASURES);
    const figures = [...measures.figures, ...drafts.flatMap((set) => draftFigures(index, set))];
    let links = 0;
    let passedOver = 0;
    let shared = 0;
    for (const figure of figures) {
      const comparable = measures.comparableTo(figure.unit);
      const linked = comparable.filter((other) => measureLink(figure, other, measures.context) !== undefined);
      const candidates = linkCandidates(measures, figure);
      assert.deepEqual(
        candidates.filter((other) => measureLink(figure, other, measures.context) !== undefined),
        linked,
        `${figure.subject} ${figure.metric} ${figure.unit}`,
      );
      // In the corpus's order, each once.
      const at = candidates.map((other) => comparable.indexOf(other));
      assert.deepEqual(
        at,
        [...new Set(at)].sort((a, b) => a - b),
      );
      // The links are asked once per measure key (linkedCorpusFigures): every figure of a key links alike.
      const byKey = new Map<string, ReturnType<typeof measureLink>>();
      for (const other of comparable) {
        const link = measureLink(figure, other, measures.context);
        const key = measureKey(other);
        if (byKey.has(key)) {
          assert.equal(link, byKey.get(key), `${figure.metric} / ${other.metric}: one key, two links`);
          shared++;
        } else byKey.set(key, link);
      }
      links += linked.length;
      passedOver += comparable.length - candidates.length;
    }
    // Not an empty question: 407 figures and 898 links on the bundled corpus, 132 and 43 on the provinces'.
    assert.ok(figures.length > 100, `${figures.length} figures`);
    assert.ok(links > 40, `${links} links`);
    assert.ok(passedOver > 0, 'some figures are passed over');
    assert.ok(shared > 0, 'some figures share a measure key');
  });
}
