// The drafter's world as the language service sees it. Every element carries where it came from
// (document id + range in that document's normalized text) so hovers and "go to source" can cite it.
import type { Range } from 'vscode-languageserver-types';
import type { z } from 'zod';
import type { DOCUMENT_KINDS, documentMetaSchema } from './corpus/metadata.js';
import type { DataProblem } from './messages/dataIssues.js';

export type { Range };

/** A place in one corpus (or workspace) document. */
export interface SourceLocation {
  readonly docId: string;
  readonly range: Range;
}

/** The kinds of policy documents, as the metadata schema lists them. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A document's metadata header: the zod schema in corpus/metadata.ts is its single source of truth. */
export type DocumentMeta = Readonly<z.infer<typeof documentMetaSchema>>;

export type SectionKind =
  | 'heading' // a Markdown heading without Chinese numbering
  | 'chapter' // 第X章
  | 'part' // 第X节
  | 'level1' // 一、
  | 'level2' // （一） (一)
  | 'level3' // 1. 1．
  | 'level4' // （1） (1)
  | 'box' // 专栏 N
  | 'table' // 表N
  | 'annex'; // 附件 N

export interface Section {
  readonly kind: SectionKind;
  /** The number as printed: 一、 （五） 1. 第三章 专栏 2 附件 1; empty for plain headings. */
  readonly number: string;
  /** Numeric value of the number (五 -> 5), 0 when none. */
  readonly ordinal: number;
  readonly title: string;
  /** Range of the heading line. */
  readonly range: Range;
  /** From the heading to the line before the next section of the same or a higher level. */
  readonly fullRange: Range;
  readonly children: Section[];
  readonly depth: number;
}

/** An agency that leads a task, from the trailing （…牵头） parenthetical. */
export interface LeadUnit {
  /** Canonical name, with the province prefix restored: 省政务服务数据管理局. */
  readonly name: string;
  /** As written in the parenthetical: 政务服务数据管理局. */
  readonly written: string;
}

/**
 * A numbered task — （五）… or 1.… with its body — or, for searching documents written without task
 * numbers (a plan's 第一节 or 专栏), a passage: a section's own text.
 */
export interface Clause {
  readonly docId: string;
  readonly kind: 'task' | 'passage';
  /** As printed, e.g. （五） or 3. */
  readonly number: string;
  readonly ordinal: number;
  /** Number path from the top, e.g. ['三', '（十一）', '2.'] */
  readonly path: readonly string[];
  /** First sentence, without the number. */
  readonly title: string;
  /** The clause's whole text, without the number. */
  readonly text: string;
  readonly leadUnits: readonly LeadUnit[];
  /** Units that take part beside the lead (责任单位 next to 牵头单位, …按职责分工负责). */
  readonly partners?: readonly LeadUnit[];
  readonly range: Range;
  readonly titleRange: Range;
  /** Title of the enclosing section, for context in lists. */
  readonly sectionTitle?: string;
}

export interface GlossaryEntry {
  readonly docId: string;
  readonly number: number;
  /** Terms this entry defines, without quotes: ["IT", "CT", "DT"]. */
  readonly terms: readonly string[];
  /** The head as printed, e.g. “IT” “CT” “DT”. */
  readonly head: string;
  readonly definition: string;
  readonly range: Range;
  /** Title of the glossary section (名词解释 / 术语). */
  readonly sectionTitle: string;
}

/** A problem with the source data that the parser keeps visible instead of fixing silently. */
export interface DataIssue {
  readonly docId: string;
  readonly range: Range;
  /** Worded where it is shown, in the reader's language (messages/dataIssues.ts). */
  readonly problem: DataProblem;
}

export interface Indicator {
  readonly docId: string;
  /** Row number as printed (序号). */
  readonly number: string;
  /** Name without the unit parenthesis: “粤省事”日均活跃用户数. */
  readonly name: string;
  readonly unit?: string;
  readonly category?: string;
  /** Raw cell text, "-" when the source has none. */
  readonly baselineText?: string;
  readonly baseline?: number;
  readonly baselineYear?: number;
  readonly targetText?: string;
  readonly target?: number;
  readonly targetYear?: number;
  readonly method?: string;
  readonly methodRange?: Range;
  readonly tableTitle?: string;
  readonly range: Range;
}

export type NameKind = 'platform' | 'agency' | 'document' | 'term' | 'indicator';

/** A name the corpus knows, merged from text and the curated registry. */
export interface KnownName {
  readonly kind: NameKind;
  /** Canonical form without surrounding quotes: 粤省事, 省政务服务数据管理局, 《…》 stripped. */
  readonly name: string;
  /** Other spellings that mean the same entity: abbreviations, quoted forms, old names. */
  readonly aliases: readonly string[];
  /** How the corpus writes it in running text, e.g. “粤省事”. */
  readonly display: string;
  /** The registry says the name is current: learned history never marks it replaced. */
  readonly current?: boolean;
  /** Marked in the registry, always with the document that says so. */
  readonly deprecated?: {
    readonly replacedBy?: string;
    readonly since?: string;
    readonly source: string;
    readonly note?: string;
  };
  /** For documents: the 文号 / doc id when the corpus has the document. */
  readonly docNumber?: string;
  readonly docId?: string;
}

export interface Mention {
  readonly name: string;
  readonly kind: NameKind;
  readonly docId: string;
  readonly range: Range;
  /** The text exactly as written at the mention. */
  readonly written: string;
}

export type FigureKind = 'baseline' | 'target' | 'achieved';

/** A quantitative statement: “粤省事”日均活跃用户数 达到 150 万名 (target, 2025). */
export interface Figure {
  readonly docId: string;
  /** Platform, indicator or metric phrase the figure is about. */
  readonly subject: string;
  /** What is measured, kept apart by qualifier: 日均活跃用户 vs 月均活跃用户, 注册用户 vs 活跃用户. */
  readonly metric: string;
  readonly comparator: string;
  readonly value: number;
  /** Unit as written: 万, 亿, %, 个, 项, 万名, 万核 … */
  readonly unit: string;
  readonly kind: FigureKind;
  readonly year?: number;
  /** The value span in the document (what a diagnostic would underline). */
  readonly range: Range;
  /** The sentence or table row it came from. */
  readonly text: string;
}

export interface ParsedDocument {
  readonly meta: DocumentMeta;
  readonly uri: string;
  readonly text: string;
  /** Line where the body starts (after the metadata header). */
  readonly bodyStartLine: number;
  readonly sections: Section[];
  readonly clauses: Clause[];
  readonly glossary: GlossaryEntry[];
  readonly indicators: Indicator[];
  readonly figures: Figure[];
  readonly dataIssues: DataIssue[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem with a corpus file: shown as a diagnostic on that file and in `corpus stats`. */
export interface CorpusProblem {
  readonly uri: string;
  readonly severity: Severity;
  readonly message: string;
  readonly field?: string;
  readonly range?: Range;
}
