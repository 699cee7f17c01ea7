import { chmodSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PolicyDiagnostic } from '../../service/checks/finding.js';
import { decodeCorpusFile } from '../../service/corpus/decode.js';
import { safeEdits } from '../../service/features/codeActions.js';
import { draftDocument, type DraftDocument } from '../../service/features/documentText.js';
import type { LanguageService } from '../../service/languageService.js';
import { UsageError, type ParsedArgs } from './args.js';
import { toSarif } from './sarif.js';

export interface CheckedFile {
  readonly path: string;
  readonly draft: DraftDocument;
  readonly findings: PolicyDiagnostic[];
}

export const CHECK_USAGE =
  '用法 usage: policy-lens check <files or folders…> [--format text|json|sarif] [--fix] [--unsafe-fixes] [--corpus <dir>]… [--no-bundled]';

/**
 * `check <files or folders…>`: exit 0 clean, 1 findings at warning or error, 2 usage/corpus errors.
 * `--fix` applies safe fixes only (brackets, quotes, registry-confirmed names); `--unsafe-fixes` also
 * the first suggestion of certain and likely findings.
 */
export function runCheck(
  service: LanguageService,
  args: ParsedArgs,
  print: (line: string) => void,
  log: (line: string) => void,
): number {
  if (args.positionals.length === 0) throw new UsageError(CHECK_USAGE);
  const format = args.options.get('format')?.[0] ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format 须为 must be text | json | sarif');
  const checked: CheckedFile[] = [];
  let unreadable = 0;
  for (const path of markdownFiles(args.positionals)) {
    const decoded = decodeCorpusFile(readFileSync(path));
    if (!decoded.ok) {
      log(`错误 error: ${path}: ${decoded.message}`);
      unreadable++;
      continue;
    }
    const draft = draftDocument(pathToFileURL(path).toString(), 0, decoded.text);
    checked.push({ path, draft, findings: service.check(draft) });
  }
  const unsafe = args.flags.has('unsafe-fixes');
  // With JSON or SARIF on stdout, what --fix changed goes to stderr so stdout stays one parseable document.
  if (args.flags.has('fix') || unsafe) applyFixes(service, checked, unsafe, format === 'text' ? print : log, log);
  if (format === 'json') print(JSON.stringify(checked.map(jsonOf), null, 2));
  else if (format === 'sarif') print(JSON.stringify(toSarif(checked), null, 2));
  else for (const file of checked) for (const finding of file.findings) print(textLine(file.path, finding));
  if (unreadable > 0) return 2;
  return checked.some((file) => file.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}

function textLine(path: string, finding: PolicyDiagnostic): string {
  const { line, character } = finding.range.start;
  return `${relative(process.cwd(), path) || path}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${finding.message}`;
}

function jsonOf(file: CheckedFile) {
  return {
    file: relative(process.cwd(), file.path) || file.path,
    diagnostics: file.findings.map((f) => ({
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      range: f.range,
      severity: f.severity,
      code: f.code,
      message: f.message,
      confidence: f.confidence,
      evidence: f.evidence,
      related: f.related,
      fixes: f.fixes,
    })),
  };
}

/**
 * Applies the fixes, each file written atomically (temporary file, then rename), and checks it again so
 * the report shows what is left.
 */
function applyFixes(
  service: LanguageService,
  checked: CheckedFile[],
  unsafe: boolean,
  print: (line: string) => void,
  log: (line: string) => void,
): void {
  checked.forEach((file, i) => {
    const edits = safeEdits(file.findings, unsafe);
    if (edits.length === 0) return;
    const offsets = edits
      .map((e) => ({
        start: file.draft.lines.offsetAt(e.range.start),
        end: file.draft.lines.offsetAt(e.range.end),
        newText: e.newText,
      }))
      .sort((a, b) => b.start - a.start);
    let text = file.draft.text;
    for (const edit of offsets) text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    const temporary = `${file.path}.policy-lens-${process.pid}.tmp`;
    try {
      // The file keeps its byte-order mark and its permissions.
      const hadBom = readFileSync(file.path)
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf]));
      writeFileSync(temporary, (hadBom ? '\uFEFF' : '') + text, { mode: statSync(file.path).mode });
      chmodSync(temporary, statSync(file.path).mode);
      renameSync(temporary, file.path);
    } catch (error) {
      rmSync(temporary, { force: true });
      log(`错误 error: ${file.path}: 无法写入 cannot write: ${(error as Error).message}`);
      return;
    }
    for (const edit of offsets.reverse()) {
      const at = file.draft.lines.positionAt(edit.start);
      print(
        `已修复 fixed ${relative(process.cwd(), file.path)}:${at.line + 1}:${at.character + 1} ${file.draft.text.slice(edit.start, edit.end)} → ${edit.newText}`,
      );
    }
    const draft = draftDocument(file.draft.uri, 1, text);
    checked[i] = { path: file.path, draft, findings: service.check(draft) };
  });
}

/** Files as given, and the .md files below folders (node_modules and hidden folders skipped). */
function markdownFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`找不到 not found: ${path}`);
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = join(path, name);
        if (statSync(child).isDirectory() || name.toLowerCase().endsWith('.md')) visit(child, false);
      }
    } else if (explicit || path.toLowerCase().endsWith('.md')) {
      out.push(path);
    }
  };
  for (const input of inputs) visit(resolve(input), true);
  return out;
}
