import { LineIndex } from '../text/lineIndex.js';

/** An open draft as features see it: the text and a position index over it, built once per version. */
export interface DraftDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lines: LineIndex;
}

export function draftDocument(uri: string, version: number, text: string): DraftDocument {
  return { uri, version, text, lines: new LineIndex(text, { keepLineTexts: true }) };
}
