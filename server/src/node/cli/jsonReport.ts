// The JSON report of `check --format json`, streamed a file at a time (check.ts).
import { relative, sep } from 'node:path';

/**
 * The JSON report, a file at a time: an array with one file per line (`{"file":…,"diagnostics":[…]}`),
 * compact within. A large run never holds its whole report as one string, and cached findings are copied
 * out as stored.
 */
export function printJson(
  files: ReadonlyArray<{ path: string; report: Uint8Array | string }>,
  output: ReportOutput,
): void {
  if (files.length === 0) return output.write('[]\n');
  // Gathered into writes of about a megabyte: one system call per file would cost more than the copy.
  // Where the stream writes several buffers in one call (a pipe), they go as they are; else copied into one.
  let parts: Uint8Array[] = [];
  let bytes = 0;
  const flush = () => {
    if (output.writeAll) output.writeAll(parts);
    else output.write(Buffer.concat(parts));
    parts = [];
    bytes = 0;
  };
  const add = (part: string | Uint8Array) => {
    const chunk = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    parts.push(chunk);
    bytes += chunk.length;
    if (bytes >= 1 << 20) flush();
  };
  add('[\n');
  // The drafts' paths are resolved: one under the working folder is its rest (path.relative normalises
  // both paths again for each of thousands of files).
  const cwd = process.cwd();
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  const shown = (path: string) =>
    path.startsWith(prefix) && path.length > prefix.length ? path.slice(prefix.length) : relative(cwd, path) || path;
  files.forEach((file, i) => {
    const path = JSON.stringify(shown(file.path));
    add(`{"file":${path},"diagnostics":`);
    add(file.report);
    add(`}${i + 1 < files.length ? ',' : ''}\n`);
  });
  add(']\n');
  flush();
}

/** Where the JSON report goes: stdout, or a test's collector. */
export interface ReportOutput {
  write(chunk: string | Uint8Array): void;
  /** Writes the buffers in one call, without joining them (a stream that writes vectors: pipes, sockets). */
  writeAll?(chunks: readonly Uint8Array[]): void;
}

/**
 * stdout. A pipe or a socket writes many buffers in one system call (writev): 27 MB of cached reports
 * went out without being copied into megabyte buffers first (about a tenth of a `--cache` re-run). A file
 * writes each buffer with a call of its own, so there they are joined as before.
 */
export function stdoutOutput(): ReportOutput {
  const stdout = process.stdout as NodeJS.WriteStream & { _writev?: unknown };
  const write = (chunk: string | Uint8Array) => void stdout.write(chunk);
  if (typeof stdout._writev !== 'function') return { write };
  return {
    write,
    writeAll(chunks) {
      stdout.cork();
      for (const chunk of chunks) stdout.write(chunk);
      stdout.uncork();
    },
  };
}
