// The check's timings that bench/compareChecks.ts takes of two revisions side by side: bundled once
// against each revision's server source, loaded into one process and run in alternation. Kept to the
// service's oldest entry points (readCorpusFolders, JiebaSegmenter, draftDocument, createLanguageService)
// so that a revision from before this file still bundles with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpusFolders } from '../server/src/node/corpusFolders.js';
import { JiebaSegmenter } from '../server/src/node/jiebaSegmenter.js';
import { draftDocument } from '../server/src/service/features/documentText.js';
import { createLanguageService } from '../server/src/service/languageService.js';

export interface TimingInputs {
  /** The corpus both revisions index (the current tree's, so only the code differs). */
  readonly corpusFolder: string;
  /** The ~100 KB draft of the bench (fixtureDrafts.ts's ensureLargeDraft). */
  readonly draftPath: string;
  /** A folder of drafts checked one after the other, as the CLI does (ensureDraftSet). */
  readonly draftSetFolder: string;
}

export interface CheckTimings {
  /** A full check of the draft on a fresh index, warmed up as the server warms it (built outside the timing). */
  full(): Promise<number>;
  /** A check after a one-line edit, the other lines remembered (the n-th edit of a series). */
  edit(n: number): number;
  /** Every draft of the set checked once, on one warmed index. */
  draftSet(): number;
}

export async function setup(inputs: TimingInputs): Promise<CheckTimings> {
  const segmenter = new JiebaSegmenter({ log: () => undefined });
  segmenter.load();
  const read = readCorpusFolders([inputs.corpusFolder]);
  const service = async () => {
    const fresh = createLanguageService({
      segmenter,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      locale: () => 'zh',
      workspaceDrafts: () => [],
    });
    fresh.indexCorpus(read.files, read.registry);
    await fresh.warmUp(async () => undefined);
    return fresh;
  };
  const text = readFileSync(inputs.draftPath, 'utf8');
  const uri = pathToFileURL(inputs.draftPath).toString();
  const lines = text.split('\n');
  const editor = await service();
  editor.check(draftDocument(uri, 1, text));
  let version = 2;
  const drafts = readdirSync(inputs.draftSetFolder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(inputs.draftSetFolder, name);
      return { uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') };
    });
  const setChecker = await service();
  return {
    async full() {
      const fresh = await service();
      const started = performance.now();
      fresh.check(draftDocument(uri, 1, text));
      return performance.now() - started;
    },
    edit(n) {
      const at = (n * 97) % lines.length;
      const edited = [...lines.slice(0, at), `${lines[at]}补充${n}。`, ...lines.slice(at + 1)].join('\n');
      const draft = draftDocument(uri, version++, edited);
      const started = performance.now();
      editor.check(draft);
      return performance.now() - started;
    },
    draftSet() {
      const started = performance.now();
      for (const draft of drafts) setChecker.check(draftDocument(draft.uri, 0, draft.text));
      return performance.now() - started;
    },
  };
}
