// Starts a bundle with V8's code cache: dist/cli.js starts the CLI (dist/cliMain.js), dist/server.js the
// language server (dist/serverMain.js). Compiling a 1 MB bundle, and then each function it runs, is a
// large part of a short run: about 30 ms of a one-draft `check`, 40 ms of the server's `initialize`, more
// of its first indexing. The cached code of an earlier run spares most of it. Node 22 does this itself
// (module.enableCompileCache); Node 20, which we support, does not, so this does it through vm.Script's
// cachedData. Kept apart from the bundles: it must compile in no time itself.
// POLICY_LENS_CODE_CACHE names the folder, or `off`; the editor's client names its global storage.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Module from 'node:module';
import { Script } from 'node:vm';
import { userCacheFolder } from './node/userCacheFolder.js';

interface NodeModule {
  exports: unknown;
  filename: string;
  paths: string[];
}
type ModuleClass = typeof Module & {
  new (id: string, parent?: unknown): NodeModule;
  wrap(code: string): string;
  _nodeModulePaths(folder: string): string[];
};

export interface Launch {
  /** The bundle to run, a path. */
  readonly main: string;
  /** The cache files' first name (`cli`, `server`): another build's files of that name are removed. */
  readonly name: string;
  /** Runs of one bundle that compile other functions keep their own code (the CLI's commands). */
  readonly variant: string;
  /** The module that launches (its `module`), the bundle's parent. */
  readonly parent: NodeJS.Module;
  /**
   * A long-running process (the server) is seldom let exit: the editor stops it, a client kills it. Its
   * code is then also stored this long after the start, once its first work has compiled what it runs.
   */
  readonly storeAfterMs?: number;
}

/** Where this bundle's code is kept for this variant: named by the bundle's build and Node's. */
function cacheFile(folder: string, { main, name, variant }: Launch): string {
  const { size, mtimeMs } = statSync(main);
  const stamp = `${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}`;
  return join(folder, `${name}-${stamp}-${variant}.bin`);
}

/**
 * The code is written when the process exits, so every function this run compiled is in it (or after
 * `storeAfterMs`); a run killed before leaves the cache as it was. Written only when there was none or
 * V8 refused it (another V8, other flags): once per build.
 */
function storeLater(script: Script, file: string, { name, storeAfterMs }: Launch): void {
  let stored = false;
  const store = () => {
    if (stored) return;
    stored = true;
    try {
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, file);
      // Another build's or Node's code is of no use any more.
      const own = basename(file).replace(/-[a-z]+\.bin$/, '');
      for (const entry of readdirSync(dirname(file)))
        if (entry.startsWith(`${name}-`) && entry.endsWith('.bin') && !entry.startsWith(own))
          rmSync(join(dirname(file), entry), { force: true });
    } catch {
      // A read-only cache folder: the next run compiles again, as this one did.
    }
  };
  process.once('exit', store);
  if (storeAfterMs !== undefined) setTimeout(store, storeAfterMs).unref();
}

export function launchWithCodeCache(launch: Launch): void {
  const { main, parent } = launch;
  const folder = userCacheFolder('POLICY_LENS_CODE_CACHE', 'code', process.env);
  let file: string | undefined;
  let cachedData: Buffer | undefined;
  try {
    if (folder) file = cacheFile(folder, launch);
    if (file) cachedData = readFileSync(file);
  } catch {
    // none yet
  }
  const ModuleWithInternals = Module as ModuleClass;
  // A bundle's #! line is no JavaScript once wrapped; blanked, so line numbers stay.
  const source = readFileSync(main, 'utf8').replace(/^#!.*/, '');
  const script = new Script(ModuleWithInternals.wrap(source), { filename: main, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) storeLater(script, file, launch);
  const bundle = new ModuleWithInternals(main, parent);
  bundle.filename = main;
  bundle.paths = ModuleWithInternals._nodeModulePaths(dirname(main));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const requireFromBundle = Module.createRequire(main);
  wrapper.call(bundle.exports, bundle.exports, requireFromBundle, bundle, main, dirname(main));
}
