import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { CorpusProblem } from '../service/model.js';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Problems of corpus files as diagnostics on those files; files that are fine again are cleared. */
export class CorpusDiagnostics {
  private published = new Set<string>();

  constructor(private readonly connection: Connection) {}

  publish(problems: readonly CorpusProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const problem of problems) {
      const list = byUri.get(problem.uri) ?? [];
      list.push({
        range: problem.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: SEVERITY[problem.severity],
        source: 'policy-lens',
        code: problem.field ? `corpus.${problem.field}` : 'corpus.file',
        message: problem.message,
      });
      byUri.set(problem.uri, list);
    }
    for (const uri of this.published)
      if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.published = new Set(byUri.keys());
  }
}
