// The policyLens.teach command (a finding's "this name is real" / "this is an ordinary word"): the lesson
// goes into the registry of the workspace folder that holds the draft, and the corpus is indexed again.
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lesson } from '../service/checks/names/teach.js';
import type { Locale } from '../service/l10n.js';
import type { Logger } from '../service/languageService.js';
import { say } from '../service/messages/entry.js';
import { SERVER_MESSAGES as M } from '../service/messages/server.js';
import { recordLesson, workspaceRegistryPath } from './workspaceRegistry.js';

export interface TeachDeps {
  readonly roots: () => readonly string[];
  readonly logger: Logger;
  readonly locale: () => Locale;
  /** Re-reads the corpus settings and re-indexes: every open draft is then checked again. */
  readonly relearn: () => Promise<unknown>;
  /** Shows an error to the user (the log alone would go unseen). */
  readonly tell: (message: string) => void;
}

export async function runTeachCommand(args: readonly unknown[] | undefined, deps: TeachDeps): Promise<void> {
  try {
    const lesson = args?.[0] as Lesson | undefined;
    if (!lesson || typeof lesson.name !== 'string' || typeof lesson.draftUri !== 'string') return;
    const path = workspaceRegistryPath(workspaceRootOf(lesson.draftUri, deps.roots()));
    recordLesson(path, lesson);
    deps.logger.info(say(deps.locale(), M.recordedInRegistry, { lesson: lesson.lesson, name: lesson.name, path }));
    await deps.relearn();
  } catch (error) {
    const message = say(deps.locale(), M.cannotWriteRegistry, { error: (error as Error).message });
    deps.logger.error(message);
    deps.tell(message);
  }
}

/** The workspace folder holding a draft (the deepest that contains it), else the draft's own folder. */
function workspaceRootOf(draftUri: string, roots: readonly string[]): string {
  const path = draftUri.startsWith('file:') ? fileURLToPath(draftUri) : draftUri;
  const containing = roots.filter((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
  return containing.sort((a, b) => b.length - a.length)[0] ?? dirname(path);
}
