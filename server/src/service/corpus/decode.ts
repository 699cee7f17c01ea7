/** Files above this size are refused: a policy document is a few hundred KB at most. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Decodes a corpus file as UTF-8, refusing binary, oversized and non-UTF-8 (e.g. GBK) content with a
 * message the user can act on. A BOM is dropped; CRLF is left to the line index.
 */
export function decodeCorpusFile(content: Uint8Array | string, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  const size = typeof content === 'string' ? content.length * 2 : content.byteLength;
  if (size > maxBytes) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `文件过大（${mb} MB，上限 ${Math.round(maxBytes / 1024 / 1024)} MB），已跳过 / file too large (${mb} MB), skipped` };
  }
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    if (looksBinary(content)) return { ok: false, message: '这是二进制文件，不是文本 / binary file, not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return { ok: false, message: '不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8 / not UTF-8 (GBK?): save it as UTF-8' };
    }
  }
  if (text.includes('\u0000')) return { ok: false, message: '这是二进制文件，不是文本 / binary file, not text' };
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
