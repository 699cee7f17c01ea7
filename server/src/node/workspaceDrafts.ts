import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { draftDocument, type DraftDocument } from '../service/features/documentText.js';

const MAX_DRAFT_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 2000;

/**
 * The workspace's Markdown drafts for "find references": open documents as edited, the rest as on
 * disk (cached by modification time, so repeated searches do not re-read unchanged files).
 */
export class WorkspaceDrafts {
  private roots: string[] = [];
  private readonly cache = new Map<string, { mtimeMs: number; draft: DraftDocument }>();

  constructor(
    private readonly openDrafts: () => Iterable<DraftDocument>,
    private readonly isCorpus: (uri: string) => boolean,
  ) {}

  setRoots(roots: readonly string[]): void {
    this.roots = [...roots];
  }

  *all(): Iterable<DraftDocument> {
    const open = new Map<string, DraftDocument>();
    for (const draft of this.openDrafts()) if (!this.isCorpus(draft.uri)) open.set(draft.uri, draft);
    yield* open.values();
    for (const path of this.markdownFiles()) {
      const uri = pathToFileURL(path).toString();
      if (open.has(uri) || this.isCorpus(uri)) continue;
      const draft = this.read(path, uri);
      if (draft) yield draft;
    }
  }

  private read(path: string, uri: string): DraftDocument | undefined {
    try {
      const stat = statSync(path);
      if (stat.size > MAX_DRAFT_BYTES) return undefined;
      const cached = this.cache.get(path);
      if (cached && cached.mtimeMs === stat.mtimeMs) return cached.draft;
      const draft = draftDocument(uri, 0, readFileSync(path, 'utf8'));
      this.cache.set(path, { mtimeMs: stat.mtimeMs, draft });
      return draft;
    } catch {
      return undefined; // deleted or unreadable meanwhile: nothing to search
    }
  }

  private markdownFiles(): string[] {
    const files: string[] = [];
    const visit = (dir: string, depth: number) => {
      if (depth > 8 || files.length >= MAX_FILES) return;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules' || name === 'dist' || name === 'out') continue;
        const path = join(dir, name);
        if (name.toLowerCase().endsWith('.md')) {
          files.push(path);
          continue;
        }
        try {
          if (statSync(path).isDirectory()) visit(path, depth + 1);
        } catch {
          // a dangling link: skip
        }
      }
    };
    for (const root of this.roots) visit(root, 0);
    return files;
  }
}
