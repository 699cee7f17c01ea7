// Generates a large synthetic corpus from the bundled documents for the indexing benchmark. Each
// synthetic document takes a bundled document's front part and a shuffled selection of top-level
// sections from documents of the same shape (list-numbered 一、 work points, or 第X章 plans), then
// renumbers them, shuffles the numbered tasks inside each section, moves it to another province,
// shifts its years and varies its figures. Every document gets its own id, 文号 and title, so the
// index sees 1,000 distinct documents rather than duplicates it would drop.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter, formatFrontMatter } from '../server/src/service/corpus/metadata.js';
import { parseRegistry } from '../server/src/service/corpus/registry.js';
import type { DocumentMeta } from '../server/src/service/model.js';
import { mulberry32, shuffle } from './random.js';

/** Bump when the generated text changes, so a cached corpus from an older generator is rebuilt. */
const GENERATOR_VERSION = 1;
const REGISTRY_FILE = 'registry.yaml';
const MANIFEST_FILE = 'manifest.json';

export interface SyntheticParams {
  readonly count: number;
  readonly totalBytes: number;
  readonly seed: number;
}

export interface SyntheticCorpus {
  readonly folder: string;
  /** False when an earlier run left a corpus generated with the same parameters and sources. */
  readonly generated: boolean;
  readonly generateMs: number;
  readonly files: number;
  readonly bytes: number;
}

interface Manifest {
  readonly generatorVersion: number;
  readonly params: SyntheticParams;
  readonly sourceDigest: string;
  readonly files: readonly string[];
  readonly bytes: number;
}

/** Province-level regions whose one-character abbreviation is not also a common word (新, 青, 宁 are). */
const REGIONS: ReadonlyArray<{ readonly full: string; readonly short: string; readonly abbr: string }> = [
  ['广东省', '广东', '粤'],
  ['浙江省', '浙江', '浙'],
  ['江苏省', '江苏', '苏'],
  ['福建省', '福建', '闽'],
  ['山东省', '山东', '鲁'],
  ['河南省', '河南', '豫'],
  ['湖北省', '湖北', '鄂'],
  ['湖南省', '湖南', '湘'],
  ['安徽省', '安徽', '皖'],
  ['江西省', '江西', '赣'],
  ['河北省', '河北', '冀'],
  ['山西省', '山西', '晋'],
  ['辽宁省', '辽宁', '辽'],
  ['海南省', '海南', '琼'],
  ['贵州省', '贵州', '黔'],
  ['云南省', '云南', '滇'],
  ['陕西省', '陕西', '陕'],
  ['广西壮族自治区', '广西', '桂'],
  ['重庆市', '重庆', '渝'],
  ['上海市', '上海', '沪'],
  ['天津市', '天津', '津'],
  ['北京市', '北京', '京'],
].map(([full, short, abbr]) => ({ full, short, abbr }));

/** Returns the synthetic corpus folder, generating it only when missing or made with other parameters. */
export function ensureSyntheticCorpus(
  sourceFolder: string,
  outFolder: string,
  params: SyntheticParams,
): SyntheticCorpus {
  const started = performance.now();
  const sources = readSources(sourceFolder);
  const sourceDigest = digest([...sources.documents.map((s) => `${s.fileName}\0${s.text}`), sources.registryText]);
  const cached = readManifest(outFolder);
  if (
    cached &&
    cached.generatorVersion === GENERATOR_VERSION &&
    cached.sourceDigest === sourceDigest &&
    JSON.stringify(cached.params) === JSON.stringify(params) &&
    cached.files.every((file) => existsSync(join(outFolder, file))) &&
    countMarkdown(outFolder) === cached.files.length
  ) {
    return {
      folder: outFolder,
      generated: false,
      generateMs: performance.now() - started,
      files: cached.files.length,
      bytes: cached.bytes,
    };
  }
  rmSync(outFolder, { recursive: true, force: true });
  mkdirSync(outFolder, { recursive: true });
  // Written as generated: 10,000 documents held at once (~1 GB of strings) would crowd the heap.
  const documents: Array<{ fileName: string }> = [];
  let bytes = 0;
  for (const doc of generateDocuments(sources.documents, params)) {
    writeFileSync(join(outFolder, doc.fileName), doc.text);
    bytes += Buffer.byteLength(doc.text);
    documents.push({ fileName: doc.fileName });
  }
  writeFileSync(join(outFolder, REGISTRY_FILE), syntheticRegistry(sources.registryText));
  // Written last: an interrupted generation has no manifest and is redone next time.
  const manifest: Manifest = {
    generatorVersion: GENERATOR_VERSION,
    params,
    sourceDigest,
    files: documents.map((d) => d.fileName),
    bytes,
  };
  writeFileSync(join(outFolder, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return {
    folder: outFolder,
    generated: true,
    generateMs: performance.now() - started,
    files: documents.length,
    bytes,
  };
}

interface SourceDocument {
  readonly fileName: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly family: 'chapters' | 'list';
  /** Title block, notice and introduction: everything before the first top-level section. */
  readonly preamble: string[];
  readonly sections: string[][];
  /** Annexes after the last chapter, kept at the end of the document. */
  readonly annexes: string[];
}

interface Sources {
  readonly documents: SourceDocument[];
  readonly registryText: string;
}

const CHAPTER = /^((?:#+\s*)?(?:\*\*)?第)([一二三四五六七八九十]+)(章)/;
const LIST_ITEM = /^((?:#+\s*)?(?:\*\*)?)([一二三四五六七八九十]+)(、)/;
const ANNEX = /^(?:-\s*)?附件/;
const TASK = /^((?:#+\s*)?(?:\*\*)?[（(])([一二三四五六七八九十]+)([)）])(.*)$/;

function readSources(folder: string): Sources {
  const sources: SourceDocument[] = [];
  for (const fileName of readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(folder, fileName), 'utf8');
    const header = parseFrontMatter(text);
    // A preview-truncated copy would only repeat part of another document.
    if (!header.ok || header.meta.truncated) continue;
    const lines = header.body.split('\n');
    const family = lines.some((line) => CHAPTER.test(line)) ? 'chapters' : 'list';
    const heading = family === 'chapters' ? CHAPTER : LIST_ITEM;
    const preamble: string[] = [];
    const sections: string[][] = [];
    const annexes: string[] = [];
    for (const line of lines) {
      if (heading.test(line)) sections.push([line]);
      else if (family === 'chapters' && (annexes.length > 0 || (sections.length > 0 && ANNEX.test(line))))
        annexes.push(line);
      else (sections.at(-1) ?? preamble).push(line);
    }
    sources.push({ fileName, text, meta: header.meta, family, preamble, sections, annexes });
  }
  if (sources.length === 0) throw new Error(`no usable documents in ${folder}`);
  return { documents: sources, registryText: readFileSync(join(folder, REGISTRY_FILE), 'utf8') };
}

interface GeneratedDocument {
  readonly fileName: string;
  readonly text: string;
}

function* generateDocuments(sources: readonly SourceDocument[], params: SyntheticParams): Generator<GeneratedDocument> {
  const pools = {
    chapters: sources.filter((s) => s.family === 'chapters').flatMap((s) => s.sections),
    list: sources.filter((s) => s.family === 'list').flatMap((s) => s.sections),
  };
  const titles = new Set<string>();
  let remaining = params.totalBytes;
  for (let i = 0; i < params.count; i++) {
    const random = mulberry32(params.seed * 100_003 + i);
    const base = sources[i % sources.length];
    const region = REGIONS[Math.floor(i / sources.length) % REGIONS.length];
    const yearShift = (Math.floor(i / (sources.length * REGIONS.length)) % 9) - 4;
    // Each document aims at its share of what is left, ±50%, so the total lands near the target.
    const target = (remaining / (params.count - i)) * (0.5 + random());
    const body = composeBody(base, pools[base.family], target, random);
    const place = (text: string) => shiftYears(moveToRegion(text, region), yearShift);

    const id = `syn${String(i).padStart(4, '0')}`;
    const title = uniqueTitle(titles, place(base.meta.title), region.short);
    const baseNumber = base.meta.docNumber ?? `粤府〔${base.meta.date.slice(0, 4)}〕1号`;
    const docNumber = place(baseNumber).replace(/\d+号$/, `${i + 1}号`);
    const meta: DocumentMeta = {
      id,
      title,
      docNumber,
      issuer: base.meta.issuer ? moveToRegion(base.meta.issuer, region) : undefined,
      date: `${Number(base.meta.date.slice(0, 4)) + yearShift}${base.meta.date.slice(4).replace('-02-29', '-02-28')}`,
      kind: base.meta.kind,
      period: base.meta.period ? [base.meta.period[0] + yearShift, base.meta.period[1] + yearShift] : undefined,
      supplied: base.meta.supplied,
    };
    let text = varyFigures(place(body.join('\n')), random);
    text = replaceAll(text, place(base.meta.title), title);
    if (base.meta.docNumber) text = replaceAll(text, place(base.meta.docNumber), docNumber);
    const file = formatFrontMatter(meta) + text;
    remaining -= Buffer.byteLength(file);
    yield { fileName: `${id}.md`, text: file };
  }
}

/** The base's preamble, then shuffled sections of its family up to the target size, renumbered. */
function composeBody(
  base: SourceDocument,
  pool: readonly string[][],
  targetBytes: number,
  random: () => number,
): string[] {
  const heading = base.family === 'chapters' ? CHAPTER : LIST_ITEM;
  const lines = [...base.preamble];
  let bytes = Buffer.byteLength(lines.join('\n')) + Buffer.byteLength(base.annexes.join('\n'));
  let number = 0;
  for (const section of shuffle([...pool], random)) {
    if (bytes >= targetBytes) break;
    number++;
    const renumbered = section[0].replace(
      heading,
      (_, before: string, _n: string, after: string) => `${before}${chineseNumeral(number)}${after}`,
    );
    const shuffled = shuffleTasks([renumbered, ...section.slice(1)], random);
    lines.push(...shuffled);
    bytes += Buffer.byteLength(shuffled.join('\n'));
  }
  return [...lines, ...base.annexes];
}

/**
 * Permutes the numbered tasks （一）（二）… of a section: the numbers stay in order, the task texts
 * (with the paragraphs under them) move. Only tasks written alike (same heading marks) swap, so
 * a Markdown heading never ends up with a paragraph's bold markers.
 */
function shuffleTasks(section: readonly string[], random: () => number): string[] {
  interface Task {
    readonly style: string;
    readonly prefix: string;
    readonly rest: string[];
  }
  const head: string[] = [];
  const tasks: Task[] = [];
  for (const line of section) {
    const match = TASK.exec(line);
    if (match)
      tasks.push({ style: `${match[1]}${match[3]}`, prefix: `${match[1]}${match[2]}${match[3]}`, rest: [match[4]] });
    else if (tasks.length > 0) tasks.at(-1)!.rest.push(line);
    else head.push(line);
  }
  const byStyle = new Map<string, Task[]>();
  for (const task of tasks) byStyle.set(task.style, [...(byStyle.get(task.style) ?? []), task]);
  const moved = new Map<Task, string[]>();
  for (const group of byStyle.values()) {
    const bodies = shuffle(
      group.map((task) => task.rest),
      random,
    );
    group.forEach((task, k) => moved.set(task, bodies[k]));
  }
  return [
    ...head,
    ...tasks.flatMap((task) => {
      const [first, ...more] = moved.get(task)!;
      return [task.prefix + first, ...more];
    }),
  ];
}

function moveToRegion(text: string, region: (typeof REGIONS)[number]): string {
  return text.replace(/广东省|广东|粤/g, (found) =>
    found === '广东省' ? region.full : found === '广东' ? region.short : region.abbr,
  );
}

/** Years written as years (2022年, 〔2022〕), not figures that happen to be four digits. */
function shiftYears(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(/(?<!\d)(20[0-3]\d)(?=\s*年|〕|\]|］)/g, (year) => String(Number(year) + shift));
}

const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)(?=\s*(?:%|％|万|亿|个|项|台|家|名|次|件|类|条|套|倍|天|小时|分钟|GB|TB|PB))/g;

/** Scales quantities by up to ±30%, keeping the number of decimals, so documents disagree on figures. */
function varyFigures(text: string, random: () => number): string {
  return text.replace(FIGURE, (value) => {
    const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
    const scaled = Number(value) * (0.7 + 0.6 * random());
    return decimals > 0 ? scaled.toFixed(decimals) : String(Math.max(1, Math.round(scaled)));
  });
}

function uniqueTitle(used: Set<string>, title: string, regionShort: string): string {
  let candidate = title;
  for (let n = 2; used.has(candidate); n++) candidate = `${title}（${regionShort}第${chineseNumeral(n)}次修订）`;
  used.add(candidate);
  return candidate;
}

/** The bundled registry with every synthetic region's brand prefix, so “浙省事” is a platform as “粤省事” is. */
function syntheticRegistry(bundled: string): string {
  const prefixes = REGIONS.map((region) => region.abbr).join(', ');
  const text = bundled.replace(/^brandPrefixes:.*$/m, `brandPrefixes: [${prefixes}]`);
  const parsed = parseRegistry(text);
  if (!parsed.ok || parsed.registry.brandPrefixes.length !== REGIONS.length) {
    throw new Error(`synthetic registry is invalid: ${parsed.ok ? 'brandPrefixes not replaced' : parsed.message}`);
  }
  return text;
}

function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  // Past 99 (a title repeated that often in a 10,000-document corpus), digits: still distinct.
  if (n >= 100) return String(n);
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}

function replaceAll(text: string, from: string, to: string): string {
  return from && from !== to ? text.split(from).join(to) : text;
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function readManifest(folder: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

function countMarkdown(folder: string): number {
  return readdirSync(folder).filter((name) => name.endsWith('.md')).length;
}
