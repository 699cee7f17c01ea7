// Drafts for the editor and diagnostics benchmarks, built from the labelled fixture drafts in
// test/fixtures/drafts/ (README.md left out). Their `<!-- expect: … -->` labels are stripped: a
// drafter's document has none, and the checks skip HTML comments anyway, so leaving them in would only
// add bytes nobody checks. The planted mistakes themselves stay in the text. Beside them, published plans
// (realPlans): real text, where no line repeats.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RAW_DOCUMENTS } from '../test/sharedFolder.js';
import { mulberry32, shuffle } from './random.js';

export interface FixtureDraft {
  readonly fileName: string;
  /** With the expect labels stripped. */
  readonly text: string;
}

const LABEL = / *<!-- expect:.*?-->/g;

export function readFixtureDrafts(repoRoot: string): FixtureDraft[] {
  const folder = join(repoRoot, 'test', 'fixtures', 'drafts');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((fileName) => ({ fileName, text: readFileSync(join(folder, fileName), 'utf8').replace(LABEL, '') }));
}

export interface LargeDraft {
  /** A folder holding only the draft: the LSP server's workspace root, so "find references" scans just it. */
  readonly folder: string;
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
  /** Fixture drafts concatenated, counting repeats. */
  readonly parts: number;
}

/**
 * The fixture drafts one after another, whole, in file-name order and round after round, until the
 * text reaches `minBytes` (UTF-8). Written to `<generatedDir>/draft-<size>kb/draft.md`.
 */
export function ensureLargeDraft(repoRoot: string, generatedDir: string, minBytes = 100 * 1024): LargeDraft {
  const drafts = readFixtureDrafts(repoRoot);
  const pieces: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const next = drafts[pieces.length % drafts.length].text.trimEnd() + '\n';
    pieces.push(next);
    bytes += Buffer.byteLength(next) + 1;
  }
  const text = pieces.join('\n');
  const folder = join(generatedDir, `draft-${Math.round(minBytes / 1024)}kb`);
  const path = join(folder, 'draft.md');
  mkdirSync(folder, { recursive: true });
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  return { folder, path, text, bytes: Buffer.byteLength(text), parts: pieces.length };
}

export interface DraftSet {
  readonly folder: string;
  /** False when an earlier run left the same set (same fixtures, same parameters). */
  readonly generated: boolean;
  readonly files: number;
  readonly bytes: number;
}

/** Bump when the generated text changes, so a cached set from an older generator is rebuilt. */
const GENERATOR_VERSION = 1;
const MANIFEST_FILE = '.manifest.json';

/**
 * About `totalBytes` of drafts for the CLI throughput: every fixture draft again and again, each copy
 * varied so no two files are the same text — the paragraphs under each heading shuffled (seeded) and
 * the title marked with the copy's round (第N稿). Lines stay whole, so every planted mistake, 文号 and
 * figure is still there, only in another order.
 */
export function ensureDraftSet(repoRoot: string, folder: string, totalBytes: number, seed = 1): DraftSet {
  const drafts = readFixtureDrafts(repoRoot);
  const digest = createHash('sha256');
  for (const draft of drafts) digest.update(`${draft.fileName}\0${draft.text}\0`);
  const key = JSON.stringify({
    generatorVersion: GENERATOR_VERSION,
    totalBytes,
    seed,
    sources: digest.digest('hex').slice(0, 16),
  });
  const manifestPath = join(folder, MANIFEST_FILE);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { key: string; files: string[]; bytes: number };
    const present = readdirSync(folder).filter((name) => name.endsWith('.md')).length;
    if (manifest.key === key && present === manifest.files.length)
      return { folder, generated: false, files: present, bytes: manifest.bytes };
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const random = mulberry32(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let round = 1; bytes < totalBytes; round++) {
    for (const draft of drafts) {
      const text = varyDraft(draft.text, round, random);
      const fileName = `${String(round).padStart(4, '0')}-${draft.fileName}`;
      writeFileSync(join(folder, fileName), text);
      files.push(fileName);
      bytes += Buffer.byteLength(text);
      if (bytes >= totalBytes) break;
    }
  }
  // Written last: an interrupted generation has no manifest and is redone next time.
  writeFileSync(manifestPath, JSON.stringify({ key, files, bytes }, null, 2));
  return { folder, generated: true, files: files.length, bytes };
}

function varyDraft(text: string, round: number, random: () => number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let paragraphs: string[] = [];
  const flush = () => {
    out.push(...shuffle(paragraphs, random).flatMap((paragraph) => [paragraph, '']));
    paragraphs = [];
  };
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('#')) {
      flush();
      // Only the first heading is the title; the draft's year is read from it, so it stays in front.
      out.push(i === 0 ? `${line}（第${round}稿）` : line, '');
    } else if (line.trim()) {
      paragraphs.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/**
 * Published provincial plans (../shared/corpora/raw, read where the tests read them) end to end, whole
 * files in name order until 100 KB: real text, every line new. Undefined without that folder.
 */
export function realPlans(): { uri: string; text: string; bytes: number; files: number } | undefined {
  if (!existsSync(RAW_DOCUMENTS)) return undefined;
  const texts: string[] = [];
  let bytes = 0;
  for (const name of readdirSync(RAW_DOCUMENTS)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    if (bytes >= 100 * 1024) break;
    const text = readFileSync(join(RAW_DOCUMENTS, name), 'utf8');
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  if (texts.length === 0) return undefined;
  const text = texts.join('\n');
  return { uri: pathToFileURL(join(RAW_DOCUMENTS, 'plans.md')).toString(), text, bytes, files: texts.length };
}

/** Lines of the text that differ from every other (blank lines left out). */
export function distinctLines(text: string): number {
  return new Set(text.split('\n').filter((line) => line.trim() !== '')).size;
}
