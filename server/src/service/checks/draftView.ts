import { draftDocument, type DraftDocument } from '../features/documentText.js';
import { isTraditional } from '../language/script.js';
import { ITEMS_PER_YIELD, runSteps } from '../steps.js';
import { memoKeyOf } from '../text/canonicalLines.js';

/** A part of the draft the checks do not read, and why (the CLI and the editor say so where it matters). */
export interface BlankedSpan {
  readonly start: number;
  readonly end: number;
  readonly reason: 'comment' | 'front-matter' | 'metadata' | 'signature' | 'overlong-line';
}

/**
 * The draft as the checks read it: same length and offsets as the original, with what is not the
 * document's prose blanked to spaces (line breaks kept) — editors' comments, front matter, the header
 * and byline lines of a web page or news report (来源：…, 索引号：…, 记者 …), the issuer's signature
 * and date at the end, and pasted blobs (overlong lines). Traditional-script lines are marked.
 */
export interface DraftView {
  readonly original: DraftDocument;
  /** The blanked text, as a document (same uri and version). */
  readonly checked: DraftDocument;
  readonly blanked: readonly BlankedSpan[];
  /** 0-based lines written in traditional characters. */
  readonly traditionalLines: ReadonlySet<number>;
}

/** A line longer than this is not prose a drafter wrote (a data URI, a pasted table dump). */
export const MAX_CHECKED_LINE = 20_000;

export function draftView(original: DraftDocument): DraftView {
  return runSteps(draftViewSteps(original));
}

/** draftView, yielding between its scans and between lines (a draft's check pauses there). */
export function* draftViewSteps(original: DraftDocument): Generator<void, DraftView> {
  const metadata = yield* metadataLineSpans(original);
  const spans = mergeSpans([
    ...commentSpans(original.text),
    ...frontMatterSpan(original.text),
    ...metadata,
    ...signatureSpans(original),
    ...overlongLineSpans(original),
  ]);
  yield;
  const checked =
    spans.length === 0 ? original : draftDocument(original.uri, original.version, blankOut(original.text, spans));
  const traditionalLines = new Set<number>();
  for (let line = 0; line < checked.lines.lineCount; line++) {
    if (line % ITEMS_PER_YIELD === 0) yield;
    const text = checked.lines.lineText(line);
    if (text.length >= 4 && remembered(TRADITIONAL, text, () => isTraditional(text))) traditionalLines.add(line);
  }
  return { original, checked, blanked: spans, traditionalLines };
}

/**
 * Sorted and without overlaps: the spans come from several scans (a comment may hold an overlong line,
 * an overlong line may hold comments), and blanking walks them once in order.
 */
function mergeSpans(spans: BlankedSpan[]): BlankedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: BlankedSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) out[out.length - 1] = { ...last, end: span.end };
    } else {
      out.push(span);
    }
  }
  return out;
}

function blankOut(text: string, spans: readonly BlankedSpan[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const { start, end } of spans) {
    parts.push(text.slice(from, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The text the draft's own facts are read from (its title, year, dateline, the documents it cites): HTML
 * comments and pasted blobs (overlong lines) left out, their line breaks kept. Left out, not blanked: the
 * facts carry no offsets, and a blob's blanks would fill the head where the title is looked for. Front
 * matter, metadata and signature lines stay: they state those facts.
 */
export function factsText(draft: DraftDocument): string {
  const spans = mergeSpans([...commentSpans(draft.text), ...overlongLineSpans(draft)]);
  if (spans.length === 0) return draft.text;
  const parts: string[] = [];
  let from = 0;
  for (const { start, end } of spans) {
    parts.push(draft.text.slice(from, start), draft.text.slice(start, end).replace(/[^\r\n]/g, ''));
    from = end;
  }
  parts.push(draft.text.slice(from));
  return parts.join('');
}

/** HTML comments are notes to the editors, not the document's text. Comments do not nest. */
function commentSpans(text: string): BlankedSpan[] {
  const spans: BlankedSpan[] = [];
  for (let start = text.indexOf('<!--'); start >= 0;) {
    const close = text.indexOf('-->', start + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push({ start, end, reason: 'comment' });
    start = close < 0 ? -1 : text.indexOf('<!--', end);
  }
  return spans;
}

/** YAML front matter at the very top (--- … ---): metadata, not prose. */
function frontMatterSpan(text: string): BlankedSpan[] {
  const match = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/.exec(text.slice(0, 20_000));
  return match ? [{ start: 0, end: match[0].length, reason: 'front-matter' }] : [];
}

/** Labels of the header and byline lines that web pages and news reports put around the text. */
const METADATA_LABEL =
  /^[\s\u3000>*#|-]*(?:来源|来源于|信息来源|稿件来源|文章来源|发布机构|发布单位|发文机关|发文单位|成文日期|发布日期|发布时间|生效日期|更新时间|索引号|主题分类|体裁分类|公文种类|发文字号|文号|记者|通讯员|作者|撰稿|编辑|责任编辑|编审|校对|审核|审校|终审|摄影|摄像|图片|供图|浏览次数|访问量|点击数|阅读数|字号|分享到|打印本页|关闭窗口)[\s\u3000]*[：:]/;

/** A byline inside the first words of a paragraph: 本报讯（记者 张三 通讯员 李四）, 记者 王五 报道. */
const BYLINE =
  /[（(](?:[^（）()]{0,12}?(?:记者|通讯员)[^（）()]{0,40})[）)]|(?:记者|通讯员)[ \u3000][\u4e00-\u9fff]{2,4}(?:[ \u3000、][\u4e00-\u9fff]{2,4})*/g;

function* metadataLineSpans(draft: DraftDocument): Generator<void, BlankedSpan[]> {
  const spans: BlankedSpan[] = [];
  for (let line = 0; line < draft.lines.lineCount; line++) {
    if (line % ITEMS_PER_YIELD === 0) yield;
    const text = draft.lines.lineText(line);
    const start = draft.lines.lineStart(line);
    for (const [from, to] of remembered(METADATA, text, () => metadataInLine(text)))
      spans.push({ start: start + from, end: start + to, reason: 'metadata' });
  }
  return spans;
}

/** Where a line holds metadata (a labelled line whole, or bylines in its first words), in the line. */
function metadataInLine(text: string): ReadonlyArray<readonly [number, number]> {
  if (text.length <= 200 && METADATA_LABEL.test(text)) return [[0, text.length]];
  return [...text.slice(0, 80).matchAll(BYLINE)].map((match) => [match.index, match.index + match[0].length] as const);
}

// What a line is (metadata, traditional script) depends on its text alone: kept per text, an edit reads
// only the lines it changed. Bounded, emptied when full.
const MAX_REMEMBERED_LINES = 50_000;
const METADATA = new Map<string, ReadonlyArray<readonly [number, number]>>();
const TRADITIONAL = new Map<string, boolean>();

function remembered<T>(memo: Map<string, T>, text: string, compute: () => T): T {
  let value = memo.get(text);
  if (value === undefined) {
    if (memo.size >= MAX_REMEMBERED_LINES) memo.clear();
    // The key as a copy (or the line's one string): a line kept as a key must not keep its draft's text alive.
    memo.set(memoKeyOf(text), (value = compute()));
  }
  return value;
}

const DATE_LINE =
  /^[\s\u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日(?:\s*印发)?[\s\u3000]*$/;
const ISSUER_LINE =
  /^[\s\u3000*]*[\u4e00-\u9fff（）()、]{3,40}(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|办|中心|院|署|部)(?:\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日(?:印发)?)?[\s\u3000*]*$/;

/**
 * The signature at the end of a document: the issuer's name and the date (山东省人民政府办公厅 /
 * 2023年1月30日 印发). It names who issued the text, not what the text says.
 */
function signatureSpans(draft: DraftDocument): BlankedSpan[] {
  const spans: BlankedSpan[] = [];
  let seen = 0;
  for (let line = draft.lines.lineCount - 1; line >= 0 && seen < 6; line--) {
    const text = draft.lines.lineText(line);
    if (!text.trim()) continue;
    seen++;
    if (!DATE_LINE.test(text) && !ISSUER_LINE.test(text)) {
      // The signature block ends at the first line of prose above it.
      if (spans.length > 0 || seen > 2) break;
      continue;
    }
    const start = draft.lines.lineStart(line);
    spans.push({ start, end: start + text.length, reason: 'signature' });
  }
  return spans;
}

function overlongLineSpans(draft: DraftDocument): BlankedSpan[] {
  const spans: BlankedSpan[] = [];
  for (let line = 0; line < draft.lines.lineCount; line++) {
    const start = draft.lines.lineStart(line);
    // From the line starts first: only a line that long is cut out to measure it without its line end.
    if (draft.lines.lineStart(line + 1) - start <= MAX_CHECKED_LINE) continue;
    const length = draft.lines.lineText(line).length;
    if (length > MAX_CHECKED_LINE) spans.push({ start, end: start + length, reason: 'overlong-line' });
  }
  return spans;
}
