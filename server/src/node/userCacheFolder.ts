// Where Policy Lens keeps what it can rebuild (stored indexes, compiled code): an environment variable
// names a folder or turns it `off`; else the user's cache folder ($XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA%
// on Windows). Kept free of other imports: the CLI's launcher compiles it before anything else.
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export function userCacheFolder(variable: string, name: string, env: NodeJS.ProcessEnv): string | undefined {
  const chosen = env[variable];
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? tmpdir())
      : (env.XDG_CACHE_HOME ?? (homedir() ? join(homedir(), '.cache') : tmpdir()));
  return join(base, 'policy-lens', name);
}
