import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { codeDocumentationUrl } from '../diagnostics/codes.js';
import type { PolicyDiagnostic } from '../diagnostics/policyDiagnostic.js';
import type { Severity } from '../model.js';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The LSP form: code with a link to its documentation, related corpus sources, fixes kept in `data`. */
export function toLspDiagnostic(finding: PolicyDiagnostic, readmeUrl: string): Diagnostic {
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
    data: { fixes: finding.fixes },
  };
}
