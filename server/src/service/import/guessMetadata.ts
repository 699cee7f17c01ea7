import type { ImportWarning, MetadataField } from '../messages/import.js';
import type { DocumentKind, DocumentMeta } from '../model.js';
import { guessPeriod, isoDate } from './guessDates.js';
import { docNumberIn, guessTitle, kindOfTitle, looksLikeTitle, plainText } from './guessTitle.js';
import { isDateLine } from './lineKinds.js';
import type { Unit } from './sourceText.js';
import { formatJurisdiction, jurisdictionNamed } from '../language/jurisdiction.js';

/** What the importer knows about a source besides its body. */
export interface MetadataClues {
  readonly units: readonly Unit[];
  readonly sourceFields: Readonly<Record<string, string>>;
  readonly portalFields: Readonly<Record<string, string>>;
}

/** The metadata the text itself states; undefined where it does not say. */
export interface MetadataGuess {
  title?: string;
  docNumber?: string;
  issuer?: string;
  date?: string;
  kind?: DocumentKind;
  period?: [number, number];
  jurisdiction?: string;
}

/** Only the opening of a document carries its title, 文号 and signature. */
const OPENING_UNITS = 30;

/** An agency name as it signs or heads a document. */
const AGENCY =
  /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公厅|办公室|委员会|委|局|厅|部|署|院|中心|小组)(?:文件)?$/;

export function guessMetadata(clues: MetadataClues): MetadataGuess {
  const { sourceFields: source, portalFields: portal } = clues;
  const opening = clues.units.slice(0, OPENING_UNITS).flatMap((unit) => (unit.kind === 'text' ? [unit.text] : []));
  const titleGuess = guessTitle([
    source.title ?? source['标题'],
    portal['标题'] ?? portal['名称'],
    opening.find(looksLikeTitle),
  ]);
  const kind = titleGuess.title ? kindOfTitle(titleGuess.title) : undefined;
  const texts = clues.units.flatMap((unit) => (unit.kind === 'text' ? [unit.text] : []));
  const date = firstDefined([
    isoDate(source.date ?? source['成文日期']),
    isoDate(portal['成文日期'] ?? portal['发文日期'] ?? portal['印发日期']),
    isoDate(opening.find(isDateLine)),
  ]);
  const issuedYear = (iso: string | undefined) => (iso ? Number(iso.slice(0, 4)) : undefined);
  const issuer = firstDefined([
    source.author ?? source.issuer ?? source.publisher ?? source['发文机关'],
    portal['发文机关'] ?? portal['发布机构'] ?? portal['发文单位'],
    titleGuess.issuer,
    signatureIssuer(opening),
    mastheadIssuer(opening),
  ]);
  return {
    jurisdiction: jurisdictionOf(issuer, titleGuess.title, source.unit),
    title: titleGuess.title,
    kind,
    docNumber: firstDefined([
      ...Object.values(source).map(docNumberIn),
      docNumberIn(portal['文号'] ?? portal['发文字号']),
      ...opening.map(docNumberIn),
    ]),
    issuer,
    date,
    period: titleGuess.title
      ? guessPeriod(titleGuess.title, texts, kind === '工作要点' || kind === '要点', issuedYear(date))
      : undefined,
  };
}

/**
 * Whose document it is, from its issuer (江苏省人民政府办公厅 -> 江苏省), else its title or a `unit` field:
 * 全国 for the central bodies (中共中央、国务院).
 */
function jurisdictionOf(issuer?: string, title?: string, unit?: string): string | undefined {
  if (issuer && /^(?:中共中央|国务院|中央|全国人大|国家)/.test(issuer)) return '全国';
  for (const text of [issuer, title, unit]) {
    const named = text ? jurisdictionNamed(text) : undefined;
    if (named) return formatJurisdiction(named);
  }
  return undefined;
}

/** The agency signing above the date line (省政府办公厅 / 2022年2月28日). */
function signatureIssuer(opening: readonly string[]): string | undefined {
  const dateAt = opening.findIndex(isDateLine);
  if (dateAt <= 0) return undefined;
  const signer = plainText(opening[dateAt - 1]);
  return AGENCY.test(signer) ? signer : undefined;
}

/** The agency printed as the document's masthead (广东省人民政府办公厅 / …文件). */
function mastheadIssuer(opening: readonly string[]): string | undefined {
  const first = opening.length > 0 ? plainText(opening[0]) : '';
  return AGENCY.test(first) ? first.replace(/文件$/, '') : undefined;
}

function firstDefined<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  return values.find((value) => value !== undefined && value !== '');
}

const GUESSED_FIELDS: readonly (keyof MetadataGuess & MetadataField)[] = [
  'title',
  'docNumber',
  'issuer',
  'date',
  'kind',
  'period',
  'jurisdiction',
];

/** A warning per field neither the text nor the caller stated. */
export function missingFieldWarnings(guess: MetadataGuess, supplied: Partial<DocumentMeta>): ImportWarning[] {
  return GUESSED_FIELDS.filter((field) => guess[field] === undefined && supplied[field] === undefined).map((field) => ({
    kind: 'missing-field',
    field,
  }));
}
