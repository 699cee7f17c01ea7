// Going from the draft into the corpus: definition, references, workspace symbols, and the draft's own outline.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { E2eTest } from './harness.js';
import { bundledCorpusFile, lineContaining, positionOf, sameFile, targetsOf, waitForServer } from './policyLens.js';

type Target = { uri: vscode.Uri; range: vscode.Range };

function describe(targets: readonly Target[]): string {
  return (
    targets.map((t) => `${vscode.workspace.asRelativePath(t.uri)}:${t.range.start.line + 1}`).join(', ') || '(none)'
  );
}

async function definitionsAt(needle: string, offset: number, after?: string): Promise<Target[]> {
  const editor = await waitForServer();
  const results = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
    'vscode.executeDefinitionProvider',
    editor.document.uri,
    positionOf(editor.document, needle, offset, after),
  );
  return targetsOf(results ?? []);
}

/** The outline as indented "name" lines: easy to compare, and to read in a failure message. */
function outline(symbols: readonly vscode.DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [
    `${'  '.repeat(depth)}${symbol.name}`,
    ...outline(symbol.children ?? [], depth + 1),
  ]);
}

export const tests: E2eTest[] = [
  {
    name: 'definition of “粤省事” goes to the sentence of the plan (its file in corpus/) that introduces it',
    async run() {
      const plan = bundledCorpusFile('004_');
      const expectedLine = lineContaining(plan, '面向个人办事的“粤省事”微信小程序');
      const targets = await definitionsAt('“粤省事”', 2);
      const first = targets[0];
      assert.ok(first && sameFile(first.uri, plan), `expected the plan first, got ${describe(targets)}`);
      assert.equal(first.range.start.line, expectedLine, `expected line ${expectedLine + 1}, got ${describe(targets)}`);
    },
  },
  {
    name: 'definition of 一网统管 goes to its 名词解释 entry in the plan’s 附件2',
    async run() {
      const plan = bundledCorpusFile('004_');
      const expectedLine = lineContaining(plan, '“一网统管”：“一网”是指');
      const targets = await definitionsAt('一网统管', 1, '（1）');
      assert.ok(
        targets.some((t) => sameFile(t.uri, plan) && t.range.start.line === expectedLine),
        `expected ${plan}:${expectedLine + 1}, got ${describe(targets)}`,
      );
    },
  },
  {
    name: 'definition of 粤办函〔2022〕24号 goes to that document (its file in corpus/)',
    async run() {
      const workPlan = bundledCorpusFile('000_');
      const targets = await definitionsAt('粤办函〔2022〕24号', 4);
      assert.ok(
        targets.length > 0 && sameFile(targets[0].uri, workPlan),
        `expected ${workPlan}, got ${describe(targets)}`,
      );
    },
  },
  {
    name: 'references of “粤省事” list the corpus mentions and all three in the draft',
    async run() {
      const editor = await waitForServer();
      const draft = editor.document;
      const locations =
        (await vscode.commands.executeCommand<vscode.Location[]>(
          'vscode.executeReferenceProvider',
          draft.uri,
          positionOf(draft, '“粤省事”', 2),
        )) ?? [];
      const inDraft = locations
        .filter((l) => l.uri.toString() === draft.uri.toString())
        .map((l) => draft.getText(l.range));
      assert.deepEqual(inDraft, ['粤省事', '粤省事', '粤省事'], `draft references: ${describe(locations)}`);
      const plan = bundledCorpusFile('004_');
      const inPlan = locations.filter((l) => sameFile(l.uri, plan));
      assert.ok(inPlan.length >= 10, `expected many mentions in the plan, got ${inPlan.length}`);
      const planLines = (await vscode.workspace.openTextDocument(plan)).getText().split(/\r?\n/);
      for (const location of inPlan) {
        const line = planLines[location.range.start.line] ?? '';
        assert.equal(
          line.slice(location.range.start.character, location.range.end.character),
          '粤省事',
          `plan line ${location.range.start.line + 1}`,
        );
      }
    },
  },
  {
    name: 'workspace symbols for 粤省事 include the platform, located in the plan',
    async run() {
      await waitForServer();
      const plan = bundledCorpusFile('004_');
      const symbols =
        (await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
          'vscode.executeWorkspaceSymbolProvider',
          '粤省事',
        )) ?? [];
      const platform = symbols.find((s) => s.name === '“粤省事”');
      assert.ok(platform, `no “粤省事” among ${symbols.map((s) => s.name).join(', ')}`);
      assert.equal(platform.kind, vscode.SymbolKind.Module);
      assert.ok(sameFile(platform.location.uri, plan), `located in ${platform.location.uri}`);
      assert.equal(platform.location.range.start.line, lineContaining(plan, '面向个人办事的“粤省事”微信小程序'));
      // Tasks that mention it follow the names.
      assert.ok(
        symbols.some((s) => s.kind === vscode.SymbolKind.Event && s.name.includes('粤省事')),
        'no task mentioning 粤省事',
      );
    },
  },
  {
    name: 'the outline (document symbols) nests 一、（一）1.（1）and 专栏 1 without any # heading',
    async run() {
      const editor = await waitForServer();
      const symbols =
        (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
          'vscode.executeDocumentSymbolProvider',
          editor.document.uri,
        )) ?? [];
      assert.deepEqual(outline(symbols), [
        '一、夯实数字政府基础支撑',
        '  （一）提升政务云和“一网统管”支撑能力',
        '    1.推进政务云资源集约化管理，政务云资源算力规模达到30万核，推动市县政务云与省级平台统一纳管',
        '      （1）完善一网统管体系，建成省、市、县三级城市运行管理平台',
        '      （2）延续2022年工作要点（五）的部署，推动政务外网按需提质增容',
        '二、提升政务服务便利度',
        '  （一）深化“粤省事”平台建设',
        '    1.新增高频服务事项200项以上，推动“粤商通”“粤政易”与“粤省事”协同联动',
        '  专栏 1 政务服务重点项目',
      ]);
      const [first, second] = symbols;
      assert.equal(editor.document.lineAt(first.selectionRange.start.line).text, '一、夯实数字政府基础支撑');
      // Each section's range covers its children (VS Code's outline and breadcrumbs rely on it).
      for (const [parent, child] of [
        [first, first.children[0]],
        [second, second.children[1]],
      ] as const) {
        assert.ok(parent.range.contains(child.range), `${parent.name} does not contain ${child.name}`);
      }
      assert.equal(second.children[1].kind, vscode.SymbolKind.Struct, '专栏 is a box');
    },
  },
];
