import type { Locale } from '../l10n.js';
import { CORPUS_FILE_MESSAGES as M } from '../messages/corpusFiles.js';
import { say } from '../messages/entry.js';

/** Files above this size are refused: a policy document is a few hundred KB at most. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Decodes a corpus file as UTF-8, refusing binary, oversized and non-UTF-8 (e.g. GBK) content with a
 * message the user can act on. A BOM is dropped; CRLF is left to the line index.
 */
export function decodeCorpusFile(
  content: Uint8Array | string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
  locale: Locale = 'zh',
): DecodeResult {
  const fail = (message: string): DecodeResult => ({ ok: false, message });
  const size = typeof content === 'string' ? content.length * 2 : content.byteLength;
  if (size > maxBytes) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return fail(say(locale, M.tooLarge, { mb, limitMb: Math.round(maxBytes / 1024 / 1024) }));
  }
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    if (looksBinary(content)) return fail(say(locale, M.binary, {}));
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return fail(say(locale, M.notUtf8, {}));
    }
  }
  if (text.includes('\u0000')) return fail(say(locale, M.binary, {}));
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}
