// How policy documents say that one name replaced another. Kept as data — one entry per way of saying it,
// each with an example of our own that a test checks — so a new phrasing is a new row, not new code.
// `old` and `new` are spans around the name; statedReplacements.ts trims each to the name it holds.

export interface ReplacementPattern {
  readonly id: string;
  /** How the pattern reads, for the README and the tests. */
  readonly reads: string;
  /** Named groups `old` (the replaced name) and, where the sentence says it, `new`. */
  readonly pattern: RegExp;
  /**
   * Words the pattern cannot match without (one of them): a sentence holding none is not tried. Most
   * sentences of a corpus hold none, and the spans' lazy quantifiers make a failing match cost.
   */
  readonly cues: readonly string[];
  /** Where in its span each name stands: the start (将X…) or the end (…X更名为). */
  readonly oldAt: 'start' | 'end';
  readonly newAt: 'start' | 'end';
  /** A sentence of our own it must read, with the names it must find. */
  readonly example: { readonly text: string; readonly old: string; readonly new?: string };
}

/** A span that may hold a name: no sentence or clause break inside. */
const SPAN = '[^，。；：！？,;:]{2,40}?';
const SPAN_NEW = '[^，。；：！？,;:]{2,40}';

export const REPLACEMENT_PATTERNS: readonly ReplacementPattern[] = [
  {
    id: 'renamed',
    cues: ['更名为', '改名为'],
    oldAt: 'end',
    newAt: 'start',
    reads: 'X更名为Y / X改名为Y',
    pattern: new RegExp(`(?<old>${SPAN})(?:正式)?(?:更名|改名)为(?<new>${SPAN_NEW})`),
    example: {
      text: '2024年，省政务服务数据管理局更名为省政务服务和数据管理局。',
      old: '省政务服务数据管理局',
      new: '省政务服务和数据管理局',
    },
  },
  {
    id: 'turned-into',
    cues: ['将'],
    oldAt: 'start',
    newAt: 'start',
    reads: '将X调整/整合/升级/改组/合并为Y',
    pattern: new RegExp(`将(?<old>${SPAN})(?:调整|整合|升级|改组|合并|改造|改建)(?:为|成)(?<new>${SPAN_NEW})`),
    example: {
      text: '将“政企通”小程序升级为“营商通”企业服务平台。',
      old: '政企通',
      new: '营商通',
    },
  },
  {
    id: 'merged-into',
    cues: ['并入', '划入'],
    oldAt: 'start',
    newAt: 'start',
    reads: '将X并入/纳入Y',
    pattern: new RegExp(`将(?<old>${SPAN})(?:整体)?(?:并入|划入)(?<new>${SPAN_NEW})`),
    example: { text: '将省电子政务中心并入省政务服务数据管理局。', old: '省电子政务中心', new: '省政务服务数据管理局' },
  },
  {
    id: 'abolished-formed',
    cues: ['撤并', '撤销', '撤消'],
    oldAt: 'start',
    newAt: 'start',
    reads: '撤并/撤销X…组建/成立Y',
    pattern: new RegExp(
      `(?:撤并|撤销|撤消)(?:调整)?(?<old>${SPAN})(?:以及[^。；]{0,40}?)?[，,]?(?:组建|成立|设立)(?<new>${SPAN_NEW})`,
    ),
    example: { text: '撤销省信息中心，组建省大数据中心。', old: '省信息中心', new: '省大数据中心' },
  },
  {
    id: 'built-on-former',
    cues: ['在原'],
    oldAt: 'start',
    newAt: 'start',
    reads: '在原X基础上…构建/建设/升级/形成Y',
    pattern: new RegExp(
      `在原(?<old>${SPAN})(?:的)?基础上[^。]{0,80}?(?:构建|建设|建成|升级|形成|打造)(?:统一的?)?(?<new>“[^”]{2,12}”|${SPAN_NEW})`,
    ),
    example: {
      text: '在原省投诉热线基础上扩大受理范围，构建统一“粤省心”热线平台。',
      old: '省投诉热线',
      new: '粤省心',
    },
  },
  {
    id: 'formerly',
    cues: ['（原', '(原'],
    oldAt: 'start',
    newAt: 'end',
    reads: 'Y（原X）',
    pattern: new RegExp(`(?<new>${SPAN_NEW})[（(]原(?<old>[^（）()，。]{2,30})[）)]`),
    example: {
      text: '由省政务服务和数据管理局（原省政务服务数据管理局）牵头。',
      old: '省政务服务数据管理局',
      new: '省政务服务和数据管理局',
    },
  },
  {
    id: 'duties-moved',
    cues: ['划入', '交由', '划转', '移交', '并入'],
    oldAt: 'end',
    newAt: 'start',
    reads: 'X的职责/业务划入/交由Y',
    pattern: new RegExp(
      `(?:原)?(?<old>${SPAN})(?:承担的|的)[^，。；]{0,20}?(?:职责|业务|职能|工作)(?:已经|已|将|整体|全部|统一)*(?:划入|交由|划转(?:至|给)?|移交(?:给)?|并入)(?<new>${SPAN_NEW})`,
    ),
    example: {
      text: '将原省公共资源交易中心承担的交易业务交由省交易集团统一运营。',
      old: '省公共资源交易中心',
      new: '省交易集团',
    },
  },
  {
    id: 'former',
    cues: ['原'],
    oldAt: 'start',
    newAt: 'start',
    reads: '原X（the former X, with no successor named)',
    pattern:
      /原(?!则|始|有|来|因|本|创|料|理|件|先|定|貌|生|值|文|址|籍|地|告|稿|型|样|子|材|汁|产|装|封|状|位|路|点)(?<old>[\u4e00-\u9fff“”]{3,20})/,
    example: { text: '原省公共资源交易中心的档案移交档案馆。', old: '省公共资源交易中心' },
  },
];
