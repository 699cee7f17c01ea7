// The workspace's own registry (.policy-lens/registry.yaml, the corpus registry's schema): what a drafter
// teaches the checker from a quick fix — a name the corpus lacks, a new name that replaces a known one,
// an ordinary word — kept in the workspace and shared through git. The server and the CLI merge it
// over the corpus registries.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { Lesson } from '../service/checks/names/teach.js';
import { parseRegistry } from '../service/corpus/registry.js';

export const WORKSPACE_REGISTRY = join('.policy-lens', 'registry.yaml');

/** Where a workspace folder keeps its registry. */
export function workspaceRegistryPath(root: string): string {
  return join(root, WORKSPACE_REGISTRY);
}

/** The workspace registries that exist under these roots. */
export function workspaceRegistryFiles(roots: readonly string[]): string[] {
  return roots.map(workspaceRegistryPath).filter((path) => existsSync(path));
}

const HEADER = `# Policy Lens 工作区名录 / workspace registry: names, renames and ordinary words taught from quick fixes.
# Same schema as the corpus registry (corpus/registry.yaml); merged over it. Share it through git.
version: 1
`;

/**
 * Records a lesson in the registry file (created if missing), keeping the file's comments and order,
 * and writes it atomically. Throws with a message naming the file when the existing file is invalid:
 * it is never overwritten then.
 */
export function recordLesson(path: string, lesson: Lesson): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : HEADER;
  const parsed = parseRegistry(text);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
  const document = parseDocument(text);
  if (lesson.lesson === 'ordinary') {
    addToList(document, 'ordinaryWords', lesson.name);
  } else {
    const kind = lesson.kind ?? 'term';
    if (!parsed.registry.names.some((entry) => entry.kind === kind && entry.name === lesson.name)) {
      addToList(document, 'names', { kind, name: lesson.name });
    }
    if (lesson.lesson === 'rename' && lesson.replaces) {
      addToList(document, 'names', {
        kind,
        name: lesson.replaces,
        deprecated: { replacedBy: lesson.name, source: '工作区名录 workspace registry' },
      });
    }
  }
  const out = document.toString();
  // The result must still be a valid registry: a write never leaves a file the loader would refuse.
  const check = parseRegistry(out);
  if (!check.ok) throw new Error(`${path}: ${check.message}`);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, out);
  renameSync(temporary, path);
}

function addToList(document: Document, key: string, value: unknown): void {
  const list = document.get(key, true);
  if (isSeq(list)) {
    const existing = (list.toJSON() as unknown[]).map((item) => JSON.stringify(item));
    if (!existing.includes(JSON.stringify(value))) list.add(document.createNode(value));
    return;
  }
  if (!isMap(document.contents)) throw new Error('the registry is not a YAML mapping');
  document.set(key, document.createNode([value]));
}
