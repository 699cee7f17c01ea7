import { resolve } from 'node:path';
import { createLanguageService, type LanguageService } from '../../service/languageService.js';
import type { Locale } from '../../service/l10n.js';
import type { CorpusProblem } from '../../service/model.js';
import { bundledCorpusFolder, readCorpusFolders } from '../corpusFolders.js';
import { JiebaSegmenter } from '../jiebaSegmenter.js';
import { workspaceRegistryFiles } from '../workspaceRegistry.js';
import type { ParsedArgs } from './args.js';

export interface CliService {
  readonly service: LanguageService;
  /** Problems of the folders (unreadable, bad registry) and of the documents. */
  readonly problems: CorpusProblem[];
}

/**
 * The language service the CLI works with, over the bundled corpus (unless --no-bundled) and every
 * --corpus folder — the same front door the server uses.
 */
export function loadServiceForCli(args: ParsedArgs, log: (message: string) => void, locale: Locale): CliService {
  const folders = [
    ...(args.flags.has('no-bundled') ? [] : [bundledCorpusFolder()]),
    ...(args.options.get('corpus') ?? []).map((folder) => resolve(folder)),
  ];
  const service = createLanguageService({
    segmenter: new JiebaSegmenter({ log }),
    logger: { info: () => undefined, warn: log, error: log },
    locale: () => locale,
    workspaceDrafts: () => [],
  });
  // What the drafters taught in the editor (quick fixes) applies in CI too.
  const onDisk = readCorpusFolders(folders, workspaceRegistryFiles([process.cwd()]), locale);
  const summary = service.indexCorpus(onDisk.files, onDisk.registry);
  return { service, problems: [...onDisk.problems, ...summary.problems] };
}
