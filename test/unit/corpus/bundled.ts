// The bundled corpus, read from disk and indexed once per test file, as the server does it — with the
// dictionary-free segmenter, so the tests do not depend on nodejieba's native build.
import { join } from 'node:path';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { CorpusIndex, type IndexedDocument } from '../../../server/src/service/index/corpusIndex.js';
import type { Clause, Section } from '../../../server/src/service/model.js';
import { flattenSections } from '../../../server/src/service/parse/sections.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

export const REPO = join(__dirname, '..', '..', '..');
export const CORPUS = join(REPO, 'corpus');
export const FIXTURES = join(REPO, 'test', 'fixtures', 'corpora');

export const WORK_POINTS_2022 = '000_f25cc0c734998372';
export const OPINIONS_2023 = '001_b817bb2221738514';
export const PREVIEW_2022 = '002_b4f8a07dfbbba275';
export const WORK_POINTS_2021 = '003_08158673230b8c76';
export const PLAN = '004_5b5c9998506321a0';

let cached: { index: CorpusIndex; folderProblems: ReturnType<typeof readCorpusFolders>['problems'] } | undefined;

export function bundled(): CorpusIndex {
  return bundledWithFolderProblems().index;
}

export function bundledWithFolderProblems(): { index: CorpusIndex; folderProblems: ReturnType<typeof readCorpusFolders>['problems'] } {
  if (!cached) {
    const disk = readCorpusFolders([CORPUS]);
    cached = { index: CorpusIndex.build(disk.files, disk.registry, new SimpleSegmenter()), folderProblems: disk.problems };
  }
  return cached;
}

export function doc(id: string): IndexedDocument {
  const found = bundled().document(id);
  if (!found) throw new Error(`${id} is not indexed`);
  return found;
}

/** Numbered tasks only: passages (a plan's 第一节, 专栏) are searchable but are not tasks. */
export function tasks(document: IndexedDocument): Clause[] {
  return document.clauses.filter((clause) => clause.kind === 'task');
}

export function task(document: IndexedDocument, path: string): Clause {
  const found = tasks(document).find((clause) => clause.path.join(' ') === path);
  if (!found) throw new Error(`${document.meta.id} has no task ${path}`);
  return found;
}

export function sectionsOf(document: { sections: Section[] }, kind?: Section['kind']): Section[] {
  const all = flattenSections(document.sections);
  return kind ? all.filter((section) => section.kind === kind) : all;
}

/** Line (0-based) of the first line of a file that starts with the given text. */
export function lineStartingWith(text: string, prefix: string): number {
  const line = text.split(/\r?\n/).findIndex((l) => l.startsWith(prefix));
  if (line < 0) throw new Error(`no line starts with ${prefix}`);
  return line;
}
