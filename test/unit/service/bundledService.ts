// The language service over the bundled corpus as it ships (corpus/*.md and registry.yaml, read the
// way the server reads them), with the dictionary-free segmenter so no native addon is needed.
// Expected values in the tests are read off the corpus files; line numbers are 0-based in ranges and
// 1-based in the #L links, as an editor shows them.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { draftDocument, type DraftDocument } from '../../../server/src/service/features/documentText.js';
import type { Locale } from '../../../server/src/service/l10n.js';
import { createLanguageService, type LanguageService } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

export const REPO = join(__dirname, '..', '..', '..');
export const CORPUS = join(REPO, 'corpus');

export const uriOf = (file: string) => pathToFileURL(join(CORPUS, file)).toString();

export const WORK_POINTS_2022 = uriOf('2022-02-28 广东省数字政府改革建设2022年工作要点.md');
export const OPINIONS_2023 = uriOf('2023-06-08 广东省人民政府关于进一步深化数字政府改革建设的实施意见.md');
export const WORK_POINTS_2021 = uriOf('2021-03-25 广东省数字政府改革建设2021年工作要点.md');
export const PLAN = uriOf('2021-07 广东省数字政府改革建设“十四五”规划.md');

export interface BundledService {
  readonly service: LanguageService;
  readonly drafts: DraftDocument[];
  setLocale(locale: Locale): void;
}

export function bundledService(): BundledService {
  const onDisk = readCorpusFolders([CORPUS]);
  let locale: Locale = 'zh';
  const drafts: DraftDocument[] = [];
  const service = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    locale: () => locale,
    workspaceDrafts: () => drafts,
  });
  service.indexCorpus(onDisk.files, onDisk.registry);
  return { service, drafts, setLocale: (next) => (locale = next) };
}

let count = 0;
export const draft = (text: string, uri = `file:///workspace/draft${++count}.md`) => draftDocument(uri, 1, text);

/** The position of `needle` (plus `delta`) in a one- or more-line draft text. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`draft has no ${needle}`);
  return { line, character: lines[line].indexOf(needle) + delta };
}

export function hoverText(service: LanguageService, text: string, needle: string, delta = 0): string | undefined {
  const contents = service.hover(draft(text), positionOf(text, needle, delta))?.contents;
  if (contents === undefined) return undefined;
  if (typeof contents === 'object' && 'kind' in contents) return contents.value;
  throw new Error(`hover contents are not MarkupContent: ${JSON.stringify(contents)}`);
}
