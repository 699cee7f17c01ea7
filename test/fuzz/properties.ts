// The campaign's properties, each over generated input: no exception, every call within its time
// bound, answers inside the documents they point into, and the ones below per stage.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseRegistry, mergeRegistries } from '../../server/src/service/corpus/registry.js';
import { loadCorpus, type CorpusFile } from '../../server/src/service/corpus/loadCorpus.js';
import { decodeCorpusFile } from '../../server/src/service/corpus/decode.js';
import { documentMetaSchema, parseFrontMatter } from '../../server/src/service/corpus/metadata.js';
import { importDocument } from '../../server/src/service/import/importDocument.js';
import { parseDocument } from '../../server/src/service/parse/parseDocument.js';
import { draftDocument } from '../../server/src/service/features/documentText.js';
import { pathToFileURL } from 'node:url';
import type { Edit, RawPosition } from './arbitraries.js';
import { assertRange, fail } from './assertions.js';
import { fixCase, importCase, spawnCase } from './cliCases.js';
import type { FuzzContext } from './context.js';
import { Documents, exerciseFeatures, positionIn } from './features.js';
import { shapeOf } from './shape.js';

export interface FuzzProperty {
  readonly name: string;
  /** Cases per campaign run (the features property's count is the --runs given). */
  readonly weight: number;
  readonly about: string;
  // fast-check's property types differ per arity; the campaign only checks them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  build(context: FuzzContext): fc.IRawProperty<any, boolean>;
  /** The counterexample's input text(s), for the report's shape line and the replay file. */
  texts(counterexample: readonly unknown[]): string[];
}

const size = (content: string | Uint8Array) => content.length;
const textOf = (content: string | Uint8Array) =>
  typeof content === 'string' ? content : Buffer.from(content).toString();
let serial = 0;
const draftUri = (what: string) => `memory:///fuzz/${what}-${++serial}.md`;

/** Whatever throws inside the loader is caught and reported as an unparsable file: here it is a fault. */
function assertNoUnparsable(problems: readonly { message: string }[]): void {
  for (const problem of problems) if (/解析失败|Could not be parsed/.test(problem.message)) fail(problem.message);
}

const features: FuzzProperty = {
  name: 'features',
  weight: 1,
  about: 'every feature of the service at random positions of a draft, against the bundled corpus',
  build: (context) =>
    fc.property(
      context.arbs.draftText,
      context.arbs.draftText,
      context.arbs.positions,
      context.arbs.query,
      context.guarded((text, other, positions, query) => {
        const draft = draftDocument(draftUri('draft'), 1, text);
        const neighbour = draftDocument(draftUri('neighbour'), 1, other);
        context.workspace.splice(0, context.workspace.length, draft, neighbour);
        exerciseFeatures(
          {
            service: context.service,
            draft,
            positions,
            query,
            documents: context.bundledDocuments().add(neighbour),
            timings: context.timings,
            workspaceChars: other.length,
          },
          (f) => context.countFindings(f),
        );
      }),
    ),
  texts: ([text, other, , query]) => [text as string, other as string, query as string],
};

/** The same draft with LF, CRLF and CR line ends: the same findings at the same positions. */
const lineEnds: FuzzProperty = {
  name: 'line-ends',
  weight: 0.3,
  about: 'LF, CRLF and CR-only copies of a draft get the same findings at the same positions',
  build: (context) =>
    fc.property(
      context.arbs.draftText,
      context.guarded((text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const seen = (ends: string) => {
          const draft = draftDocument(draftUri('ends'), 1, lf.replace(/\n/g, ends));
          const findings = context.timings.timed('diagnostics', draft.text.length, () => context.service.check(draft));
          return findings.map((f) => ({
            code: f.code,
            range: f.range,
            message: f.message,
            fixes: f.fixes.map((x) => ({ range: x.range, newText: x.newText.replace(/\r\n?/g, '\n') })),
          }));
        };
        const expected = JSON.stringify(seen('\n'));
        for (const ends of ['\r\n', '\r']) {
          const got = JSON.stringify(seen(ends));
          if (got !== expected)
            fail(`findings differ with ${JSON.stringify(ends)} line ends`, firstDifference(expected, got));
        }
      }),
    ),
  texts: ([text]) => [text as string],
};

/** An editor's comment line, a blank line or a pasted blob put on top: every finding moves down, unchanged. */
const shift: FuzzProperty = {
  name: 'shift',
  weight: 0.3,
  about: 'a comment, blank or overlong line put on top moves every finding down by its lines, unchanged',
  build: (context) =>
    fc.property(
      context.arbs.draftText,
      fc.constantFrom('<!-- 编者注 -->', '', `![图](data:image/png;base64,${'Q'.repeat(24_000)})`, '<!--\n注\n-->'),
      context.guarded((text, top) => {
        fc.pre(!/^\uFEFF?---/.test(text));
        const body = text.replace(/^\uFEFF/, '');
        const added = top.split('\n').length + 1;
        const plain = context.service.check(draftDocument(draftUri('shift'), 1, body));
        const moved = context.service
          .check(draftDocument(draftUri('shifted'), 1, `${top}\n\n${body}`))
          .filter((f) => !(f.code === 'draft.not-checked' && f.range.start.line < added));
        const down = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
          start: { line: r.start.line + added, character: r.start.character },
          end: { line: r.end.line + added, character: r.end.character },
        });
        const key = (f: { code: string; range: object; message: string }) =>
          JSON.stringify([f.code, f.range, f.message]);
        // A message may name its line (第7行为繁体字): that number moves too.
        const moveLines = (message: string) =>
          message.replace(/第[\d、–—-]+行/g, (lines) => lines.replace(/\d+/g, (n) => String(Number(n) + added)));
        const expected = plain
          .map((f) => key({ ...f, range: down(f.range), message: moveLines(f.message) }))
          .join('\n');
        const got = moved.map(key).join('\n');
        if (got !== expected) fail('findings moved other than by the added lines', firstDifference(expected, got));
      }),
    ),
  texts: ([text]) => [text as string],
};

/** An edit sequence as an editor sends it: every version answered, the last as a fresh service answers it. */
const edits: FuzzProperty = {
  name: 'edits',
  weight: 0.3,
  about: 'random range replacements, each version checked; the last matches a service that saw only it',
  build: (context) =>
    fc.asyncProperty(
      context.arbs.draftText,
      context.arbs.edits,
      fc.boolean(),
      context.guardedAsync(async (initial: string, sequence: Edit[], stepped: boolean) => {
        const uri = draftUri('edited');
        let document = TextDocument.create(uri, 'markdown', 1, initial);
        let draft = draftDocument(uri, 1, initial);
        const t = context.timings;
        for (const edit of sequence) {
          const text = document.getText();
          const start = edit.at % (text.length + 1);
          const end = Math.min(text.length, start + edit.length);
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          document = TextDocument.update(document, [{ range, text: edit.text }], document.version + 1);
          draft = draftDocument(uri, document.version, document.getText());
          context.workspace.splice(0, context.workspace.length, draft);
          const size = draft.text.length;
          const current = draft;
          const diagnostics = stepped
            ? await t.timedAsync('diagnosticsInSteps', size, () =>
                context.service.diagnosticsInSteps(current, () => Promise.resolve()),
              )
            : t.timed('diagnostics', size, () => context.service.diagnostics(current));
          for (const d of diagnostics) assertRange(draft, d.range, `diagnostic ${String(d.code)} after an edit`);
          const at = positionIn(draft, [range.start.line + 1, range.start.character + 1]);
          t.timed('hover', size, () => context.service.hover(current, at));
          t.timed('completion', size, () => context.service.completion(current, at));
          const lines = { start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } };
          t.timed('semanticTokens(range)', size, () => context.service.semanticTokens(current, lines));
        }
        const last = JSON.stringify(context.service.diagnostics(draft));
        const fresh = JSON.stringify(context.fresh.diagnostics(draftDocument(uri, draft.version, draft.text)));
        if (last !== fresh)
          fail('an edited draft is checked otherwise than the same text opened', firstDifference(fresh, last));
      }),
    ),
  texts: ([initial, sequence]) => [initial as string, JSON.stringify(sequence)],
};

/** Corpus files one at a time through decode, header, parser and loader; registries through theirs. */
const parse: FuzzProperty = {
  name: 'parse',
  weight: 1,
  about: 'corpus files and registries through decoding, the header, the parser and the loader',
  build: (context) =>
    fc.property(
      context.arbs.corpusFile,
      context.arbs.registryText,
      context.guarded((file, registryText) => {
        const t = context.timings;
        const uri = pathToFileURL(`/fuzz-corpus/${file.name}`).toString();
        const chars = size(file.content);
        // The loader's steps by hand, so an exception surfaces with its stack instead of as a problem.
        const decoded = decodeCorpusFile(file.content);
        if (decoded.ok && /\.md$/i.test(file.name)) {
          const text = decoded.text.replace(/\r(?!\n)/g, '\n');
          const header = t.timed('parseFrontMatter', chars, () => parseFrontMatter(text));
          if (header.ok) {
            const parsed = t.timed('parseDocument', chars, () =>
              parseDocument({ uri, text, meta: header.meta, bodyStartLine: header.bodyStartLine }),
            );
            const doc = draftDocument(uri, 0, text);
            for (const clause of parsed.clauses) assertRange(doc, clause.range, `clause ${clause.number}`);
          }
        }
        const loaded = t.timed('loadCorpus', chars, () => loadCorpus([{ uri, content: file.content }]));
        assertNoUnparsable(loaded.problems);
        t.timed('parseRegistry', registryText.length, () => parseRegistry(registryText));
      }),
    ),
  texts: ([file, registry]) => [textOf((file as { content: string | Uint8Array }).content), registry as string],
};

/** Raw texts through the importer; what it writes, the loader reads back with the same metadata. */
const importer: FuzzProperty = {
  name: 'import',
  weight: 1,
  about: 'raw texts through the importer (and `corpus import` for a share); its output loads as written',
  build: (context) =>
    fc.property(
      context.arbs.rawSource,
      fc.boolean(),
      fc.nat({ max: 19 }),
      context.guarded((raw, supplied, share) => {
        const t = context.timings;
        if (share === 0) importCase(context, raw);
        // What `corpus import` hands the importer: a file that decodes (no NUL, no binary), BOM dropped.
        const decoded = decodeCorpusFile(raw);
        if (!decoded.ok) return;
        const text = decoded.text;
        const given = supplied ? { title: '模糊测试文件', date: '2024-03', kind: '方案' as const } : {};
        const result = t.timed('importDocument', text.length, () => importDocument(text, 'fuzz-source.txt', given));
        if (documentMetaSchema.safeParse(result.meta).success) {
          const header = parseFrontMatter(result.markdown);
          if (!header.ok) fail('the importer wrote a header the loader refuses', header.message);
          const [wrote, read] = [result.meta, header.meta].map((meta) =>
            JSON.stringify(meta, Object.keys(meta).sort()),
          );
          if (wrote !== read) fail('the header reads back otherwise', firstDifference(wrote, read));
          const loaded = t.timed('loadCorpus', result.markdown.length, () =>
            loadCorpus([{ uri: 'memory:///fuzz/imported.md', content: result.markdown }]),
          );
          assertNoUnparsable(loaded.problems);
          if (loaded.documents.length !== 1) fail('an imported document does not load', loaded.problems);
        }
      }),
    ),
  texts: ([raw]) => [raw as string],
};

/** A corpus of generated files (with or without the bundled one), then every feature against it. */
const index: FuzzProperty = {
  name: 'index',
  weight: 0.04,
  about: 'a corpus of generated documents and registry (+ the bundled corpus), then every feature on it',
  build: (context) =>
    fc.property(
      fc.array(context.arbs.corpusFile, { minLength: 1, maxLength: 3 }),
      context.arbs.registryText,
      fc.boolean(),
      context.arbs.draftText,
      context.arbs.positions,
      context.arbs.query,
      context.guarded((files, registryText, withBundled, text, positions: RawPosition[], query) => {
        const t = context.timings;
        const generated: CorpusFile[] = files.map((file, i) => ({
          uri: pathToFileURL(`/fuzz-corpus/${i}/${file.name}`).toString(),
          content: file.content,
        }));
        const registry = parseRegistry(registryText);
        const registries = [
          ...(withBundled ? [context.bundled.registry] : []),
          ...(registry.ok ? [registry.registry] : []),
        ];
        const corpus = [...(withBundled ? context.bundled.files : []), ...generated];
        const service = context.newService();
        const chars = corpus.reduce((sum, f) => sum + size(f.content), 0);
        const summary = t.timed(
          'indexCorpus',
          chars,
          () => service.indexCorpus(corpus, mergeRegistries(registries)),
          // Building an index has a start-up of its own (the name matcher, the corpus's measures).
          5_000,
        );
        assertNoUnparsable(summary.problems);
        const draft = draftDocument(draftUri('indexed'), 1, text);
        context.workspace.splice(0, context.workspace.length, draft);
        exerciseFeatures({
          service,
          draft,
          positions,
          query,
          documents: new Documents().addCorpus(corpus),
          timings: t,
          workspaceChars: 0,
        });
        t.timed('corpusStats', chars, () => service.corpusStats());
      }),
    ),
  texts: ([files, registry, , text, , query]) => [
    ...(files as { content: string | Uint8Array }[]).map((f) => textOf(f.content)),
    registry as string,
    text as string,
    query as string,
  ],
};

/** `check --fix` through the CLI's own functions (its service, jieba), on a copy in a temporary folder. */
const fix: FuzzProperty = {
  name: 'fix',
  weight: 0.3,
  about: '`check --fix` via the CLI functions on a temp copy: re-check finds no safe fix, the rest unchanged',
  build: (context) =>
    fc.property(
      context.arbs.draftText,
      context.arbs.query,
      context.guarded((text, query) => fixCase(context, text, query)),
    ),
  texts: ([text, query]) => [text as string, query as string],
};

/** `dist/cli.js check` then `check --fix`, spawned as a user runs them. */
const cli: FuzzProperty = {
  name: 'cli',
  weight: 0.004,
  about: '`node dist/cli.js check` and `check --fix` spawned on a temp copy, the same properties',
  build: (context) =>
    fc.property(
      context.arbs.draftText,
      context.guarded((text) => spawnCase(context, text)),
    ),
  texts: ([text]) => [text as string],
};

export const PROPERTIES: readonly FuzzProperty[] = [features, lineEnds, shift, edits, parse, importer, index, fix, cli];

/** Where two long JSON strings part, with a little context. */
export function firstDifference(expected: string, got: string): { at: number; expected: string; got: string } {
  let at = 0;
  while (at < expected.length && expected[at] === got[at]) at++;
  const from = Math.max(0, at - 60);
  return { at, expected: expected.slice(from, at + 120), got: got.slice(from, at + 120) };
}

export const describeTexts = (texts: readonly string[]) => texts.map(shapeOf);
