import type { Range, Severity } from '../model.js';
import type { DiagnosticCode } from './codes.js';

/** A replacement that fixes a diagnostic. */
export interface Fix {
  readonly title: string;
  readonly range: Range;
  readonly newText: string;
  /** The one fix applied by `--fix` and marked preferred in the editor. */
  readonly preferred: boolean;
}

/** Where the corpus says otherwise: shown as related information. */
export interface RelatedSource {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

/** A finding of the checker, before it is turned into an LSP diagnostic or a CLI line. */
export interface PolicyDiagnostic {
  readonly code: DiagnosticCode;
  readonly range: Range;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedSource[];
  readonly fixes: readonly Fix[];
}
