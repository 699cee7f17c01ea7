// The checker against the bundled Guangdong corpus, with jieba's dictionary as the server and the CLI
// use it. The corpus is the source of truth: its own five documents, checked as drafts, must not be
// called wrong. And the tricky correct usages the labelled drafts list (test/fixtures/drafts/README.md)
// stay silent while a real slip beside them is still found.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { JiebaSegmenter } from '../../../server/src/node/jiebaSegmenter.js';
import { preferredFix } from '../../../server/src/service/checks/finding.js';
import { runChecks } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { textAt } from './corpora.js';

const CORPUS = join(__dirname, '..', '..', '..', 'corpus');
let index: CorpusIndex;

before(() => {
  const disk = readCorpusFolders([CORPUS]);
  const segmenter = new JiebaSegmenter();
  assert.equal(segmenter.load().backend, 'nodejieba', 'these tests need jieba’s dictionary (ordinary words)');
  index = CorpusIndex.build(disk.files, disk.registry, segmenter);
});

const check = (text: string) =>
  runChecks(index, draftDocument('file:///workspace/draft.md', 1, text), { locale: 'zh' });
const brief = (text: string) => check(text).map((f) => [f.code, f.range.start.line, textAt(text, f.range)]);

describe('the bundled corpus checked as drafts', () => {
  const files = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .sort();

  test('there are five documents (the truncated 2022 duplicate included)', () => {
    assert.equal(files.length, 5);
  });

  for (const file of files) {
    test(`${file}: no name.* or value.* warning or error, and no value.* at all (information allowed)`, () => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const findings = runChecks(index, draftDocument(pathToFileURL(join(CORPUS, file)).toString(), 1, text), {
        locale: 'zh',
      });
      const loud = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
      assert.deepEqual(
        loud.map((f) => `${f.range.start.line + 1} ${f.code} ${textAt(text, f.range)} ${f.message}`),
        [],
      );
      assert.deepEqual(
        findings.filter((f) => f.code.startsWith('value.')).map((f) => f.message),
        [],
      );
    });
  }
});

describe('tricky correct usage on the bundled corpus', () => {
  const HEAD = '# 广东省数字政府改革建设2025年工作要点\n\n';

  test('the “三网”, the 通办 family and 零跑动/少跑动 side by side are no slips of one another', () => {
    assert.deepEqual(
      brief(
        `${HEAD}推动“一网统管”“一网通办”“一网协同”融合，推进跨省通办、跨域通办、跨境通办、省内通办和湾区通办，实现零跑动、少跑动。`,
      ),
      [],
    );
  });

  test('corpus platforms one character apart in one sentence', () => {
    assert.deepEqual(brief(`${HEAD}“粤商通”和“粤商码”、“粤省事”和“粤省心”、“粤政易”和“粤政图”协同联动。`), []);
  });

  test('ordinary words: 省市两级, 省市12345热线, 省市场监管局, 全省事项, 更省事、更省心, 粤港澳大湾区, 粤东粤西粤北, 财务数据', () => {
    const body =
      '省市两级协同，整合省市12345热线平台体系，省市场监管局牵头，建设全省事项运营中心，让群众办事更省事、更省心，服务粤港澳大湾区和粤东粤西粤北。加强财务数据管理。';
    assert.deepEqual(brief(HEAD + body), []);
  });

  test('lead units with the 省 distributed over a list, and the cities’ own agencies', () => {
    assert.deepEqual(
      brief(
        `${HEAD}（省发展改革委、政务服务数据管理局牵头）\n\n（市政务服务数据管理局、市农业农村局、市住房和建设局牵头）`,
      ),
      [],
    );
  });

  test('…while a real slip in the same draft is found; 一网通办 (管/办 unlike in sound) is no real alternative', () => {
    const text = `${HEAD}省市两级协同，推进一网通管建设。`;
    const [finding, ...rest] = check(text);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'name.near-miss');
    assert.equal(textAt(text, finding.range), '一网通管');
    assert.equal(finding.message, '“一网通管”疑为“一网统管”之误（同音字：通/统 tong）');
    assert.deepEqual(
      finding.fixes.map((f) => [f.newText, f.safe, f === preferredFix(finding)]),
      // A guess at the writer's intent: a suggestion, never preferred unless certain.
      [['一网统管', false, false]],
    );
    assert.deepEqual(
      finding.related.map((r) => [decodeURIComponent(r.uri.slice(r.uri.lastIndexOf('/') + 1)), r.message]),
      [['2021-07 广东省数字政府改革建设“十四五”规划.md', '“一网统管”见此']],
    );
  });
});
