// Semantic tokens for what only the corpus index knows: the TextMate grammar can colour every quoted
// name, but only the index can tell a platform from an agency, a glossary term or an indicator, a known
// brand from one nobody has heard of, and a current name from a replaced one.
import type { Range, SemanticTokens } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { KnownName, NameKind } from '../model.js';
import { quotedBrand } from '../names/platforms.js';
import type { DraftDocument } from './documentText.js';

/**
 * The legend, in the order of the token type indices. The ids are the ones package.json's
 * contributes.semanticTokenTypes declares (a unit test keeps them in step).
 */
export const SEMANTIC_TOKEN_TYPES = ['platform', 'unknownBrand', 'glossaryTerm', 'indicator', 'agency'] as const;
/** `deprecated` is one of LSP's standard modifiers: themes already know it. */
export const SEMANTIC_TOKEN_MODIFIERS = ['deprecated'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** One token, as a test or a client that does not decode LSP's relative encoding reads it. */
export interface PolicyToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: SemanticTokenType;
  readonly deprecated: boolean;
}

const TYPE_OF: Partial<Record<NameKind, SemanticTokenType>> = {
  platform: 'platform',
  agency: 'agency',
  term: 'glossaryTerm',
  indicator: 'indicator',
};
// A name may be several things at once (粤省事 the platform and the term): the more specific wins.
// Documents are left to the grammar, which colours every 《title》 already.
const PRECEDENCE: readonly NameKind[] = ['platform', 'agency', 'indicator', 'term'];

/**
 * The draft's tokens, line by line (a token never spans lines), in `range` when given. `replaced` says
 * whether a name, at a place, is used after the corpus shows it was replaced (the checker's finding).
 */
export function policyTokens(
  index: CorpusIndex,
  draft: DraftDocument,
  replaced: (range: Range) => boolean,
  range?: Range,
  token?: CancellationToken,
): PolicyToken[] {
  const first = Math.max(0, range?.start.line ?? 0);
  const last = Math.min(draft.lines.lineCount - 1, range?.end.line ?? draft.lines.lineCount - 1);
  const tokens: PolicyToken[] = [];
  for (let line = first; line <= last; line++) {
    if (token?.isCancellationRequested) return [];
    const text = draft.lines.lineText(line);
    const known: PolicyToken[] = [];
    for (const match of index.matcher.findAll(text)) {
      const name = preferred(match.values);
      if (!name) continue;
      const at = { start: { line, character: match.start }, end: { line, character: match.end } };
      known.push({
        line,
        character: match.start,
        length: match.end - match.start,
        type: TYPE_OF[name.kind]!,
        deprecated: match.values.some((v) => v.deprecated !== undefined) || replaced(at),
      });
    }
    // An unknown brand (“粤省事通”) may hold a known one: the unknown whole wins, as tokens may not overlap.
    const unknown = unknownBrands(index, text, line);
    const inside = (t: PolicyToken) =>
      unknown.some((u) => t.character < u.character + u.length && u.character < t.character + t.length);
    tokens.push(...[...known.filter((t) => !inside(t)), ...unknown].sort((a, b) => a.character - b.character));
  }
  return tokens;
}

function preferred(names: readonly KnownName[]): KnownName | undefined {
  for (const kind of PRECEDENCE) {
    const name = names.find((n) => n.kind === kind);
    if (name) return name;
  }
  return undefined;
}

/** “粤X” the corpus neither names nor writes anywhere: the same test as name.unknown-platform. */
function unknownBrands(index: CorpusIndex, text: string, line: number): PolicyToken[] {
  const out: PolicyToken[] = [];
  for (const prefix of index.brandPrefixes) {
    for (const match of text.matchAll(quotedBrand(prefix))) {
      const name = match[1];
      if (index.lookupName(name).length > 0 || index.isAttested(name)) continue;
      out.push({ line, character: match.index + 1, length: name.length, type: 'unknownBrand', deprecated: false });
    }
  }
  return out;
}

/** LSP's encoding: five integers per token, line and start relative to the previous token. */
export function encodeTokens(tokens: readonly PolicyToken[]): SemanticTokens {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const t of tokens) {
    data.push(
      t.line - line,
      t.line === line ? t.character - character : t.character,
      t.length,
      SEMANTIC_TOKEN_TYPES.indexOf(t.type),
      t.deprecated ? 1 : 0,
    );
    line = t.line;
    character = t.character;
  }
  return { data };
}
