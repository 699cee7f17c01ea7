import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { codeDocumentationUrl } from '../checks/codes.js';
import type { Evidence, Fix, FindingCommand, PolicyDiagnostic } from '../checks/finding.js';
import type { Severity } from '../model.js';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data`: its fixes, commands, confidence and evidence. */
export interface DiagnosticData {
  readonly fixes: readonly Fix[];
  readonly commands: readonly FindingCommand[];
  readonly confidence: PolicyDiagnostic['confidence'];
  readonly evidence: readonly Evidence[];
}

/** The LSP form: code with a link to its documentation, related corpus sources, the rest in `data`. */
export function toLspDiagnostic(finding: PolicyDiagnostic, readmeUrl: string): Diagnostic {
  const data: DiagnosticData = {
    fixes: finding.fixes,
    commands: finding.commands ?? [],
    confidence: finding.confidence,
    evidence: finding.evidence,
  };
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: codeDocumentationUrl(finding.code, readmeUrl) },
    source: 'policy-lens',
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri: related.uri, range: related.range },
      message: related.message,
    })),
    data,
  };
}
