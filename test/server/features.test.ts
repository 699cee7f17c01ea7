// The built server over stdio, on the bundled corpus: initialize, the corpus status, then every editor
// feature on a draft, with the values the corpus files state. One server for the whole file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionItem,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver-types';
import type { ClauseLookupItem, CorpusStatus } from '../../server/src/protocol.js';
import { REPO, startServer, type ServerSession } from './lspClient.js';
import { corpusStatuses, hoverMarkdown, positionOf, ready, request, scratchFolder } from './lspWaits.js';

const FIXTURES = join(REPO, 'test', 'fixtures', 'drafts-lsp');
const corpusUri = (file: string) => pathToFileURL(join(REPO, 'corpus', file)).toString();
const WORK_POINTS_2022 = corpusUri('2022-02-28 广东省数字政府改革建设2022年工作要点.md');
const OPINIONS_2023 = corpusUri('2023-06-08 广东省人民政府关于进一步深化数字政府改革建设的实施意见.md');
const DUPLICATE_2022 = corpusUri('2022-02-28 广东省数字政府改革建设2022年工作要点（副本）.md');
const WORK_POINTS_2021 = corpusUri('2021-03-25 广东省数字政府改革建设2021年工作要点.md');
const PLAN = corpusUri('2021-07 广东省数字政府改革建设“十四五”规划.md');

const text = readFileSync(join(FIXTURES, 'draft.md'), 'utf8');
let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;
let draftUri: string;
let notesUri: string;

before(async () => {
  // The workspace holds just the draft and an unopened note, so "find references" has a known answer.
  workspace = scratchFolder('features', [join(FIXTURES, 'draft.md'), join(FIXTURES, 'notes.md')]);
  draftUri = pathToFileURL(join(workspace.path, 'draft.md')).toString();
  notesUri = pathToFileURL(join(workspace.path, 'notes.md')).toString();
  session = await startServer({ rootPath: workspace.path });
  await ready(session);
  session.open(draftUri, text);
});

after(async () => {
  await session?.stop();
  workspace?.remove();
});

const at = (needle: string, delta = 0) => ({
  textDocument: { uri: draftUri },
  position: positionOf(text, needle, delta),
});

describe('initialize and the corpus', () => {
  test('the server announces the features the client relies on', () => {
    const result = session.initializeResult as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    const { capabilities } = result;
    assert.equal(capabilities.textDocumentSync, 2, 'incremental sync');
    for (const provider of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
    ]) {
      assert.equal(capabilities[provider], true, provider);
    }
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['“', '《', '粤'] });
    assert.equal(result.serverInfo.name, 'policy-lens');
  });

  test('the corpus status reports the bundled documents; the bundled corpus puts nothing in Problems', async () => {
    const [status] = corpusStatuses(session);
    assert.deepEqual([status.state, status.documents, status.errors, status.warnings], ['ready', 4, 0, 0] as unknown[]);
    assert.ok(status.names > 100, `only ${status.names} names`);
    // Its truncated copy of the 2022 work points was recognised when the corpus was built (duplicateOf).
    const published = session.notifications.filter(
      (n) =>
        n.method === 'textDocument/publishDiagnostics' &&
        (n.params as { uri: string; diagnostics: unknown[] }).uri === DUPLICATE_2022 &&
        (n.params as { diagnostics: unknown[] }).diagnostics.length > 0,
    );
    assert.deepEqual(published, []);
  });
});

describe('hover', () => {
  test('一网统管: the plan’s 附件2 definition, 名词解释 第12条, and the link to line 1037', async () => {
    const hover = await request<Hover>(session, 'textDocument/hover', at('一网统管'));
    assert.equal(
      hoverMarkdown(hover),
      [
        '**“一网统管”** · 术语',
        '“一网”是指数字政府一体化的云、网、大数据中心、公共支撑平台和感知体系等，“统管”是指充分依托“一网”的基础能力，围绕经济调节、市场监管、社会管理、公共服务和生态环境保护等政府五大职能，优化管理体系和管理流程，构建横向到边、纵向到底、全闭环的数字化治理模式，实现省域范围“一网感知态势、一网纵观全局、一网决策指挥、一网协同共治”。',
        `来源：《广东省数字政府改革建设“十四五”规划》，名词解释 第12条 · [打开原文（第 1037 行）](${PLAN}#L1037)`,
      ].join('\n\n'),
    );
    assert.deepEqual(hover.range, { start: positionOf(text, '一网统管'), end: positionOf(text, '一网统管', 4) });
  });

  test('粤省事: daily active users 2020 基线 80 · 2021 目标 100 · 2025 目标 150, mentioned 39 times', async () => {
    const markdown = hoverMarkdown(await request<Hover>(session, 'textDocument/hover', at('粤省事'))) ?? '';
    assert.ok(markdown.startsWith('**“粤省事”** · 平台\n\n> 面向个人办事的“粤省事”微信小程序'), markdown);
    assert.ok(
      markdown.includes(
        `\n- 日均活跃用户：2020年 基线 80万名（[2021—2025年规划](${PLAN}#L163)） · 2021年 目标 突破100万（[2021年工作要点](${WORK_POINTS_2021}#L36)） · 2025年 目标 达到150万名（[2021—2025年规划](${PLAN}#L143)）\n`,
      ),
      markdown,
    );
    assert.ok(markdown.includes('\n\n语料中提及 39 次，涉及 4 个文件（2021—2023年）。\n\n'), markdown);
  });

  test('a 文号 after 依据, a clause reference, an indicator, an agency', async () => {
    const documentHover = hoverMarkdown(await request<Hover>(session, 'textDocument/hover', at('粤办函')));
    assert.equal(
      documentHover,
      [
        '**《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）**',
        '',
        '文号：粤办函〔2022〕24号  ',
        '发文机关：广东省人民政府办公厅  ',
        '日期：2022-02-28  ',
        '类型：工作要点',
        '',
        `[打开原文（第 26 行）](${WORK_POINTS_2022}#L26)`,
      ].join('\n'),
    );
    const clause = hoverMarkdown(await request<Hover>(session, 'textDocument/hover', at('工作要点（五）'))) ?? '';
    assert.ok(
      clause.startsWith('**（五）完善公共数据管理体系**\n\n完善公共数据管理体系。建立健全首席数据官制度试点评估体系'),
      clause,
    );
    assert.ok(clause.includes('\n\n牵头单位：省政务服务数据管理局\n\n'), clause);
    const indicator = hoverMarkdown(await request<Hover>(session, 'textDocument/hover', at('算力'))) ?? '';
    assert.ok(
      indicator.startsWith(
        '**政务云资源算力规模** · 指标\n\n单位：万核  \n现状值：22.46（2020年）  \n目标值：30（2025年）',
      ),
      indicator,
    );
    const agency = hoverMarkdown(await request<Hover>(session, 'textDocument/hover', at('省政数局'))) ?? '';
    assert.ok(
      agency.startsWith(
        '**省政务服务数据管理局** · 单位\n\n简称/别名：广东省政务服务数据管理局、省政数局\n\n牵头任务：',
      ),
      agency,
    );
  });

  test('nothing on a line of ordinary words', async () => {
    assert.equal(await request(session, 'textDocument/hover', at('二、优化政务服务', 3)), null);
  });
});

describe('definition, references, symbols', () => {
  test('definition of 粤省事 points into the plan at line 49, the sentence that says what it is', async () => {
    const links = await request<LocationLink[]>(session, 'textDocument/definition', at('粤省事', 1));
    assert.deepEqual(links, [
      {
        originSelectionRange: { start: positionOf(text, '粤省事'), end: positionOf(text, '粤省事', 3) },
        targetUri: PLAN,
        targetRange: { start: { line: 48, character: 140 }, end: { line: 48, character: 244 } },
        targetSelectionRange: { start: { line: 48, character: 140 }, end: { line: 48, character: 244 } },
      },
    ]);
  });

  test('definition of a term, a 文号 and a clause reference', async () => {
    const targets = async (needle: string) =>
      (await request<LocationLink[]>(session, 'textDocument/definition', at(needle))).map((l) => [
        l.targetUri,
        l.targetRange.start.line,
        l.targetRange.end.line,
      ]);
    assert.deepEqual(await targets('一网统管'), [[PLAN, 1036, 1036]]);
    assert.deepEqual(await targets('24号'), [[WORK_POINTS_2022, 25, 25]]);
    assert.deepEqual(await targets('（五）'), [[WORK_POINTS_2022, 45, 45]]);
  });

  test('references to 一网统管: every corpus mention, the open draft and the unopened note', async () => {
    const locations = await request<Location[]>(session, 'textDocument/references', {
      ...at('一网统管'),
      context: { includeDeclaration: true },
    });
    const perFile = new Map<string, number>();
    for (const location of locations) perFile.set(location.uri, (perFile.get(location.uri) ?? 0) + 1);
    // Occurrences in the files, less the two inside the indicator “一网统管”行业覆盖率 in the plan.
    assert.deepEqual(
      [...perFile],
      [
        // The corpus in date order: its files are named by date and title.
        [WORK_POINTS_2021, 10],
        [PLAN, 35],
        [WORK_POINTS_2022, 8],
        [OPINIONS_2023, 6],
        [draftUri, 2],
        [notesUri, 1],
      ],
    );
    assert.deepEqual(
      locations.filter((l) => l.uri === draftUri || l.uri === notesUri).map((l) => [l.uri, l.range]),
      [
        [draftUri, { start: positionOf(text, '一网统管'), end: positionOf(text, '一网统管', 4) }],
        [draftUri, { start: { line: 4, character: 6 }, end: { line: 4, character: 10 } }],
        [notesUri, { start: { line: 2, character: 3 }, end: { line: 2, character: 7 } }],
      ],
    );
  });

  test('the outline of the draft', async () => {
    const symbols = await request<DocumentSymbol[]>(session, 'textDocument/documentSymbol', {
      textDocument: { uri: draftUri },
    });
    const tree = (list: readonly DocumentSymbol[]): unknown[] =>
      list.map((s) => (s.children?.length ? [s.name, s.kind, tree(s.children)] : [s.name, s.kind]));
    assert.deepEqual(tree(symbols), [
      [
        '某市数字政府改革建设2024年工作要点（征求意见稿）',
        15,
        [
          [
            '一、深化省域治理“一网统管”',
            5,
            [
              ['（一）推进“一网统管”基础平台建设', 6],
              ['（二）提升政务云服务能力', 6],
            ],
          ],
          ['二、优化政务服务', 5, [['（三）强化统筹协调', 6]]],
        ],
      ],
    ]);
    assert.deepEqual(symbols[0].children![1].range, {
      start: { line: 8, character: 0 },
      end: { line: 11, character: 0 },
    });
  });

  test('workspace symbols for 粤省事: the platform, its indicator, then tasks', async () => {
    const symbols = await request<SymbolInformation[]>(session, 'workspace/symbol', { query: '粤省事' });
    assert.deepEqual(
      symbols
        .slice(0, 2)
        .map((s) => [s.name, s.kind, s.location.uri, s.location.range.start.line])
        .sort(),
      [
        ['“粤省事”', 2, PLAN, 48],
        ['“粤省事”日均活跃用户数', 16, PLAN, 162],
      ],
    );
    assert.ok(
      symbols.some(
        (s) =>
          s.name === '1.强化“粤省事”平台开放集成能力' &&
          s.kind === 24 &&
          s.location.uri === WORK_POINTS_2022 &&
          s.location.range.start.line === 137,
      ),
    );
  });

  test('workspace symbols for a term: the 名词解释 entry first', async () => {
    const [first] = await request<SymbolInformation[]>(session, 'workspace/symbol', { query: '一网统管' });
    assert.deepEqual(
      [first.name, first.kind, first.location.uri, first.location.range.start.line, first.containerName],
      ['“一网统管”', 14, PLAN, 1036, '《广东省数字政府改革建设“十四五”规划》'],
    );
  });
});

describe('completion and clause lookup', () => {
  const COMPLETION_URI = 'untitled:completion.md';
  before(() => session.open(COMPLETION_URI, '推进“粤\n依据《\n推进粤'));

  const complete = async (line: number, character: number) => {
    const result = await request<CompletionItem[] | { items: CompletionItem[] }>(session, 'textDocument/completion', {
      textDocument: { uri: COMPLETION_URI },
      position: { line, character },
    });
    return Array.isArray(result) ? result : result.items;
  };

  test('after “粤: “粤省事” first, inserting 粤省事” over the typed 粤, with a describing detail', async () => {
    const [first] = await complete(0, 4);
    assert.equal(first.label, '“粤省事”');
    assert.deepEqual(first.textEdit as TextEdit, {
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } },
      newText: '粤省事”',
    });
    assert.ok(first.detail?.startsWith('面向个人办事的“粤省事”微信小程序'));
  });

  test('after 粤: “粤省事” with its quotes; after 《: titles with 》', async () => {
    const [brand] = await complete(2, 3);
    assert.deepEqual(
      [brand.label, brand.textEdit],
      [
        '“粤省事”',
        { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } }, newText: '“粤省事”' },
      ],
    );
    const titles = await complete(1, 3);
    const plan = titles.find((item) => item.label === '《广东省数字政府改革建设“十四五”规划》');
    assert.deepEqual(plan?.textEdit, {
      range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } },
      newText: '广东省数字政府改革建设“十四五”规划》',
    });
    assert.equal(plan?.detail, '广东省人民政府 · 2021-07');
  });

  test('policyLens/lookupClauses: ranked tasks with document, number, title, lead units and range', async () => {
    const top = async (query: string) =>
      (await request<ClauseLookupItem[]>(session, 'policyLens/lookupClauses', { query, limit: 5 }))[0];
    const cloud = await top('政务云 算力');
    assert.deepEqual(
      [cloud.uri, cloud.docTitle, cloud.path, cloud.title, cloud.leadUnits, cloud.range],
      [
        PLAN,
        '广东省数字政府改革建设“十四五”规划',
        ['第八章', '第一节'],
        '增强政务云服务能力',
        [],
        { start: { line: 748, character: 0 }, end: { line: 755, character: 0 } },
      ],
    );
    const governance = await top('一网统管 地市试点');
    assert.deepEqual(
      [
        governance.uri,
        governance.docNumber,
        governance.number,
        governance.title,
        governance.leadUnits,
        governance.range,
      ],
      [
        WORK_POINTS_2021,
        '粤办函〔2021〕44号',
        '（十）',
        '推动“一网统管”地市试点',
        ['省政务服务数据管理局'],
        { start: { line: 55, character: 0 }, end: { line: 55, character: 81 } },
      ],
    );
    const users = await top('粤省事 活跃用户');
    assert.deepEqual(
      [users.uri, users.number, users.title, users.leadUnits],
      [WORK_POINTS_2021, '（二）', '深化“粤系列”平台型应用建设', ['省政务服务数据管理局']],
    );
    const five = await request<ClauseLookupItem[]>(session, 'policyLens/lookupClauses', {
      query: '一网统管',
      limit: 5,
    });
    assert.equal(five.length, 5);
    for (let i = 1; i < five.length; i++) assert.ok(five[i - 1].score >= five[i].score);
    assert.deepEqual(await request(session, 'policyLens/lookupClauses', { query: '' }), []);
  });
});

describe('editing the draft', () => {
  test('an incremental change moves the text; hover answers at the new position', async () => {
    const uri = 'untitled:edited.md';
    session.open(uri, '推进工作。');
    assert.equal(
      await request(session, 'textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }),
      null,
    );
    // Insert a line before, then a term into the first line: two incremental edits in one notification.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '依托“粤省事”办理。\n' },
        { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: '“一网统管”' },
      ],
    });
    // Now: 依托“粤省事”办理。 / 推进“一网统管”工作。
    const platform = await request<Hover>(session, 'textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    });
    assert.match(hoverMarkdown(platform) ?? '', /^\*\*“粤省事”\*\* · 平台/);
    const term = await request<Hover>(session, 'textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 4 },
    });
    assert.match(hoverMarkdown(term) ?? '', /^\*\*“一网统管”\*\* · 术语/);
    assert.deepEqual(term.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 7 } });
    assert.equal(
      await request(session, 'textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } }),
      null,
    );
  });
});

describe('status', () => {
  test('no re-index happened while the drafts were edited (drafts are not corpus files)', () => {
    // One indexing: one status with the dictionary ready (a first one may say it was still loading).
    const settled = (corpusStatuses(session) as CorpusStatus[]).filter((s) => s.dictionary !== 'loading');
    assert.equal(settled.length, 1);
    const [status] = settled;
    assert.equal(status.state, 'ready');
  });
});
