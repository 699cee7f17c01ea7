import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { preferredFix, type Finding } from '../checks/finding.js';
import { message } from '../messages.js';
import type { Locale } from '../l10n.js';

const before = (a: Range['start'], b: Range['start']) =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => !before(a.end, b.start) && !before(b.end, a.start);
const samePosition = (a: Range['start'], b: Range['start']) => a.line === b.line && a.character === b.character;
/**
 * Two edits that cannot both be applied: they share a character, or start at one place (an insertion
 * there and another edit: which goes first would decide the text). Edits that only touch — ‘粤省事’‘粤商通’
 * fixed side by side — are both applied, as LSP allows.
 */
const clash = (a: Range, b: Range) =>
  samePosition(a.start, b.start) || (before(a.start, b.end) && before(b.start, a.end));
const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/**
 * Quick fixes for the findings under the cursor — safe fixes and suggestions, the preferred one marked
 * (a safe fix, or the first suggestion of a certain finding) — the commands a finding offers (teach the
 * workspace registry), and per code one action that applies that code's safe fixes in the whole file.
 */
export function codeActions(
  uri: string,
  range: Range,
  findings: readonly Finding[],
  contextDiagnostics: readonly Diagnostic[],
  locale: Locale,
): CodeAction[] {
  const here = findings.filter((f) => overlaps(f.range, range));
  const actions: CodeAction[] = [];
  for (const finding of here) {
    const diagnostic = contextDiagnostics.find((d) => d.code === finding.code && sameRange(d.range, finding.range));
    const diagnostics = diagnostic ? [diagnostic] : undefined;
    const preferred = preferredFix(finding);
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: fix === preferred,
        diagnostics,
        edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
      });
    }
    for (const command of finding.commands ?? []) {
      actions.push({
        title: command.title,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: command.title, command: command.command, arguments: [...command.arguments] },
      });
    }
  }
  for (const code of new Set(here.map((f) => f.code))) {
    const edits = safeEdits(findings.filter((f) => f.code === code));
    if (edits.length < 2) continue;
    actions.push({
      title: message(locale, 'fixAll', { code, count: edits.length }),
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [uri]: edits } },
    });
  }
  return actions;
}

/**
 * The edits `check --fix` and "fix all" apply: each finding's safe fix — with `unsafe`, also the first
 * suggestion — of certain and likely findings only (a guess is never applied), without overlaps.
 */
export function safeEdits(findings: readonly Finding[], unsafe = false): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (finding.confidence === 'possible') continue;
    const fix = finding.fixes.find((f) => f.safe) ?? (unsafe ? finding.fixes[0] : undefined);
    if (fix && !edits.some((e) => clash(e.range, fix.range))) edits.push({ range: fix.range, newText: fix.newText });
  }
  return edits;
}
