// The shared folder beside the repository (../shared): the seeds and a second real corpus, the published
// documents of other provinces (corpora/raw). A checkout finds it beside itself; a clone made elsewhere (a
// clean clone in /tmp, as CI checks) finds it beside the repository it was cloned from, through the origin
// remote when that is a local path. POLICY_LENS_SHARED names it outright.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const REPO = resolve(__dirname, '..');

function sharedFolder(): string {
  const beside = join(REPO, '..', 'shared');
  if (process.env.POLICY_LENS_SHARED) return resolve(process.env.POLICY_LENS_SHARED);
  if (existsSync(beside)) return beside;
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: REPO, encoding: 'utf8' })
      .trim()
      .replace(/^file:\/\//, '');
    const cloned = isAbsolute(origin) ? join(origin, '..', 'shared') : undefined;
    if (cloned && existsSync(cloned)) return cloned;
  } catch {
    // not a git checkout, or no origin: the folder beside it is the answer (and its absence the error)
  }
  return beside;
}

export const SHARED = sharedFolder();
/** Other provinces' published documents and the central plan, verbatim. */
export const RAW_DOCUMENTS = join(SHARED, 'corpora', 'raw');
