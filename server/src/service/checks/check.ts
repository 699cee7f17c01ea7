import type { DiagnosticCode } from './codes.js';
import type { CheckContext, SharedAnalysis } from './context.js';
import type { Finding } from './finding.js';

/**
 * One check: the code it raises and a function from the shared context to findings. Checks are
 * registered in registry.ts; one code per check and per file. A check whose code is turned off is
 * never run.
 */
export interface Check {
  readonly code: DiagnosticCode;
  /**
   * The check tells a slip from an ordinary word by the segmenter's dictionary: until that is loaded
   * (the server loads it off the main thread) the check waits, and the draft is checked again after.
   */
  readonly needsDictionary?: true;
  /**
   * The shared analyses the check reads, in the order they build on each other: the checker computes
   * each as a step of its own before the checks run, so no check's step carries a whole analysis.
   */
  readonly uses?: ReadonlyArray<SharedAnalysis<unknown>>;
  /** Its findings; a long check is a generator that yields between pieces of the draft (steps.ts). */
  run(context: CheckContext): Finding[] | Generator<void, Finding[]>;
}
