// Generators of hostile drafts, corpus files, raw sources and edit sequences. Text comes from the
// bundled corpus cut and spliced (read at run time), mutated names and 文号, random Unicode (lone
// surrogates, line separators, traditional characters), unbalanced quotes and brackets, very long
// lines, deep nesting and hostile YAML front matter, joined with LF, CRLF, CR or a mix of them.
import fc from 'fast-check';
import { corpusText } from './corpusText.js';

export interface Sizes {
  /** The longest generated line (characters). */
  readonly maxLine: number;
  /** The most lines in a generated document. */
  readonly maxLines: number;
}

export const SHORT_SIZES: Sizes = { maxLine: 4_000, maxLines: 40 };
export const LONG_SIZES: Sizes = { maxLine: 50_000, maxLines: 120 };

export interface CorpusFileCase {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface Edit {
  /** Where the replaced range starts, modulo the text's length + 1. */
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

/** Positions as two naturals, mapped by the property onto the document (out of range included). */
export type RawPosition = readonly [number, number];

const FULL_WIDTH = '，。；：？！、（）【】〔〕《》“”‘’「」『』　…—～·％＋－＝０１２３４５６７８９ＡＢＣ／＜＞';
const QUOTES_AND_BRACKETS = '“”「」『』《》〈〉（）()[]【】〔〕［］"\'‘’{}<>';
const SPECIAL = [
  '\u2028', // line separator: a line end to JavaScript's regular expressions, not to LSP
  '\u2029',
  '\u0085',
  '\u000B',
  '\u000C',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u202E',
  '\u3000',
  '\u00A0',
  '\t',
  '\u0301',
  '\uD83D\uDE00',
  '\u{20000}',
  '\u{2A6D6}',
  '\\',
  '$&',
  '$1',
  '`',
  '*',
  '_',
  '~',
  '&amp;',
  '<br>',
  '<img src=x>',
  '](command:x)',
  '![x](https://example.invalid/x.png)',
];

// Simplified -> traditional, enough to turn a corpus slice into a traditional-script line.
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [
    '广廣',
    '东東',
    '数數',
    '据據',
    '务務',
    '设設',
    '网網',
    '办辦',
    '门門',
    '发發',
    '区區',
    '台臺',
    '统統',
    '营營',
    '应應',
    '级級',
    '规規',
    '划劃',
    '实實',
    '现現',
    '动動',
    '体體',
    '进進',
    '长長',
    '这這',
    '说說',
    '时時',
    '会會',
    '为為',
    '与與',
    '业業',
    '产產',
    '经經',
    '济濟',
    '开開',
    '关關',
    '点點',
    '标標',
    '万萬',
    '亿億',
    '农農',
    '县縣',
    '乡鄉',
    '镇鎮',
    '国國',
    '粤粵',
    '监監',
    '协協',
    '调調',
    '资資',
    '云雲',
    '码碼',
    '证證',
    '电電',
    '库庫',
    '项項',
    '导導',
    '质質',
    '户戶',
    '类類',
    '构構',
    '机機',
    '厅廳',
    '转轉',
    '费費',
  ].map((pair) => [pair[0], pair[1]]),
);

export const toTraditional = (text: string) => [...text].map((c) => TRADITIONAL[c] ?? c).join('');

/** Every generator, over the corpus text and the given sizes. */
export function arbitraries(sizes: Sizes) {
  const corpus = corpusText();
  const all = corpus.texts.join('\n');

  const pick = <T>(items: readonly T[]) => fc.nat({ max: items.length - 1 }).map((i) => items[i]);
  const slice = (maxLength: number) =>
    fc
      .tuple(fc.nat({ max: all.length - 1 }), fc.integer({ min: 1, max: maxLength }))
      .map(([start, length]) => all.slice(start, start + length));
  const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const charsOf = (set: string, maxLength: number) =>
    fc.array(pick([...set]), { minLength: 1, maxLength }).map((cs) => cs.join(''));

  const unicodeNoise = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.array(fc.oneof(loneSurrogate, cjk, pick(SPECIAL)), { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')),
  );

  /** A name the corpus quotes, mutated the ways a drafter slips, in one of many quote styles. */
  const mutatedName = fc
    .tuple(
      pick(corpus.quoted),
      fc.constantFrom('keep', 'replace', 'swap', 'drop', 'double', 'space'),
      fc.nat(),
      cjk,
      fc.constantFrom('“x”', '"x"', '「x」', 'x', '‘x’', '《x》', '"x”', '“x', 'x”', '『x』', '“ x ”'),
    )
    .map(([name, how, at, char, quotes]) => {
      const chars = [...name];
      const i = at % chars.length;
      if (how === 'replace') chars[i] = char;
      else if (how === 'swap' && i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      else if (how === 'drop' && chars.length > 2) chars.splice(i, 1);
      else if (how === 'double') chars.splice(i, 0, chars[i]);
      else if (how === 'space') chars.splice(i, 0, ' ');
      return quotes.replace('x', chars.join(''));
    });

  /** A 文号 of the corpus with other brackets or digits. */
  const mutatedDocNumber = fc
    .tuple(
      pick(corpus.docNumbers),
      fc.constantFrom('〔〕', '[]', '()', '（）', '［］', '［]', '〔]', '【】', '{}', ''),
      fc.option(fc.nat({ max: 999 }), { freq: 3 }),
    )
    .map(([number, brackets, digits]) => {
      const swapped = brackets ? number.replace('〔', brackets[0] ?? '').replace('〕', brackets[1] ?? '') : number;
      return digits === null ? swapped : swapped.replace(/\d+号/, `${digits}号`);
    });

  const citedTitle = fc
    .tuple(pick(corpus.titles), fc.constantFrom('《x》', '《x', 'x》', '<x>', '〈x〉', '“x”', '《《x》》'))
    .map(([title, wrap]) => wrap.replace('x', title));

  const figure = fc
    .tuple(
      fc.constantFrom('到', '截至', '力争到', '', '较', '比'),
      fc.integer({ min: 1949, max: 2101 }),
      fc.oneof(pick(corpus.quoted), slice(10)),
      fc.constantFrom('达到', '超过', '不低于', '提升至', '增长', '为', '下降', '累计'),
      fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.double({ min: 0, max: 1000, noNaN: true }).map(String)),
      fc.constantFrom('万名', '%', '个', '万核', '亿元', '项', '万', '倍', '个百分点', '', '％', '万户以上'),
    )
    .map(([lead, year, metric, verb, value, unit]) => `${lead}${year}年，${metric}${verb}${value}${unit}`);

  /** A corpus line with figures, its numbers (years included) changed or kept. */
  const changedFigure = fc
    .tuple(pick(corpus.figureLines), fc.array(fc.option(fc.nat({ max: 3000 }), { freq: 2 }), { maxLength: 6 }))
    .map(([sentence, numbers]) => {
      let i = 0;
      return sentence.replace(/\d+(?:\.\d+)?/g, (n) => {
        const next = numbers[i++ % Math.max(1, numbers.length)];
        return next === null || next === undefined ? n : String(next);
      });
    });

  const inline = fc.oneof(
    { weight: 6, arbitrary: slice(80) },
    { weight: 3, arbitrary: mutatedName },
    { weight: 2, arbitrary: mutatedDocNumber },
    { weight: 1, arbitrary: citedTitle },
    { weight: 2, arbitrary: figure },
    { weight: 3, arbitrary: changedFigure },
    { weight: 2, arbitrary: charsOf(FULL_WIDTH, 6) },
    { weight: 2, arbitrary: charsOf(QUOTES_AND_BRACKETS, 6) },
    { weight: 1, arbitrary: slice(40).map(toTraditional) },
    { weight: 1, arbitrary: unicodeNoise },
  );
  const spliced = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

  const corpusLine = pick(corpus.lines);
  const heading = fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(' ', '', '\t', '\u3000'), fc.oneof(corpusLine, spliced))
    .map(([level, space, text]) => `${'#'.repeat(level)}${space}${text}`);
  const listItem = fc
    .tuple(
      fc.integer({ min: 0, max: 64 }),
      fc.constantFrom('- ', '* ', '+ ', '1. ', '（一）', '一、', '1.', '(1)', '①', '第一条 ', '- [ ] '),
      fc.oneof(corpusLine, spliced),
    )
    .map(([indent, marker, text]) => `${' '.repeat(indent)}${marker}${text}`);
  const blockquote = fc
    .tuple(fc.integer({ min: 1, max: 40 }), fc.boolean(), fc.oneof(corpusLine, spliced))
    .map(([depth, spaced, text]) => `${(spaced ? '> ' : '>').repeat(depth)}${text}`);
  const nestedBrackets = fc
    .tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom('（', '(', '“', '《', '【', '['), spliced)
    .map(([depth, open, text]) => `${open.repeat(depth)}${text}`);
  const table = fc
    .tuple(
      fc.array(fc.oneof(slice(20), spliced, fc.constant('')), { minLength: 1, maxLength: 6 }),
      fc.array(fc.array(fc.oneof(slice(20), figure, fc.constant('')), { minLength: 0, maxLength: 7 }), {
        maxLength: 6,
      }),
      fc.boolean(),
    )
    .map(([head, rows, separator]) =>
      [
        `| ${head.join(' | ')} |`,
        ...(separator ? [`|${head.map(() => '---').join('|')}|`] : []),
        ...rows.map((row) => `| ${row.join(' | ')} |`),
      ].join('\n'),
    );
  const comment = fc
    .tuple(spliced, fc.constantFrom('<!-- x -->', '<!-- x', 'x -->', '<!--x-->\n<!--', '<!-- \nx\n -->'))
    .map(([text, shape]) => shape.replace('x', text));
  const directive = fc
    .tuple(
      fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-nextline'),
      fc.constantFrom('', ' name.near-miss', ' value.outdated', ' name.quotes,name.variant', ' bogus.code'),
    )
    .map(([kind, codes]) => `<!-- policy-lens-${kind}${codes} -->`);
  const fence = fc.constantFrom('```', '~~~', '```markdown', '    缩进代码');
  const metadataLine = fc
    .tuple(fc.constantFrom('来源：', '发布机构：', '索引号：', '记者 ', '成文日期：', '文号：'), spliced)
    .map(([label, text]) => `${label}${text}`);

  /** One very long line: a run of one unit (spaces, quotes, letters, a corpus slice …) between text. */
  const longLine = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(' ', '\u3000', '\t', '“', 'a', '粤', '1', '、', '，', '|', '-', '*', '#', '>', '（', '万', 'A'),
        slice(40),
        unicodeNoise,
      ),
      fc.integer({ min: 100, max: Math.max(100, sizes.maxLine) }),
      fc.oneof(fc.constant(''), spliced, figure),
      fc.oneof(fc.constant(''), spliced, figure),
      fc.boolean(),
    )
    .map(([unit, length, before, after, asImage]) => {
      const run = unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);
      return asImage ? `![图](data:image/png;base64,${run})${after}` : `${before}${run}${after}`;
    });

  const line = fc.oneof(
    { weight: 8, arbitrary: corpusLine },
    { weight: 8, arbitrary: spliced },
    { weight: 2, arbitrary: heading },
    { weight: 2, arbitrary: listItem },
    { weight: 1, arbitrary: blockquote },
    { weight: 1, arbitrary: nestedBrackets },
    { weight: 1, arbitrary: table },
    { weight: 1, arbitrary: comment },
    { weight: 1, arbitrary: directive },
    { weight: 1, arbitrary: fence },
    { weight: 1, arbitrary: metadataLine },
    { weight: 4, arbitrary: fc.constant('') },
  );

  const alphanumeric = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_-.'),
    maxLength: 20,
  });
  const hostileValue = fc.oneof(
    spliced,
    pick(SPECIAL),
    fc.constantFrom('[点我](command:workbench.action.quit)', '<img src="https://example.invalid/b.png">', '# 标题', ''),
    fc.integer({ min: 1, max: sizes.maxLine }).map((n) => '长'.repeat(n)),
  );
  const date = fc.oneof(
    fc.constantFrom('2022-02-28', '2021-07', '2024-03', '2022-13-45', '0000-00', '2022/02/28', '二〇二二年'),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  const kind = fc.constantFrom('工作要点', '实施意见', '规划', '方案', '通知', '其他', '纪要', '');
  const yamlString = (value: string) => JSON.stringify(value).replace(/\\ud[89a-f][0-9a-f]{2}/gi, '?');

  /** A metadata header the loader accepts (with hostile values where the schema allows any string). */
  const validMeta = fc
    .tuple(
      fc.oneof(
        alphanumeric.map((id) => `fz${id}`),
        fc.constant('000_f25cc0c734998372'),
      ),
      fc.oneof(pick(corpus.titles), hostileValue),
      fc.option(fc.oneof(pick(corpus.docNumbers), mutatedDocNumber, hostileValue), { freq: 2 }),
      fc.option(hostileValue, { freq: 2 }),
      fc.constantFrom('2022-02-28', '2021-07', '2024-03', '2025-12-31'),
      fc.constantFrom('工作要点', '实施意见', '规划', '方案', '通知', '其他'),
      fc.option(fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 5 })), { freq: 2 }),
    )
    .map(([id, title, docNumber, issuer, date, kind, period]) =>
      [
        `id: ${id}`,
        `title: ${yamlString(title || '标题')}`,
        ...(docNumber ? [`docNumber: ${yamlString(docNumber)}`] : []),
        ...(issuer ? [`issuer: ${yamlString(issuer)}`] : []),
        `date: ${date}`,
        `kind: ${kind}`,
        ...(period ? [`period: [${period[0]}, ${period[0] + period[1]}]`] : []),
      ].join('\n'),
    );

  /** YAML a header should never trust: alias bombs, huge scalars, wrong types, tags, deep nesting. */
  const hostileYaml = fc.oneof(
    fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 9 })).map(([depth, width]) => {
      const lines = [`a0: &a0 [${Array(width).fill('"x"').join(', ')}]`];
      for (let i = 1; i < depth; i++)
        lines.push(
          `a${i}: &a${i} [${Array(width)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
        );
      return [...lines, `title: *a${depth - 1}`].join('\n');
    }),
    fc
      .tuple(hostileValue, date, kind)
      .map(([value, date, kind]) => `id: fz-hostile\ntitle: ${yamlString(value)}\ndate: ${date}\nkind: ${kind}`),
    fc.constantFrom(
      'id: [1, 2]\ntitle: {a: 1}\ndate: 2022-13-45\nkind: 123\nperiod: [2025, 2021]',
      'title: !!binary aGVsbG8=\ndate: !!timestamp 2022-02-28',
      'x: !!js/function "function(){}"\ny: !custom foo',
      'title: a\ntitle: b',
      'base: &b {title: x}\n<<: *b',
      'title: |\n  多行\n  标题',
      '? [复杂, 键]\n: 值',
      '...',
      '---',
      '\t制表符缩进: 值',
      'title: "未闭合',
      'period: [1, 2, 3]\nsupplied: 7\ntruncated: "yes"',
    ),
    fc
      .integer({ min: 1, max: 2_000 })
      .map((depth) => `title: ${'['.repeat(depth)}${']'.repeat(depth % 3 ? depth : 0)}`),
    fc.array(spliced, { maxLength: 5 }).map((lines) => lines.map((l, i) => `k${i}: ${l}`).join('\n')),
    validMeta,
  );

  const frontMatter = fc.oneof(
    { weight: 10, arbitrary: fc.constant<string[]>([]) },
    { weight: 2, arbitrary: validMeta.map((yaml) => ['---', ...yaml.split('\n'), '---']) },
    { weight: 3, arbitrary: hostileYaml.map((yaml) => ['---', ...yaml.split('\n'), '---']) },
    { weight: 1, arbitrary: hostileYaml.map((yaml) => ['---', ...yaml.split('\n')]) },
  );

  const lineEnds = fc.oneof(
    { weight: 6, arbitrary: fc.constant(['\n']) },
    { weight: 2, arbitrary: fc.constant(['\r\n']) },
    { weight: 1, arbitrary: fc.constant(['\r']) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 2, maxLength: 8 }) },
  );

  /** Lines (a line may hold line breaks: a table, a comment) joined with the given line ends. */
  const joinLines = (lines: readonly string[], ends: readonly string[], trailing: boolean) => {
    const flat = lines.flatMap((l) => l.split('\n'));
    return flat.map((l, i) => l + (i < flat.length - 1 || trailing ? ends[i % ends.length] : '')).join('');
  };

  const body = fc
    .tuple(
      fc.array(line, { maxLength: sizes.maxLines }),
      fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: longLine }),
      fc.nat(),
    )
    .map(([lines, long, at]) => {
      if (long === null) return lines;
      const copy = [...lines];
      copy.splice(at % (copy.length + 1), 0, long);
      return copy;
    });

  /** A corpus title for another year, as a draft's first heading (# 广东省…2025年工作要点): the draft's year. */
  const draftTitle = fc
    .tuple(pick(corpus.titles), fc.integer({ min: 2019, max: 2031 }))
    .map(([title, year]) => `# ${title.replace(/(?:19|20)\d{2}(?=\s*年)/, String(year))}`);

  /** A draft as a user might open it: optional BOM and front matter, a body, mixed line ends. */
  const draftText = fc
    .tuple(
      fc.constantFrom('', '', '', '\uFEFF'),
      frontMatter,
      body,
      lineEnds,
      fc.boolean(),
      fc.oneof(
        { weight: 3, arbitrary: fc.constant('') },
        { weight: 2, arbitrary: draftTitle },
        { weight: 1, arbitrary: heading },
      ),
    )
    .map(
      ([bom, header, lines, ends, trailing, title]) =>
        bom + joinLines([...header, ...(title ? [title, ''] : []), ...lines], ends, trailing),
    );

  /** A corpus file: mostly a valid header (hostile values) over a generated body; sometimes bad bytes. */
  const corpusFile = fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: validMeta },
        { weight: 2, arbitrary: hostileYaml },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      body,
      lineEnds,
      fc.constantFrom('', '', '\uFEFF'),
      fc.oneof(
        { weight: 8, arbitrary: fc.constant('text') },
        { weight: 1, arbitrary: fc.constant('bytes') },
        { weight: 1, arbitrary: fc.constant('flipped') },
      ),
      fc.nat(),
      fc.constantFrom('.md', '.md', '.md', '.MD', '.txt', ''),
      fc.oneof(
        { weight: 6, arbitrary: alphanumeric },
        {
          weight: 1,
          arbitrary: fc.constantFrom('x)[点我](command:fuzz.run', 'a b(c)', '<img src=x>', '#L3', '%41', '粤 省事'),
        },
      ),
    )
    .map(([meta, lines, ends, bom, encoding, at, ext, stem]): CorpusFileCase => {
      const header = meta === null ? [] : ['---', ...meta.split('\n'), '---', ''];
      const text = bom + joinLines([...header, ...lines], ends, true);
      const name = `fuzz-${stem}${ext}`;
      if (encoding === 'text') return { name, content: text };
      const bytes = Buffer.from(text, 'utf8');
      if (encoding === 'flipped' && bytes.length > 0) bytes[at % bytes.length] ^= 0x80 | (at & 0x7f);
      return { name, content: new Uint8Array(bytes) };
    });

  const chrome = fc.constantFrom(
    '首页 > 政务公开 > 政策文件',
    '发布机构：某某办公室',
    '成文日期：2022年02月28日',
    '索引号：000000000/2022-00001',
    '打印本页 关闭窗口',
    '- 1 -',
    '第 3 页 共 10 页',
    '目  录',
    '一、总体要求……………………1',
    '①',
    '[1] 注释',
    '预览已结束',
    '分享到：',
    '字号：大 中 小',
    '',
  );
  /** A registry file: valid entries with hostile names (regex characters, huge, empty) or hostile YAML. */
  const registryEntry = fc
    .tuple(
      fc.constantFrom('platform', 'agency', 'term', 'indicator', 'document', 'bogus'),
      fc.oneof(pick(corpus.quoted), hostileValue, mutatedName, fc.constantFrom('.*', '(', '粤', '[a-z]+', '\\')),
      fc.array(fc.oneof(mutatedName, hostileValue), { maxLength: 3 }),
      fc.option(fc.tuple(fc.oneof(pick(corpus.quoted), hostileValue), fc.oneof(pick(corpus.titles), hostileValue)), {
        freq: 3,
      }),
    )
    .map(([kind, name, aliases, deprecated]) =>
      [
        `  - kind: ${kind}`,
        `    name: ${yamlString(name)}`,
        `    aliases: [${aliases.map(yamlString).join(', ')}]`,
        ...(deprecated
          ? [
              `    deprecated:`,
              `      replacedBy: ${yamlString(deprecated[0])}`,
              `      source: ${yamlString(deprecated[1])}`,
            ]
          : []),
      ].join('\n'),
    );
  const registryText = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.array(fc.oneof(fc.constant('粤'), cjk, hostileValue), { maxLength: 3 }),
          fc.array(registryEntry, { maxLength: 6 }),
        )
        .map(([prefixes, entries]) =>
          [`version: 1`, `brandPrefixes: [${prefixes.map(yamlString).join(', ')}]`, 'names:', ...entries].join('\n'),
        ),
    },
    { weight: 1, arbitrary: hostileYaml },
  );

  /** A raw text as extracted from a PDF or a web page, for the importer. */
  const rawSource = fc
    .tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: line }, { weight: 1, arbitrary: chrome }), {
        maxLength: sizes.maxLines,
      }),
      fc.oneof({ weight: 4, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: frontMatter }),
      fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: longLine }),
      lineEnds,
      fc.constantFrom('', '', '\uFEFF'),
    )
    .map(
      ([lines, header, long, ends, bom]) => bom + joinLines([...header, ...lines, ...(long ? [long] : [])], ends, true),
    );

  /** Random range replacements, as an editor sends them. */
  const edits = fc.array(
    fc.record({
      at: fc.nat(),
      length: fc.oneof(fc.nat({ max: 8 }), fc.nat({ max: 400 })),
      text: fc.oneof(
        { weight: 4, arbitrary: inline },
        { weight: 2, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '“', '”', '<!--', '-->', '---\n') },
        { weight: 1, arbitrary: line },
      ),
    }),
    { minLength: 1, maxLength: 25 },
  );

  const positions = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });

  const query = fc.oneof(
    slice(12),
    pick(corpus.quoted),
    pick(corpus.docNumbers),
    spliced,
    unicodeNoise,
    fc.constantFrom('', ' ', '粤', '“', '*', '.*', '(', '\\'),
    fc.integer({ min: 1, max: sizes.maxLine }).map((n) => '数'.repeat(n)),
  );

  return { draftText, corpusFile, registryText, rawSource, edits, positions, query, spliced };
}

export type Arbitraries = ReturnType<typeof arbitraries>;
