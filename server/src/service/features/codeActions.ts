import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { Fix, PolicyDiagnostic } from '../diagnostics/policyDiagnostic.js';
import { t, type Locale } from '../l10n.js';

const overlaps = (a: Range, b: Range) =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/**
 * Quick fixes for the diagnostics under the cursor (the preferred one marked), and for each code
 * there, one action that applies that code's preferred fixes in the whole file.
 */
export function codeActions(
  uri: string,
  range: Range,
  findings: readonly PolicyDiagnostic[],
  contextDiagnostics: readonly Diagnostic[],
  locale: Locale,
): CodeAction[] {
  const here = findings.filter((f) => overlaps(f.range, range) && f.fixes.length > 0);
  const actions: CodeAction[] = [];
  for (const finding of here) {
    const diagnostic = contextDiagnostics.find((d) => d.code === finding.code && sameRange(d.range, finding.range));
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: fix.preferred,
        diagnostics: diagnostic ? [diagnostic] : undefined,
        edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
      });
    }
  }
  for (const code of new Set(here.map((f) => f.code))) {
    const edits = preferredEdits(findings.filter((f) => f.code === code));
    if (edits.length < 2) continue;
    actions.push({
      title: t(
        locale,
        `修复本文件中所有 ${code}（${edits.length} 处）`,
        `Fix all ${code} in this file (${edits.length})`,
      ),
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [uri]: edits } },
    });
  }
  return actions;
}

/** The preferred fix of each finding, without overlapping edits (the first one wins). */
export function preferredEdits(findings: readonly PolicyDiagnostic[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const fix of findings.map((f) => f.fixes.find((x: Fix) => x.preferred)).filter((x): x is Fix => Boolean(x))) {
    if (!edits.some((e) => overlaps(e.range, fix.range))) edits.push({ range: fix.range, newText: fix.newText });
  }
  return edits;
}
