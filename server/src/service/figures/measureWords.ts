// Words that make a measure what it is. Two metric phrases that share most of their characters are
// still different measures when they differ in one of these: 受理率 vs 办结率, 注册用户 vs 活跃用户,
// 新增 vs 累计, 日均 vs 月均, 覆盖率 vs 接入率.
const DEFINING = [
  // what happens to a case
  '受理',
  '办结',
  '办理',
  '审批',
  '评价',
  '好评',
  '差评',
  '满意',
  '投诉',
  '回访',
  '响应',
  '按时',
  // how users count
  '注册',
  '实名',
  '活跃',
  '访问',
  '下载',
  '使用',
  '调用',
  '订阅',
  // growth and time
  '新增',
  '累计',
  '总计',
  '日均',
  '月均',
  '年均',
  '人均',
  '同比',
  '增长',
  '年度',
  // reach
  '覆盖',
  '接入',
  '联通',
  '上线',
  '上云',
  '迁移',
  '部署',
  '开通',
  '汇聚',
  '归集',
  '共享',
  '开放',
  '交换',
  '互认',
  '复用',
  // how a service is done
  '网办',
  '可办',
  '全程',
  '掌办',
  '跑动',
  '零跑',
  '免证',
  '免提交',
  '减材料',
  '压缩',
  '即办',
  '秒批',
  '自助',
  '跨省',
  '跨域',
  // kinds of things counted
  '事项',
  '材料',
  '证照',
  '电子证照',
  '数据',
  '接口',
  '应用',
  '系统',
  '平台',
  '终端',
  '用户',
  '企业',
  '群众',
  '人次',
  '件',
];

const LONGEST_FIRST = [...DEFINING].sort((a, b) => b.length - a.length);

/** definingWords of the phrases seen so far: comparing a draft's targets with the corpus asks again and again. */
const FOUND = new Map<string, ReadonlySet<string>>();
const MAX_REMEMBERED = 50_000;

/** The defining words a metric phrase contains (longest first, without overlaps). */
export function definingWords(metric: string): ReadonlySet<string> {
  let found = FOUND.get(metric);
  if (found === undefined) {
    if (FOUND.size >= MAX_REMEMBERED) FOUND.clear();
    FOUND.set(metric, (found = findDefiningWords(metric)));
  }
  return found;
}

function findDefiningWords(metric: string): Set<string> {
  const found = new Set<string>();
  let rest = metric;
  for (const word of LONGEST_FIRST) {
    if (rest.includes(word)) {
      found.add(word);
      rest = rest.split(word).join('\u0000');
    }
  }
  return found;
}

/** Whether two metric phrases differ in a word that makes a measure: then they are two measures. */
export function differInDefiningWords(a: string, b: string): boolean {
  const x = definingWords(a);
  const y = definingWords(b);
  if (x.size !== y.size) return true;
  for (const word of x) if (!y.has(word)) return true;
  return false;
}
