import type { CorpusIndex } from '../index/corpusIndex.js';
import type { Figure, KnownName } from '../model.js';
import { measureTimeline } from '../figures/corpusMeasures.js';
import { historyOf } from '../history/nameHistory.js';
import { nameKey } from '../text/normalize.js';
import { shortTitle } from './sources.js';

const KIND_LABEL: Record<KnownName['kind'], string> = {
  platform: '平台 platform',
  agency: '单位 agency',
  document: '文件 document',
  term: '术语 term',
  indicator: '指标 indicator',
};

/** What the index knows about one name, with sources (document, 文号, line). */
export function nameReport(index: CorpusIndex, query: string): string {
  const names = index.lookupName(query);
  if (names.length === 0) {
    const document = index.findDocument(query);
    if (document)
      return describeDocumentName(
        index,
        index.names.find((n) => n.kind === 'document' && n.docId === document.meta.id)!,
      );
    // Not a name: perhaps a measure (政务云资源算力规模, 视频联网共享): its timeline.
    const timeline = measureTimeline(index, query);
    if (timeline.length > 0) return [`${query}  [指标 measure]`, ...timelineLines(index, timeline)].join('\n');
    return `语料中没有“${query}” / the corpus does not know "${query}"`;
  }
  return names.map((name) => describeOne(index, name)).join('\n\n');
}

function where(index: CorpusIndex, docId: string, line: number): string {
  const meta = index.document(docId)?.meta;
  return meta
    ? `《${meta.title}》${meta.docNumber ? `（${meta.docNumber}）` : ''} 第 ${line + 1} 行`
    : `${docId}:${line + 1}`;
}

function describeOne(index: CorpusIndex, name: KnownName): string {
  if (name.kind === 'document') return describeDocumentName(index, name);
  const lines = [`${name.display}  [${KIND_LABEL[name.kind]}]`];
  if (name.aliases.length) lines.push(`  别名 aliases: ${name.aliases.join('、')}`);
  if (name.deprecated) {
    const d = name.deprecated;
    lines.push(
      `  已停用 deprecated${d.since ? `（${d.since}起）` : ''}${d.replacedBy ? `，现为 now ${d.replacedBy}` : ''}；依据 source: ${d.source}${d.note ? `：${d.note}` : ''}`,
    );
  }
  for (const doc of index.documents) {
    for (const entry of doc.glossary.filter((e) => e.terms.some((t) => nameKey(t) === nameKey(name.name)))) {
      lines.push(
        `  释义 definition（${entry.sectionTitle} 第${entry.number}条，${where(index, doc.meta.id, entry.range.start.line)}）: ${entry.definition}`,
      );
    }
    for (const indicator of doc.indicators.filter((i) => nameKey(i.name) === nameKey(name.name))) {
      lines.push(
        `  指标 indicator（${indicator.tableTitle ?? ''} 第${indicator.number}项，${where(index, doc.meta.id, indicator.range.start.line)}）: 单位 ${indicator.unit ?? '-'}，现状值 ${indicator.baselineText ?? '-'}（${indicator.baselineYear ?? '?'}年），目标值 ${indicator.targetText ?? '-'}（${indicator.targetYear ?? '?'}年）`,
      );
      if (indicator.method) lines.push(`    计算方法 method: ${indicator.method}`);
    }
  }
  const figures = name.kind === 'indicator' ? measureTimeline(index, name.name) : index.figuresFor(name.name);
  if (figures.length) lines.push(...timelineLines(index, figures));
  lines.push(...historyLines(index, name));
  const mentions = index.mentionsOf(name);
  const docs = new Set(mentions.map((m) => m.docId));
  lines.push(`  提及 mentions: ${mentions.length} 处，${docs.size} 个文件`);
  for (const mention of mentions.slice(0, 5))
    lines.push(`    ${where(index, mention.docId, mention.range.start.line)}: ${mention.written}`);
  return lines.join('\n');
}

/** The documents that use a name, first and last use, and what replaced it (if the corpus shows it). */
function historyLines(index: CorpusIndex, name: KnownName): string[] {
  const history = historyOf(index, name);
  const lines: string[] = [];
  if (history.uses.length) {
    lines.push(`  使用 used: ${history.first} — ${history.last}`);
    for (const use of history.uses) {
      const doc = index.document(use.docId);
      lines.push(`    ${use.date} ${doc ? shortTitle(doc) : use.docId}: ${use.count} 处`);
    }
  }
  const r = history.replacement;
  if (r) {
    const doc = index.document(r.docId);
    const how = { registry: '名录 registry', stated: '原文明示 stated', usage: '用法 usage' }[r.how];
    lines.push(
      `  已被取代 replaced${r.replacedBy ? ` by “${r.replacedBy}”` : ''} since ${r.since}（${how}${doc ? `，${shortTitle(doc)}` : ''}）${r.sentence ? `：${r.sentence}` : ''}`,
    );
  }
  return lines;
}

/** A measure's figures by document and year: kind, value, where. */
function timelineLines(index: CorpusIndex, figures: readonly Figure[]): string[] {
  return [
    '  数值 figures（按文件日期 by document date）:',
    ...figures.map(
      (f) => `    ${index.dateOf(f.docId)} ${formatFigure(f)} — ${where(index, f.docId, f.range.start.line)}`,
    ),
  ];
}

const KIND_WORD = { baseline: '基线 baseline', target: '目标 target', achieved: '已实现 achieved' } as const;

export function formatFigure(f: Figure): string {
  return `${f.metric}${f.comparator ? ` ${f.comparator}` : ''} ${f.value}${f.unit} [${KIND_WORD[f.kind]}${f.year ? ` ${f.year}年` : ''}]`;
}

function describeDocumentName(index: CorpusIndex, name: KnownName): string {
  const document = name.docId ? index.document(name.docId) : undefined;
  const lines = [`${name.display}  [${KIND_LABEL.document}]`];
  if (document) {
    const m = document.meta;
    lines.push(
      `  文号 number: ${m.docNumber ?? '（无 none）'}`,
      `  发文机关 issuer: ${m.issuer ?? '-'}`,
      `  日期 date: ${m.date}`,
      `  类型 kind: ${m.kind}`,
      `  语料文件 corpus file: ${m.id}`,
    );
    if (m.supplied?.length) lines.push(`  人工补充 supplied by hand: ${m.supplied.join(', ')}`);
  } else {
    lines.push('  语料中没有全文 / cited, but not in the corpus');
  }
  lines.push(`  被引用 cited: ${index.mentionsOf(name).length} 处`);
  return lines.join('\n');
}
