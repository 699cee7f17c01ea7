// The command line speaks one language at a time: `--lang zh|en`, else the environment's locale (LC_ALL,
// LC_MESSAGES, LANG), Chinese unless that starts with `en`. Machine-readable output keeps its shape.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, runCli } from './runCli.js';

before(ensureBuilt);

const HAN = /[\u4e00-\u9fff]/;
/** The lines a test reads for language: corpus text (names, titles, definitions) stays Chinese in both. */
const labels = (output: string) =>
  output
    .split('\n')
    .map((line) => line.replace(/“[^”]*”|《[^》]*》|[\u4e00-\u9fff〔〕（）、0-9]+[号年]?/g, ''))
    .join('\n');

describe('--lang', () => {
  test('the usage in English with --lang en and in Chinese with --lang zh', () => {
    const en = runCli(['--lang', 'en']);
    assert.equal(en.status, 2);
    assert.match(en.stdout, /^Usage:\n {2}policy-lens corpus stats/);
    assert.match(en.stdout, /Exit status: 0 clean · 1 errors or warnings · 2 usage or corpus errors\n$/);
    assert.doesNotMatch(en.stdout, HAN);
    const zh = runCli(['--lang=zh']);
    assert.equal(zh.status, 2);
    assert.match(zh.stdout, /^用法：\n {2}policy-lens corpus stats/);
    assert.match(zh.stdout, /退出码：0 无问题 · 1 有错误或警告 · 2 用法或语料错误\n$/);
    assert.doesNotMatch(zh.stdout, /Usage|usage|clean/);
  });

  test('corpus show: the labels in one language, the corpus text as written', () => {
    const en = runCli(['corpus', 'show', '粤办函〔2022〕24号', '--lang', 'en']);
    assert.equal(en.status, 0, en.stderr);
    assert.deepEqual(en.stdout.split('\n').slice(0, 7), [
      '《广东省数字政府改革建设2022年工作要点》  [document]',
      '  number: 粤办函〔2022〕24号',
      '  issuer: 广东省人民政府办公厅',
      '  date: 2022-02-28',
      '  kind: 工作要点',
      '  corpus file: 000_f25cc0c734998372',
      '  supplied by hand: date',
    ]);
    assert.match(en.stdout.split('\n')[7], /^ {2}cited: \d+ times$/);
    const zh = runCli(['corpus', 'show', '粤办函〔2022〕24号', '--lang', 'zh']);
    assert.equal(zh.status, 0, zh.stderr);
    assert.deepEqual(zh.stdout.split('\n').slice(0, 2), [
      '《广东省数字政府改革建设2022年工作要点》  [文件]',
      '  文号：粤办函〔2022〕24号',
    ]);
    assert.doesNotMatch(zh.stdout, /number|issuer|cited/);
  });

  test('corpus stats: English counts with English plurals, no Chinese label', () => {
    const en = runCli(['corpus', 'stats', '--lang', 'en']);
    assert.equal(en.status, 0, en.stderr);
    assert.match(en.stdout, /^Total: 4 documents$/m);
    assert.match(en.stdout, /^ {4}\d+ sections · \d+ tasks \(\d+ with lead units\) · \d+ glossary entries · /m);
    assert.match(en.stdout, /^Known names: platforms \d+ · agencies \d+ · /m);
    assert.match(
      en.stdout,
      /^Duplicate: 002_b4f8a07dfbbba275 has the number of 000_f25cc0c734998372 \(粤办函〔2022〕24号\), this copy/m,
    );
    assert.doesNotMatch(labels(en.stdout), HAN, en.stdout);
    const zh = runCli(['corpus', 'stats', '--lang', 'zh']);
    assert.match(zh.stdout, /^合计：4 个文件$/m);
    assert.match(zh.stdout, /^ {4}章节 \d+ · 任务 \d+（有牵头单位 \d+）· 名词解释 \d+ · /m);
    assert.doesNotMatch(zh.stdout, /sections|documents|Total/);
  });

  test('check: usage errors, file errors and findings in the chosen language; JSON keeps its shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-lens-lang-'));
    try {
      writeFileSync(join(dir, 'draft.md'), '# 2025年工作要点\n\n（一）推进一网通管建设。\n');
      writeFileSync(join(dir, 'gbk.md'), Buffer.from('cdc6bdf8d2bbcdf8cda8b9dc0a', 'hex'));
      const en = runCli(['check', 'draft.md', 'gbk.md', '--lang', 'en'], dir);
      assert.equal(en.status, 2);
      assert.equal(en.stderr, `error: ${join(dir, 'gbk.md')}: Not UTF-8 (GBK?): save it as UTF-8\n`);
      assert.match(
        en.stdout,
        /^draft\.md:3:6 warning name\.near-miss "一网通管" looks like a slip of "一网统管" \(same sound: 通\/统 tong\)$/m,
      );
      const zh = runCli(['check', 'draft.md', 'gbk.md', '--lang', 'zh'], dir);
      assert.equal(zh.stderr, `错误：${join(dir, 'gbk.md')}: 不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8\n`);
      assert.match(
        zh.stdout,
        /^draft\.md:3:6 warning name\.near-miss “一网通管”疑为“一网统管”之误（同音字：通\/统 tong）$/m,
      );

      assert.equal(
        runCli(['check', '--lang', 'en'], dir).stderr.split('\n')[0].slice(0, 27),
        'Usage: policy-lens check <f',
      );
      assert.equal(
        runCli(['check', 'nothere.md', '--lang', 'en'], dir).stderr,
        `not found: ${join(dir, 'nothere.md')}\n`,
      );
      assert.equal(
        runCli(['check', 'x.md', '--format', 'xml', '--lang', 'en'], dir).stderr,
        '--format must be text, json or sarif\n',
      );
      assert.equal(runCli(['frobnicate', '--lang', 'en'], dir).stderr.split('\n')[0], 'Unknown command: frobnicate');

      const shape = (stdout: string) =>
        JSON.stringify(JSON.parse(stdout), (_key, value: unknown) => (typeof value === 'string' ? '' : value));
      const jsonEn = runCli(['check', 'draft.md', '--format', 'json', '--lang', 'en'], dir);
      const jsonZh = runCli(['check', 'draft.md', '--format', 'json', '--lang', 'zh'], dir);
      assert.equal(shape(jsonEn.stdout), shape(jsonZh.stdout));
      const sarifEn = runCli(['check', 'draft.md', '--format', 'sarif', '--lang', 'en'], dir);
      const sarifZh = runCli(['check', 'draft.md', '--format', 'sarif', '--lang', 'zh'], dir);
      assert.equal(shape(sarifEn.stdout), shape(sarifZh.stdout));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown --lang is a usage error', () => {
    const run = runCli(['corpus', 'stats', '--lang', 'fr'], undefined, { LANG: 'en_US.UTF-8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, '--lang must be zh or en\n');
  });
});

describe('without --lang: the environment', () => {
  const usageOf = (env: NodeJS.ProcessEnv) => runCli([], undefined, env).stdout.split('\n')[0];

  test('Chinese unless the locale starts with en; LC_ALL before LC_MESSAGES before LANG', () => {
    assert.equal(usageOf({ LANG: 'en_US.UTF-8' }), 'Usage:');
    assert.equal(usageOf({ LANG: 'zh_CN.UTF-8' }), '用法：');
    assert.equal(usageOf({ LANG: 'C.UTF-8' }), '用法：');
    assert.equal(usageOf({ LANG: '' }), '用法：');
    assert.equal(usageOf({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }), 'Usage:');
    assert.equal(usageOf({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }), '用法：');
  });

  test('--lang wins over the environment', () => {
    assert.equal(runCli(['--lang', 'zh'], undefined, { LC_ALL: 'en_US.UTF-8' }).stdout.split('\n')[0], '用法：');
    assert.equal(runCli(['--lang', 'en'], undefined, { LANG: 'zh_CN.UTF-8' }).stdout.split('\n')[0], 'Usage:');
  });
});
