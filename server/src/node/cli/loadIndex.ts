import { resolve } from 'node:path';
import { CorpusIndex } from '../../service/index/corpusIndex.js';
import type { CorpusProblem } from '../../service/model.js';
import { bundledCorpusFolder, readCorpusFolders } from '../corpusFolders.js';
import { JiebaSegmenter } from '../jiebaSegmenter.js';
import type { ParsedArgs } from './args.js';

export interface CliCorpus {
  readonly index: CorpusIndex;
  /** Problems of the folders (unreadable, bad registry) and of the documents. */
  readonly problems: CorpusProblem[];
}

/** The corpus the CLI works with: bundled (unless --no-bundled) plus every --corpus folder. */
export function loadCorpusForCli(args: ParsedArgs, log: (message: string) => void): CliCorpus {
  const folders = [
    ...(args.flags.has('no-bundled') ? [] : [bundledCorpusFolder()]),
    ...(args.options.get('corpus') ?? []).map((folder) => resolve(folder)),
  ];
  const onDisk = readCorpusFolders(folders);
  const index = CorpusIndex.build(onDisk.files, onDisk.registry, new JiebaSegmenter({ log }));
  return { index, problems: [...onDisk.problems, ...index.problems] };
}
