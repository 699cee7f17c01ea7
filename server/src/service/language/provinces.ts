// The 34 provincial-level divisions of China: language knowledge, not corpus facts. A document's
// jurisdiction comes from its issuer (广东省人民政府办公厅 -> 广东省), a platform brand starts with the
// province's one-character abbreviation (粤省事, 苏服办, 闽政通), and a name with another province or a
// city in front of it is another body, never a slip of this one's.

export interface Province {
  /** Full name as documents write it: 广东省, 广西壮族自治区, 北京市. */
  readonly name: string;
  /** Short name used in prose: 广东, 广西, 北京. */
  readonly short: string;
  /** One-character abbreviations (简称), the official one first: 粤; 沪 and 申; 云 and 滇. */
  readonly abbreviations: readonly string[];
}

export const PROVINCES: readonly Province[] = [
  { name: '北京市', short: '北京', abbreviations: ['京'] },
  { name: '天津市', short: '天津', abbreviations: ['津'] },
  { name: '河北省', short: '河北', abbreviations: ['冀'] },
  { name: '山西省', short: '山西', abbreviations: ['晋'] },
  { name: '内蒙古自治区', short: '内蒙古', abbreviations: ['蒙'] },
  { name: '辽宁省', short: '辽宁', abbreviations: ['辽'] },
  { name: '吉林省', short: '吉林', abbreviations: ['吉'] },
  { name: '黑龙江省', short: '黑龙江', abbreviations: ['黑'] },
  { name: '上海市', short: '上海', abbreviations: ['沪', '申'] },
  { name: '江苏省', short: '江苏', abbreviations: ['苏'] },
  { name: '浙江省', short: '浙江', abbreviations: ['浙'] },
  { name: '安徽省', short: '安徽', abbreviations: ['皖'] },
  { name: '福建省', short: '福建', abbreviations: ['闽'] },
  { name: '江西省', short: '江西', abbreviations: ['赣'] },
  { name: '山东省', short: '山东', abbreviations: ['鲁'] },
  { name: '河南省', short: '河南', abbreviations: ['豫'] },
  { name: '湖北省', short: '湖北', abbreviations: ['鄂'] },
  { name: '湖南省', short: '湖南', abbreviations: ['湘'] },
  { name: '广东省', short: '广东', abbreviations: ['粤'] },
  { name: '广西壮族自治区', short: '广西', abbreviations: ['桂'] },
  { name: '海南省', short: '海南', abbreviations: ['琼'] },
  { name: '重庆市', short: '重庆', abbreviations: ['渝'] },
  { name: '四川省', short: '四川', abbreviations: ['川', '蜀'] },
  { name: '贵州省', short: '贵州', abbreviations: ['黔', '贵'] },
  { name: '云南省', short: '云南', abbreviations: ['云', '滇'] },
  { name: '西藏自治区', short: '西藏', abbreviations: ['藏'] },
  { name: '陕西省', short: '陕西', abbreviations: ['陕', '秦'] },
  { name: '甘肃省', short: '甘肃', abbreviations: ['甘', '陇'] },
  { name: '青海省', short: '青海', abbreviations: ['青'] },
  { name: '宁夏回族自治区', short: '宁夏', abbreviations: ['宁'] },
  { name: '新疆维吾尔自治区', short: '新疆', abbreviations: ['新'] },
  { name: '台湾省', short: '台湾', abbreviations: ['台'] },
  { name: '香港特别行政区', short: '香港', abbreviations: ['港'] },
  { name: '澳门特别行政区', short: '澳门', abbreviations: ['澳'] },
];

/** The province a text names first (full or short name), e.g. the issuer 江苏省人民政府办公厅 -> 江苏省. */
export function provinceNamedIn(text: string): Province | undefined {
  let best: { province: Province; at: number } | undefined;
  for (const province of PROVINCES) {
    for (const form of [province.name, province.short]) {
      const at = text.indexOf(form);
      if (at >= 0 && (!best || at < best.at)) best = { province, at };
    }
  }
  return best?.province;
}

/** A province by its full or short name. */
export function provinceByName(name: string): Province | undefined {
  return PROVINCES.find((p) => p.name === name || p.short === name);
}

/** Every full and short province name, longest first (for finding place names in text). */
export const PROVINCE_NAMES: readonly string[] = PROVINCES.flatMap((p) => [p.name, p.short]).sort(
  (a, b) => b.length - a.length,
);
