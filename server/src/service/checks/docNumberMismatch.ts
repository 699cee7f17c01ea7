// doc.number-mismatch: a 文号 with the wrong brackets ([2022] for 〔2022〕), a 文号 cited with another
// document's title (《A》（B的文号）), or a 文号 the corpus does not know (information).
import { titleRange } from '../features/describe.js';
import { message } from '../messages.js';
import { findDocNumbers, findTitleCitations } from '../names/citations.js';
import { nameKey } from '../text/normalize.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { Range } from '../model.js';
import type { Check } from './check.js';
import type { CheckContext } from './context.js';
import { lineFindings, lineFindingsKey } from './lineFindings.js';
import { slipBetween } from './names/slip.js';
import type { Finding } from './finding.js';

/** A 文号 is read within its line: the findings are kept per line text. */
const PER_LINE = lineFindingsKey('doc.number-mismatch');

export const docNumberMismatch: Check = {
  code: 'doc.number-mismatch',
  *run(context) {
    const out: Finding[] = [];
    for (let line = 0; line < context.draft.lines.lineCount; line++) {
      if (!/\d{4}/.test(context.draft.lines.lineText(line))) continue;
      yield;
      out.push(...lineFindings(context, PER_LINE, line, (text) => lineCheck(context, line, text)));
    }
    return out;
  },
};

function lineCheck(context: CheckContext, line: number, text: string): Finding[] {
  const { draft, index, locale } = context;
  const out: Finding[] = [];
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
      // Only the brackets change: the fix cannot touch the issuer code or the words before it.
      const bracketRange = draft.lines.rangeOf(lineStart + number.yearStart, lineStart + number.yearEnd);
      out.push({
        code: 'doc.number-mismatch',
        range,
        confidence: 'certain',
        evidence: [{ signal: 'wrong-brackets', detail: number.text }],
        message: message(locale, 'docNumberBrackets', { canonical: number.canonical }),
        related,
        fixes: [
          {
            title: message(locale, 'changeToPlain', { text: number.canonical }),
            range: bracketRange,
            newText: `〔${number.year}〕`,
            safe: true,
          },
        ],
      });
      continue;
    }
    if (!document) {
      const meant = likelyMeant(
        index,
        number.canonical,
        titles.filter((c) => c.end <= number.start && number.start - c.end <= 2).at(-1)?.title,
      );
      if (meant) {
        out.push({
          code: 'doc.number-mismatch',
          range,
          confidence: 'likely',
          evidence: [{ signal: meant.why, detail: meant.number }],
          message: message(locale, 'docNumberMeant', {
            number: number.canonical,
            meant: meant.number,
            title: meant.title,
          }),
          related: [{ uri: meant.uri, range: meant.range, message: `《${meant.title}》${meant.number}` }],
          fixes: [
            {
              title: message(locale, 'changeToPlain', { text: meant.number }),
              range,
              newText: meant.number,
              safe: false,
            },
          ],
        });
        continue;
      }
      out.push({
        code: 'doc.number-mismatch',
        range,
        confidence: 'possible',
        evidence: [],
        message: message(locale, 'docNumberUnknown', { number: number.canonical }),
        related: [],
        fixes: [],
      });
      continue;
    }
    // A title right before the number, as in 《…》（粤办函〔2022〕24号）, must be that document's — or the
    // notice that issued it (《…关于印发…2022年工作要点的通知》 carries the same 文号).
    const title = titles.filter((c) => c.end <= number.start && number.start - c.end <= 2).at(-1);
    if (!title) continue;
    const cited = nameKey(title.title);
    const own = nameKey(document.meta.title);
    if (cited === own || cited.includes(own) || own.includes(cited)) continue;
    const citedDocument = index.findDocument(title.title);
    out.push({
      code: 'doc.number-mismatch',
      range,
      confidence: 'likely',
      evidence: [{ signal: 'title-mismatch', detail: document.meta.title }],
      message: message(locale, 'docNumberOtherTitle', {
        number: number.canonical,
        owner: document.meta.title,
        cited: title.title,
      }),
      related,
      fixes: citedDocument?.meta.docNumber
        ? [
            {
              title: message(locale, 'changeToPlain', { text: citedDocument.meta.docNumber }),
              range,
              newText: citedDocument.meta.docNumber,
              safe: false,
            },
          ]
        : [],
    });
  }
  return out;
}

interface Meant {
  readonly number: string;
  readonly title: string;
  readonly uri: string;
  readonly range: Range;
  readonly why: 'title-mismatch' | 'near-number';
}

/**
 * The corpus document an unknown 文号 most likely means: the one whose title is cited right before it
 * (《…实施意见》（粤府〔2022〕47号） when the opinions are 粤府〔2023〕47号), or one of the same issuer
 * code whose number differs by one slip of a digit (74号 for 47号, 〔2022〕 for 〔2023〕).
 */
function likelyMeant(index: CorpusIndex, canonical: string, citedTitle: string | undefined): Meant | undefined {
  const meant = (doc: NonNullable<ReturnType<CorpusIndex['findDocument']>>, why: Meant['why']): Meant => ({
    number: doc.meta.docNumber!,
    title: doc.meta.title,
    uri: doc.uri,
    range: titleRange(doc),
    why,
  });
  const cited = citedTitle ? index.findDocument(citedTitle) : undefined;
  if (cited?.meta.docNumber) return meant(cited, 'title-mismatch');
  const parts = /^(.*)〔(\d{4})〕(\d+)号$/.exec(canonical);
  if (!parts) return undefined;
  for (const doc of index.documents) {
    const other = doc.meta.docNumber ? /^(.*)〔(\d{4})〕(\d+)号$/.exec(doc.meta.docNumber) : null;
    if (!other || other[1] !== parts[1]) continue;
    const sameYear = other[2] === parts[2];
    const slip = sameYear
      ? slipBetween(parts[3], other[3])
      : parts[3] === other[3]
        ? slipBetween(parts[2], other[2])
        : undefined;
    if (slip?.kind === 'adjacent-swap' || (slip?.kind === 'substitution' && (!sameYear || parts[3].length >= 2))) {
      return meant(doc, 'near-number');
    }
  }
  return undefined;
}
