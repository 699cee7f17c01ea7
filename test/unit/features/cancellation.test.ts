import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CancellationToken } from '../../../server/src/service/cancellation.js';
import { CORPUS_FILES, draft, positionOf, REGISTRY, testService } from './inMemoryCorpus.js';

const CANCELLED: CancellationToken = { isCancellationRequested: true };

/** A token that turns cancelled after it has been asked `answers` times: cancellation in mid-work. */
function cancelledAfter(answers: number): CancellationToken {
  let asked = 0;
  return {
    get isCancellationRequested() {
      return ++asked > answers;
    },
  };
}

describe('a cancelled request answers nothing', () => {
  const { service, drafts } = testService();
  const text = '推进“一网统管”，依托“粤省事”，依据粤办函〔2022〕24号\n一、总体要求\n（一）目标。';
  const mine = draft(text);

  test('the same requests with a live token do find something (so the empty answers below mean something)', () => {
    assert.ok(service.workspaceSymbols('一网统管').length > 0);
    assert.ok(service.lookupClauses('政务云 算力').length > 0);
    assert.ok(service.references(mine, positionOf(text, '一网统管')).length > 0);
    assert.ok(service.hover(mine, positionOf(text, '粤省事')));
    assert.ok(service.definition(mine, positionOf(text, '粤省事')).length > 0);
    assert.ok(service.completion(draft('推进“'), { line: 0, character: 3 }).length > 0);
    assert.ok(service.documentSymbols(mine).length > 0);
  });

  test('workspace symbols, clause lookup and references', () => {
    assert.deepEqual(service.workspaceSymbols('一网统管', CANCELLED), []);
    assert.deepEqual(service.workspaceSymbols('政务云 算力', CANCELLED), []);
    assert.deepEqual(service.lookupClauses('政务云 算力', 10, CANCELLED), []);
    assert.deepEqual(service.lookupClauses('一网统管', undefined, CANCELLED), []);
    // No workspace drafts: the corpus mentions alone must not slip through.
    assert.deepEqual(drafts, []);
    assert.deepEqual(service.references(mine, positionOf(text, '一网统管'), CANCELLED), []);
    assert.deepEqual(service.references(mine, positionOf(text, '24号'), CANCELLED), []);
  });

  test('references cancelled while the workspace drafts are searched', () => {
    drafts.push(draft('“一网统管”'), draft('“一网统管”'), draft('“一网统管”'));
    try {
      assert.equal(service.references(mine, positionOf(text, '一网统管')).length, 5 + 3);
      assert.deepEqual(service.references(mine, positionOf(text, '一网统管'), cancelledAfter(2)), []);
    } finally {
      drafts.length = 0;
    }
  });

  test('hover, definition, completion and the outline', () => {
    assert.equal(service.hover(mine, positionOf(text, '粤省事'), CANCELLED), undefined);
    assert.deepEqual(service.definition(mine, positionOf(text, '粤省事'), CANCELLED), []);
    assert.deepEqual(service.completion(draft('推进“'), { line: 0, character: 3 }, CANCELLED), []);
    assert.deepEqual(service.documentSymbols(mine, CANCELLED), []);
  });

  test('a cancelled re-index keeps the index that was serving', () => {
    const before = service.summary();
    service.indexCorpus(CORPUS_FILES.slice(0, 1), REGISTRY, CANCELLED);
    assert.deepEqual(service.summary(), before, 'the summary is still the old index’s');
    assert.ok(service.hover(mine, positionOf(text, '粤省事')), 'the old index still answers');
  });
});
