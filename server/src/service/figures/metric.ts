// The metric of a figure: what is measured ("日均活跃用户", "政务外网接入率"). The key keeps qualifiers that
// change the meaning (日均 vs 月均, 注册 vs 活跃, 率 vs a count) and drops what only restates the sentence:
// leading verbs (实现, 推动), the jurisdiction (全省), adverbs before the comparator (已, 均), channel words
// after a platform name (平台, APP) and the counting suffix (用户数 / 用户量 / 用户 are one metric).

const LEADING = new RegExp(
  '^(?:' +
    [
      '(?:到|至|截至|截止|在|于)?\\d{4}年(?:底|末|年底)?(?:前)?',
      '的',
      '年内',
      '今年',
      '当年',
      '全年',
      '届时',
      '年底前',
      '年底',
      '无论如何',
      '务必',
      '一定',
      '必须',
      '要',
      '对照',
      '围绕',
      '按照',
      '根据',
      '依据',
      '各地',
      '实现',
      '推动',
      '推进',
      '确保',
      '力争',
      '争取',
      '促进',
      '带动',
      '配合',
      '助力',
      '落实',
      '做到',
      '使得',
      '其中',
      '与',
      '和',
      '目前',
      '现有',
      '已经',
      '已',
      '累计',
      '总计',
      '合计',
      '共有',
      '当前',
      '截至',
      '截止',
      '全面',
      '进一步',
      '持续',
      '逐步',
      '基本',
      '预计',
      '计划',
      '力求',
      '努力',
      '将',
      '并',
      '同时',
      '此外',
      '另外',
      // Verbs of "V + what is counted": 上线高频民生服务 1706 项 counts 高频民生服务.
      '上线',
      '集成',
      '接入',
      '汇聚',
      '整合',
      '签发',
      '开通',
      '打通',
      '推出',
      '梳理',
      '编制',
      '发布',
      '归集',
      '提供',
      '支撑',
      '全省',
      '全市',
      '全区',
      '全县',
      '全州',
      '我省',
      '我市',
      '我区',
      '我县',
      '本省',
      '本市',
      '省内',
      '市内',
    ].join('|') +
    ')',
);

/** Words that point back to a platform named before: "平台月均活跃用户" after "提高“粤商通”平台…". */
const ANAPHORA = /^(?:该平台|该系统|平台|其)/;
const CHANNEL = /^(?:该平台|平台|微信小程序|小程序|客户端|移动端|APP|App|app)/;

// Only what may stand between a metric and a comparator the chain in comparators.ts did not consume.
const TRAILING = new RegExp(
  '(?:' +
    [
      '已经',
      '已',
      '(?<![日月年周季人户平])均',
      '分别',
      '累计',
      // What launches the counted things (累计推出300项): the measure is what is counted.
      '推出',
      '落地',
      '将',
      '稳定',
      '持续',
      '总计',
      '合计',
      '仍',
      '原则上',
      '力争',
      '继续',
      '逐步',
      '进一步',
      '预计',
      '升级扩容',
      '升级',
      '扩容',
      '扩大',
      '提升',
      '提高',
      '增长',
      '增加',
      '上升',
      '下降',
      '降低',
      '减少',
      '压减',
      '压缩',
      '缩短',
      '的',
      '由',
      '从',
      // A target's own marker before its value: 全年算力规模目标24万核, …的全省目标为.
      '目标值',
      '目标',
      '全省',
      '全市',
      '我省',
      '我市',
      '小目标',
      // Time words and modal verbs before the value: …今年, …要, …将, …为.
      '今年',
      '年内',
      '当年',
      '全年',
      '届时',
      '要',
      '需',
      '应',
      '须',
      '可',
      '为',
      '是',
      '无论如何',
      '务必',
      '一定',
      '必须',
      '年底前',
      '(?:到|至|在|于)?\\d{4}年(?:底|末|年底)?(?:前)?',
    ].join('|') +
    ')$',
);

/** Words ending in 数 or 量 where the character is part of the word, not a counting suffix. */
const KEEP_SUFFIX = [
  '指数',
  '分数',
  '系数',
  '倍数',
  '函数',
  '参数',
  '基数',
  '常数',
  '变数',
  '少数',
  '多数',
  '人数',
  '次数',
  '总数',
  '流量',
  '质量',
  '能量',
  '容量',
  '存量',
  '增量',
  '总量',
  '重量',
  '含量',
  '力量',
  '考量',
  '分量',
  '剂量',
  '变量',
  '向量',
  '产量',
  '工作量',
];

function stripRepeatedly(text: string, re: RegExp): string {
  let t = text;
  for (let prev = ''; prev !== t;) {
    prev = t;
    const next = t.replace(re, '');
    // A single leftover character is a word cut in half (实现率 - 实现 = 率): keep the phrase whole.
    if (next.length !== 1) t = next;
  }
  return t;
}

/** Removes spaces, quotes and parentheticals: “零跑动”事项覆盖率（%） -> 零跑动事项覆盖率. */
export function clean(phrase: string): string {
  return (
    phrase
      // An edition is part of the measure: 闽政通（公众版） and 闽政通（政务版） count different users.
      .replace(/[（(]([^（）()]{1,4}版)[）)]/g, '$1')
      .replace(/（[^（）]*）|\([^()]*\)/g, '')
      .replace(/[\s\u3000“”"'‘’「」『』《》]/g, '')
  );
}

/**
 * 日活跃 / 日活 -> 日均活跃, 月活跃 / 月活 -> 月均活跃; 日活 alone is the daily active users (日活规模 ->
 * 日均活跃用户规模), not 节日活动.
 */
function unifyActivity(phrase: string): string {
  return phrase
    .replace(/([日月])活跃/g, '$1均活跃')
    .replace(/([日月])活(?=用户)/g, '$1均活跃')
    .replace(/(?<![节假生])([日月])活(?![跃动力化泼性用均])/g, '$1均活跃用户');
}

function dropCountingSuffix(phrase: string): string {
  if (KEEP_SUFFIX.some((w) => phrase.endsWith(w))) return phrase;
  const next = phrase.replace(/(?:数量|数|量)$/, '');
  return next.length >= 2 ? next : phrase;
}

/** The comparison key of a metric phrase: 日均活跃用户数 / 日均活跃用户量 / 日活跃用户 -> 日均活跃用户. */
export function metricKey(phrase: string): string {
  // Words before a year inside the phrase are the sentence's, not the measure's: 各地要围绕2024年新增… -> 新增…
  const afterYear = phrase.replace(/^.*(?:\d{4}\s*年[度底末内]?|今年|明年)/, '');
  if (afterYear !== phrase && clean(afterYear).length >= 3) {
    const after = keyOf(afterYear);
    if (after) return after;
    // Nothing measured after the time word (政务云今年的扩容目标是): the words before it are the measure.
    return keyOf(phrase.replace(/(?:\d{4}\s*年[度底末内]?|今年|明年)/g, ''));
  }
  return keyOf(phrase);
}

function keyOf(phrase: string): string {
  let t = unifyActivity(clean(phrase));
  // Alternate: "“粤政图”平台支撑地图产品数" loses 平台 (a channel) and then 支撑 (a leading verb).
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = stripRepeatedly(stripRepeatedly(t, LEADING), CHANNEL);
  }
  t = stripRepeatedly(t, TRAILING);
  return dropCountingSuffix(t);
}

/** Whether two metric phrases name the same measure. */
export function sameMetric(a: string, b: string): boolean {
  return metricKey(a) === metricKey(b);
}

/** The phrase refers back to a platform named earlier (平台…, 该平台…, 其…). */
export function isAnaphoric(phrase: string): boolean {
  return ANAPHORA.test(stripRepeatedly(clean(phrase), LEADING));
}

/** Where the noun after a classifier stops: a verb or preposition that starts the rest of the clause. */
const NOUN_STOP = new RegExp(
  [
    '实现',
    '进驻',
    '在(?!线)',
    '完成',
    '开通',
    '接入',
    '纳入',
    '提供',
    '上线',
    '覆盖',
    '通过',
    '开展',
    '参与',
    '使用',
    '办理',
    '获得',
    '的',
    '(?<![平缓])和',
    '以及',
    '及',
    '与',
    '(?<![高平同中])等',
    '或',
    '并',
    '支撑',
    '迁移',
    '发布',
    '落地',
    '入驻',
    '设立',
    '建立',
    '建成',
    '开设',
    '部署',
    '深入',
    '推进',
    '推动',
    '加快',
    '全(?=省|市|区|县|国|覆盖|面|部|程)',
    '中(?![心小央国])',
    '建设',
    '持续',
    '达到',
    '赋能',
    '累计',
    '提升',
    '提高',
    '增长',
    '增加',
    '降低',
    '下降',
    '减少',
    '压减',
    '缩短',
    '扩大',
    '突破',
    '超过',
    '不少于',
    '不低于',
  ].join('|'),
);

/**
 * The noun right after a classifier, which names what is counted: "投放250台政务服务一体机" -> 政务服务一体机.
 * Stops at punctuation, digits and the next verb; undefined when fewer than two characters remain.
 */
export function readCountedNoun(text: string, pos: number, to: number): { start: number; end: number } | undefined {
  let end = pos;
  while (end < to && end - pos < 16 && /[\u3400-\u9fff“”]/.test(text.charAt(end))) end++;
  let start = pos;
  let stop = NOUN_STOP.exec(text.slice(start, end));
  // "20000台银行等智慧终端": the head noun follows 等; the part before it only gives examples.
  if (stop?.[0] === '等' && clean(text.slice(start + stop.index + 1, end)).length >= 2) {
    start += stop.index + 1;
    stop = NOUN_STOP.exec(text.slice(start, end));
  }
  if (stop) end = start + stop.index;
  // "21个地市政务服务事项网上可办率": the number counts the places the measure is about, not the measure.
  const subject = SUBJECT_WORDS.exec(text.slice(start, end));
  if (subject && end - start - subject[0].length >= 2) end = start + subject[0].length;
  const noun = clean(text.slice(start, end));
  // 百万路这个台阶: a demonstrative starts a new phrase, not the thing counted.
  if (/^[这那该此]/.test(noun)) return undefined;
  return noun.length >= 2 ? { start, end } : undefined;
}

/** Places and bodies a count is often of, before the measure that follows them. */
const SUBJECT_WORDS =
  /^(?:地级以上市|地级市|地市|县（市、区）|县\(市、区\)|县市区|县区|市县|部门|单位|机构|省份|城市|乡镇|镇街|镇（街）|街道|社区|村居|行政村|园区|试点地区|试点|地区|市|县|区|镇|村)/;

/** The quoted term right after a percentage: "100%“零跑动”" -> 零跑动 (what the 100% is of). */
export function readQuotedQualifier(text: string, pos: number): { term: string; end: number } | undefined {
  const m = /^\s*“([^“”]{1,12})”/.exec(text.slice(pos, pos + 20));
  return m ? { term: m[1], end: pos + m[0].length } : undefined;
}
