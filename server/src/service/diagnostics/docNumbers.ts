import { t } from '../l10n.js';
import { findDocNumbers, findTitleCitations } from '../names/citations.js';
import { nameKey } from '../text/normalize.js';
import { titleRange } from '../features/describe.js';
import type { CheckContext } from './checkContext.js';
import type { PolicyDiagnostic } from './policyDiagnostic.js';

/**
 * doc.number-mismatch: wrong brackets ([2022] for 〔2022〕), a 文号 cited with another document's
 * title (《A》（B的文号）), or a 文号 the corpus does not know (information).
 */
export function findDocNumberProblems(context: CheckContext): PolicyDiagnostic[] {
  const { draft, index, locale } = context;
  const out: PolicyDiagnostic[] = [];
  for (let line = 0; line < draft.lines.lineCount; line++) {
    const text = draft.lines.lineText(line);
    if (!/\d{4}/.test(text)) continue;
    const lineStart = draft.lines.lineStart(line);
    const titles = findTitleCitations(text);
    for (const number of findDocNumbers(text)) {
      const range = draft.lines.rangeOf(lineStart + number.start, lineStart + number.end);
      const document = index.findDocument(number.canonical);
      const related = document
        ? [
            {
              uri: document.uri,
              range: titleRange(document),
              message: `《${document.meta.title}》${document.meta.docNumber ?? ''}`,
            },
          ]
        : [];
      if (number.wrongBrackets) {
        out.push({
          code: 'doc.number-mismatch',
          range,
          severity: 'warning',
          message: t(
            locale,
            `文号年份应使用六角括号：${number.canonical}`,
            `The year in a document number takes 〔〕: ${number.canonical}`,
          ),
          related,
          fixes: [
            {
              title: t(locale, `改为${number.canonical}`, `Change to ${number.canonical}`),
              range,
              newText: number.canonical,
              preferred: true,
            },
          ],
        });
        continue;
      }
      if (!document) {
        out.push({
          code: 'doc.number-mismatch',
          range,
          severity: 'info',
          message: t(
            locale,
            `语料中没有文号为${number.canonical}的文件，请核实`,
            `The corpus has no document numbered ${number.canonical}: check it`,
          ),
          related: [],
          fixes: [],
        });
        continue;
      }
      // A title right before the number, as in 《…》（粤办函〔2022〕24号）, must be that document's.
      const title = titles.filter((c) => c.end <= number.start && number.start - c.end <= 2).at(-1);
      if (!title || nameKey(title.title) === nameKey(document.meta.title)) continue;
      const cited = index.findDocument(title.title);
      const fixes = cited?.meta.docNumber
        ? [
            {
              title: t(locale, `改为${cited.meta.docNumber}`, `Change to ${cited.meta.docNumber}`),
              range,
              newText: cited.meta.docNumber,
              preferred: true,
            },
          ]
        : [];
      out.push({
        code: 'doc.number-mismatch',
        range,
        severity: 'warning',
        message: t(
          locale,
          `${number.canonical}是《${document.meta.title}》的文号，不是《${title.title}》的`,
          `${number.canonical} is the number of 《${document.meta.title}》, not of 《${title.title}》`,
        ),
        related,
        fixes,
      });
    }
  }
  return out;
}
