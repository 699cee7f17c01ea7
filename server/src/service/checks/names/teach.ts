import { message } from '../../messages.js';
import type { KnownName, NameKind } from '../../model.js';
import type { CheckContext } from '../context.js';
import type { FindingCommand } from '../finding.js';

/** The server command that records a lesson in the workspace registry (.policy-lens/registry.yaml). */
export const TEACH_COMMAND = 'policyLens.teach';

/**
 * What the user teaches: a name the corpus lacks, a new name that replaces a known one, or an ordinary
 * word that is no slip of any name. Written to the registry of the workspace folder holding the draft.
 */
export interface Lesson {
  readonly draftUri: string;
  readonly lesson: 'name' | 'rename' | 'ordinary';
  readonly name: string;
  readonly kind?: NameKind;
  /** For a rename: the name it replaces. */
  readonly replaces?: string;
}

/** The teaching commands a name finding offers: add the name, record it as a rename, or as a word. */
export function teachCommands(context: CheckContext, written: string, known: KnownName): FindingCommand[] {
  const { locale } = context;
  const uri = context.draft.uri;
  const lesson = (l: Omit<Lesson, 'draftUri'>): readonly unknown[] => [{ draftUri: uri, ...l } satisfies Lesson];
  const commands: FindingCommand[] = [
    {
      title: message(locale, 'teachName', { name: written }),
      command: TEACH_COMMAND,
      arguments: lesson({ lesson: 'name', name: written, kind: known.kind }),
    },
  ];
  if (known.kind === 'agency' || known.kind === 'platform') {
    commands.push({
      title: message(locale, 'teachRename', { name: written, old: known.name }),
      command: TEACH_COMMAND,
      arguments: lesson({ lesson: 'rename', name: written, kind: known.kind, replaces: known.name }),
    });
  }
  commands.push({
    title: message(locale, 'teachOrdinary', { name: written }),
    command: TEACH_COMMAND,
    arguments: lesson({ lesson: 'ordinary', name: written }),
  });
  return commands;
}
