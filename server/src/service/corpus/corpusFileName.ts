// What a corpus document's file is called where a user sees it — editor tabs, Problems, references,
// related information: its date and title (2021-03-25 广东省数字政府改革建设2021年工作要点.md), not an id.
import type { DocumentMeta } from '../model.js';

/** Characters no file system takes in a name; full-width quotes and brackets are kept. */
const UNSAFE = /[\\/:*?"<>|]/g;

export function readableFileName(meta: Pick<DocumentMeta, 'date' | 'title' | 'duplicateOf'>): string {
  const printable = [...meta.title].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  const title = printable.replace(UNSAFE, '_').trim().slice(0, 80);
  return `${meta.date} ${title}${meta.duplicateOf ? '（副本）' : ''}.md`;
}
