// Set by esbuild (esbuild.mjs): a hash of the server's sources and locked dependencies.
declare const POLICY_LENS_BUILD: string | undefined;

/**
 * The id of this build: an index stored by another build is never read, since what indexing computes
 * changes with the code. Undefined when run from source (tsx), where no id tells builds apart: the disk
 * index cache is then off unless a caller names an engine itself (tests).
 */
export const ENGINE_BUILD: string | undefined = typeof POLICY_LENS_BUILD === 'string' ? POLICY_LENS_BUILD : undefined;
