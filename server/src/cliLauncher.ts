// dist/cli.js: starts the CLI bundle (dist/cliMain.js) with V8's code cache. Compiling the 1 MB bundle
// is a tenth of a one-draft `check` (≈30 ms); the cached code of an earlier run of the same command
// spares most of it. Node 22 does this itself (module.enableCompileCache); Node 20, which we support,
// does not, so this small file does it through vm.Script's cachedData. Kept apart from the bundle: it
// must compile in no time itself. POLICY_LENS_CODE_CACHE=off (or a folder) says where, or not at all.
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

const main = join(__dirname, 'cliMain.js');

/** Where this bundle's code is kept for this command: each command compiles other functions. */
function cacheFile(folder: string): string {
  const { size, mtimeMs } = statSync(main);
  const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const stamp = `${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}`;
  return join(folder, `cli-${stamp}-${command}.bin`);
}

function run(): void {
  const folder = userCacheFolder('POLICY_LENS_CODE_CACHE', 'code', process.env);
  const file = folder ? cacheFile(folder) : undefined;
  let cachedData: Buffer | undefined;
  try {
    if (file) cachedData = readFileSync(file);
  } catch {
    // none yet
  }
  const ModuleWithInternals = Module as ModuleClass;
  // The bundle's #! line is no JavaScript once wrapped; blanked, so line numbers stay.
  const source = readFileSync(main, 'utf8').replace(/^#!.*/, '');
  const script = new Script(ModuleWithInternals.wrap(source), { filename: main, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // Written at exit, so the functions this run compiled are in it.
    process.once('exit', () => {
      try {
        mkdirSync(dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
        // Another build's or Node's code is of no use any more.
        const own = basename(file).replace(/-[a-z]+\.bin$/, '');
        for (const name of readdirSync(dirname(file)))
          if (name.startsWith('cli-') && name.endsWith('.bin') && !name.startsWith(own))
            rmSync(join(dirname(file), name), { force: true });
      } catch {
        // A read-only cache folder: the next run compiles again, as this one did.
      }
    });
  }
  const bundle = new ModuleWithInternals(main, module);
  bundle.filename = main;
  bundle.paths = ModuleWithInternals._nodeModulePaths(dirname(main));
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const requireFromBundle = Module.createRequire(main);
  wrapper.call(bundle.exports, bundle.exports, requireFromBundle, bundle, main, dirname(main));
}

run();
