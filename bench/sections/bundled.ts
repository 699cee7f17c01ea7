// The bundled corpus: how long the server takes to be ready on it. The jieba dictionary is timed on
// its own (it dominates and is paid once per process), the index build apart from it, and the clause
// search index (which the server builds after its first answers) apart from both. Fresh processes
// then show the cold path, the dictionary load included.
import { join } from 'node:path';
import { readCorpusFolders } from '../../server/src/node/corpusFolders.js';
import { JiebaSegmenter } from '../../server/src/node/jiebaSegmenter.js';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService.js';
import type { Segmenter } from '../../server/src/service/segmenter.js';
import type { ColdIndexResult } from '../coldIndex.js';
import { contentBytes, forceGc, runScript, summarize, timed, toMB } from '../measure.js';
import type { Row, Section } from '../report.js';

const WARM_RUNS = 7;
const COLD_RUNS = 3;
/** The bundled corpus indexed, without the dictionary load, in under 300 ms. */
const READY_TARGET = { max: 300 };

export const bundledCorpusSection: Section = {
  name: 'bundled',
  title: 'Bundled corpus: corpus/ read and indexed',
  async run(context) {
    // Not bundledCorpusFolder(): that one looks beside the running bundle or source file.
    const folder = join(context.repoRoot, 'corpus');
    const rows: Row[] = [];

    context.progress('bundled: loading the jieba dictionary');
    const segmenter = new JiebaSegmenter({ log: context.progress });
    const load = segmenter.load();
    rows.push(
      { name: 'segmenter backend', value: load.backend, unit: '', note: load.error },
      { name: 'jieba: require nodejieba', value: load.requireMs, unit: 'ms' },
      {
        name: 'jieba: load dictionaries',
        value: load.dictionaryMs,
        unit: 'ms',
        note: 'once per process; in none of the figures below',
      },
    );

    context.progress('bundled: first build in this process');
    forceGc();
    const before = process.memoryUsage();
    const read = timed(() => readCorpusFolders([folder]));
    const service = serviceWith(segmenter);
    const first = timed(() => service.indexCorpus(read.result.files, read.result.registry));
    const afterBuild = process.memoryUsage();
    forceGc();
    const indexHeap = process.memoryUsage().heapUsed - before.heapUsed;
    const summary = first.result;
    const firstSearch = await timedAsync(() => service.prepareSearch(() => Promise.resolve()));
    forceGc();
    const searchHeap = process.memoryUsage().heapUsed - before.heapUsed - indexHeap;
    rows.push(
      {
        name: 'files',
        value: read.result.files.length,
        unit: 'files',
        note: `${Math.round(contentBytes(read.result.files) / 1024)} KB`,
      },
      {
        name: 'documents indexed',
        value: summary.documents,
        unit: 'docs',
        note: `${summary.duplicates} duplicate(s) dropped, ${summary.problems.length} problem(s)`,
      },
      { name: 'names known', value: summary.names, unit: 'names' },
      {
        name: 'read + index, first in process',
        value: read.ms + first.ms,
        unit: 'ms',
        target: READY_TARGET,
        note: `read ${fmt(read.ms)} + indexCorpus ${fmt(first.ms)} ms; JIT cold`,
      },
      {
        name: 'search index, first in process',
        value: firstSearch.ms,
        unit: 'ms',
        note: `prepareSearch: ${firstSearch.result.passages} passages indexed (character bigrams)`,
      },
      {
        name: 'heap retained by the index',
        value: toMB(indexHeap),
        unit: 'MB',
        note: 'after GC; + search index below',
      },
      { name: 'heap retained by the search index', value: toMB(searchHeap), unit: 'MB' },
      { name: 'RSS growth during first build', value: toMB(afterBuild.rss - before.rss), unit: 'MB' },
    );

    context.progress(`bundled: ${WARM_RUNS} warm builds`);
    const warmRead: number[] = [];
    const warmBuild: number[] = [];
    const warmSearch: number[] = [];
    for (let run = 0; run < WARM_RUNS; run++) {
      const again = timed(() => readCorpusFolders([folder]));
      const fresh = serviceWith(segmenter);
      const build = timed(() => fresh.indexCorpus(again.result.files, again.result.registry));
      warmRead.push(again.ms);
      warmBuild.push(build.ms);
      warmSearch.push((await timedAsync(() => fresh.prepareSearch(() => Promise.resolve()))).ms);
    }
    const warm = summarize(warmRead.map((ms, run) => ms + warmBuild[run]));
    const build = summarize(warmBuild);
    rows.push(
      { name: 'read + index, warm, min', value: warm.min, unit: 'ms', note: `${WARM_RUNS} runs` },
      {
        name: 'read + index, warm, median',
        value: warm.median,
        unit: 'ms',
        target: READY_TARGET,
        note: `build alone: median ${fmt(build.median)}, max ${fmt(build.max)} ms`,
      },
      {
        name: 'search index, warm, median',
        value: summarize(warmSearch).median,
        unit: 'ms',
        note: `min ${fmt(summarize(warmSearch).min)} ms`,
      },
    );

    context.progress(`bundled: ${COLD_RUNS} cold processes`);
    const cold: ColdIndexResult[] = [];
    const wall: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      const child = await runScript<ColdIndexResult>(join(context.repoRoot, 'bench', 'coldIndex.ts'), [folder], {
        cwd: context.repoRoot,
        timeoutMs: 60_000,
      });
      cold.push(child.result);
      wall.push(child.wallMs);
    }
    rows.push(...coldRows(cold, wall));
    return rows;
  },
};

/** Fresh processes that never called load(): the dictionary loads at the engine's first cut. */
function coldRows(cold: readonly ColdIndexResult[], wall: readonly number[]): Row[] {
  const dictionary = (r: ColdIndexResult) => (r.segmenter?.requireMs ?? 0) + (r.segmenter?.dictionaryMs ?? 0);
  const inBuild = (r: ColdIndexResult) => (r.dictionaryLoadedIn === 'build' ? dictionary(r) : 0);
  const median = (pick: (r: ColdIndexResult) => number) => summarize(cold.map(pick)).median;
  const loadedIn = [...new Set(cold.map((r) => r.dictionaryLoadedIn))].join('/');
  const everything = summarize(cold.map((r) => r.readMs + r.buildMs + r.searchMs));
  return [
    {
      name: 'cold process: read + index',
      value: median((r) => r.readMs + r.buildMs - inBuild(r)),
      unit: 'ms',
      target: READY_TARGET,
      note: `median of ${cold.length}; JIT cold, without the dictionary`,
    },
    {
      name: 'cold process: dictionary load',
      value: median(dictionary),
      unit: 'ms',
      note: `require + dictionaries, at the first cut: in the ${loadedIn} step`,
    },
    {
      name: 'cold process: search index',
      value: median((r) => r.searchMs - (r.dictionaryLoadedIn === 'search' ? dictionary(r) : 0)),
      unit: 'ms',
      note: 'without the dictionary',
    },
    {
      name: 'cold process: all of it',
      value: everything.median,
      unit: 'ms',
      note: `read + index + dictionary + search index; min ${fmt(everything.min)} ms`,
    },
    {
      name: 'cold process: Node start-up',
      value: median((r) => r.startupMs),
      unit: 'ms',
      note: 'the script runs from its esbuild bundle, as the server does (bench/run.mjs)',
    },
    { name: 'cold process: spawn to exit', value: summarize(wall).median, unit: 'ms' },
    {
      name: 'cold process: peak RSS',
      value: median((r) => r.maxRssMB),
      unit: 'MB',
      note: `${fmt(median((r) => r.rssBeforeReadMB))} MB before the dictionary`,
    },
  ];
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function serviceWith(segmenter: Segmenter): LanguageService {
  return createLanguageService({
    segmenter,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    locale: () => 'zh',
    workspaceDrafts: () => [],
  });
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}
