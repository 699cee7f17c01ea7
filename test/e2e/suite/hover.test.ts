// Hovers through the real API (vscode.executeHoverProvider), then as a person sees one: the rendered widget,
// its screenshot, and a click on its "open source" link.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type E2eTest, clickInWorkbench, openFixture, screenshot, waitFor } from './harness.js';
import {
  bundledCorpusFile,
  hoverText,
  linkName,
  lineContaining,
  positionOf,
  sameFile,
  useLanguage,
  waitForServer,
} from './policyLens.js';

/** The draft's own words, hovered (the first occurrence, one character in, unless said otherwise). */
async function hoverOn(needle: string, options: { offset?: number; after?: string } = {}): Promise<string> {
  const editor = await waitForServer();
  return hoverText(editor.document.uri, positionOf(editor.document, needle, options.offset ?? 1, options.after));
}

function assertIncludes(text: string, expected: readonly string[]): void {
  for (const part of expected) assert.ok(text.includes(part), `hover lacks ${JSON.stringify(part)}; it says:\n${text}`);
}

const uiLabel = () => (vscode.env.language.startsWith('en') ? 'Source' : '来源');

export const tests: E2eTest[] = [
  {
    name: 'the language server answers once the corpus is indexed (hover on 一网统管 not empty)',
    async run() {
      await waitForServer();
    },
  },
  {
    name: 'hover on a glossary term (一网统管) shows its 附件2 名词解释 definition and a #L link to it',
    async run() {
      const plan = bundledCorpusFile('004_');
      const entryLine = lineContaining(plan, '“一网统管”：“一网”是指');
      // The plain word in an outline item, not the quoted one in the heading above it.
      const text = await hoverOn('一网统管', { after: '（1）' });
      assertIncludes(text, [
        '一网统管',
        '“一网”是指数字政府一体化的云、网、大数据中心',
        '一网感知态势、一网纵观全局',
        '名词解释',
        '广东省数字政府改革建设“十四五”规划',
      ]);
      assert.match(
        text,
        new RegExp(`${linkName('004_')}#L${entryLine + 1}\\)`),
        `no link to line ${entryLine + 1} of the plan:\n${text}`,
      );
    },
  },
  {
    name: 'hover on an indicator of the plan’s 表1 (政务云资源算力规模) shows unit, baseline and target',
    async run() {
      const plan = bundledCorpusFile('004_');
      const rowLine = lineContaining(plan, '政务云资源算力规模（万核）');
      const text = await hoverOn('政务云资源算力规模');
      assertIncludes(text, ['政务云资源算力规模', '万核', '22.46', '2020', '30', '2025', '表1']);
      assert.match(
        text,
        new RegExp(`${linkName('004_')}#L${rowLine + 1}\\)`),
        `no link to 表1 row (line ${rowLine + 1}):\n${text}`,
      );
    },
  },
  {
    name: 'hover on a platform (“粤省事”) shows what it is and its figures across documents',
    async run() {
      const text = await hoverOn('“粤省事”', { offset: 2 });
      assertIncludes(text, ['“粤省事”', '微信小程序', '9347', '日均活跃用户', '150万名', '1.1亿']);
      // Figures link to the documents that state them: the plan and the 2021 work plan.
      assert.match(text, new RegExp(`${linkName('004_')}#L\\d+`));
      assert.match(text, new RegExp(`${linkName('003_')}#L\\d+`));
    },
  },
  {
    name: 'hover on an agency (省政务服务数据管理局) shows its aliases and the tasks it leads',
    async run() {
      const text = await hoverOn('省政务服务数据管理局', { offset: 3 });
      assertIncludes(text, ['省政务服务数据管理局', '省政数局', '粤办函〔2022〕24号']);
    },
  },
  {
    name: 'hover on a 文号 (粤办函〔2022〕24号) and on a 《title》 shows the same document',
    async run() {
      const byNumber = await hoverOn('粤办函〔2022〕24号', { offset: 4 });
      const byTitle = await hoverOn('《广东省数字政府改革建设2022年工作要点》', { offset: 5 });
      for (const text of [byNumber, byTitle]) {
        assertIncludes(text, [
          '广东省数字政府改革建设2022年工作要点',
          '粤办函〔2022〕24号',
          '广东省人民政府办公厅',
          '2022-02-28',
          '工作要点',
        ]);
        assert.match(text, new RegExp(`${linkName('000_')}#L\\d+`));
      }
    },
  },
  {
    name: 'hover on a clause reference (2022年工作要点（五）) shows that task',
    async run() {
      const text = await hoverOn('2022年工作要点（五）', { offset: 8 });
      assertIncludes(text, ['（五）', '完善公共数据管理体系', '首席数据官', '省政务服务数据管理局']);
      assert.match(text, new RegExp(`${linkName('000_')}#L\\d+`));
    },
  },
  {
    name: 'policyLens.language switches the hover’s labels (zh → 来源, en → Source) without a reload',
    async run() {
      const editor = await waitForServer();
      const position = positionOf(editor.document, '一网统管', 1, '（1）');
      try {
        await useLanguage('zh', editor.document.uri, position, '名词解释 第12条');
        await useLanguage('en', editor.document.uri, position, 'entry 12');
      } finally {
        await useLanguage(undefined, editor.document.uri, position, uiLabel());
      }
    },
  },
];

/** The rendered hover widget: run last, as these change what the workbench shows. */
export const widgetTests: E2eTest[] = [
  {
    name: 'a person sees the glossary hover (screenshot hover-glossary.png)',
    async run() {
      // The README shows the Chinese hover, whatever the UI language of this workbench.
      const editor = await showHoverAt(GLOSSARY_TERM);
      try {
        // The editor only (tabs, breadcrumbs, the draft's outline and the hover), at a size a README shows 1:1.
        await screenshot('hover-glossary', {
          waitForSelector: '.monaco-hover',
          withText: '一网纵观全局',
          clipTo: { selector: '.part.editor', height: 500 },
        });
      } finally {
        await closeHover(editor);
      }
    },
  },
  {
    name: 'a person sees the platform hover with its figures as a list of links (screenshot hover-platform.png)',
    async run() {
      const editor = await showHoverAt(PLATFORM);
      try {
        await screenshot('hover-platform', { waitForSelector: '.monaco-hover li a', withText: '2021—2025年规划' });
      } finally {
        await closeHover(editor);
      }
    },
  },
  {
    name: 'an indicator’s hover shows its values by year as a table and, rendered, a chart (screenshot hover-timeline.png)',
    async run() {
      const text = await hoverOn('政务云资源算力规模');
      // VS Code renders images in hovers, so the server adds the chart to the table.
      // The table's rows, in whichever language the UI is (基线/baseline, 目标/target).
      assert.match(text, /\| 2020 \| (?:基线|baseline) \| 22\.46万核 \|/);
      assert.match(text, /\| 2021 \| (?:目标|target) \| 达到 24万核 \|/);
      assertIncludes(text, ['data:image/svg+xml;base64,']);
      const editor = await showHoverAt(INDICATOR);
      try {
        await screenshot('hover-timeline', { waitForSelector: '.monaco-hover img[src^="data:image/svg+xml"]' });
      } finally {
        await closeHover(editor);
      }
    },
  },
  {
    name: 'clicking the hover’s 打开原文 link opens the plan at the 名词解释 entry (#L fragment)',
    async run() {
      const plan = bundledCorpusFile('004_');
      const entryLine = lineContaining(plan, '“一网统管”：“一网”是指');
      const editor = await showHoverAt(GLOSSARY_TERM);
      try {
        // The link whose target ends in #L<line>; its label is 打开原文（第 N 行） or Open source (line N).
        const clicked = await clickInWorkbench('hover-source-link', `.monaco-hover a[data-href$="#L${entryLine + 1}"]`);
        if (!clicked) {
          console.log('    (no browser runner: the click is not checked)');
          return;
        }
        const opened = await waitFor(
          () => {
            const active = vscode.window.activeTextEditor;
            return active && sameFile(active.document.uri, plan) ? active : undefined;
          },
          10_000,
          'the plan to open from the hover link',
        );
        assert.equal(
          opened.selection.active.line,
          entryLine,
          `the link opened line ${opened.selection.active.line + 1}, not ${entryLine + 1}`,
        );
      } finally {
        await closeHover(editor);
      }
    },
  },
];

/** Where the widget tests hover: 一网统管 in an outline item (a glossary term), “粤省事” (a platform). */
const GLOSSARY_TERM = { needle: '一网统管', offset: 1, after: '（1）' };
const PLATFORM = { needle: '“粤省事”', offset: 2, after: '（一）深化' };
const INDICATOR = { needle: '政务云资源算力规模', offset: 3, after: '1. 推进政务云' };

/** The draft in front, the cursor on the word, Chinese hovers, and the hover shown as editor.action.showHover does. */
async function showHoverAt(where: { needle: string; offset: number; after: string }): Promise<vscode.TextEditor> {
  await waitForServer();
  const editor = await openFixture('draft.md');
  const position = positionOf(editor.document, where.needle, where.offset, where.after);
  await useLanguage('zh', editor.document.uri, position, '来源');
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
  return editor;
}

async function closeHover(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  const position = positionOf(editor.document, GLOSSARY_TERM.needle, GLOSSARY_TERM.offset, GLOSSARY_TERM.after);
  await useLanguage(undefined, editor.document.uri, position, uiLabel());
}
