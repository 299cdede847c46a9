/**
 * Reading what the command-line tools are given: a path, `-` for standard input, or a
 * file:// URL, never more than a size limit (a device such as /dev/zero never ends),
 * and a note when the bytes do not look like the kind of file the tool expects.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Exit codes shared by `scan` and `validate` (documented in each `--help`). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A usage mistake (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input could not be read or is refused (too large, missing): exit code 1. */
export class InputError extends Error {
  override name = 'InputError';
}

const MB = 1024 * 1024;
const CHUNK = 1 * MB;

export function describeBytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB` : `${bytes} bytes`;
}

/** The path a source names: a file:// URL becomes a path; other URLs are refused. */
export function sourcePath(source: string): string | 0 {
  if (source === '-') return 0;
  if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) {
    if (!source.startsWith('file:')) throw new InputError(`only local files can be read (got ${source})`);
    return fileURLToPath(source);
  }
  return source;
}

/**
 * Reads at most `limit` bytes from `source`; refuses anything larger before reading it
 * whole (a regular file by its size, a pipe or device once `limit` bytes have come).
 */
export function readLimited(source: string, limit: number): Buffer {
  const path = sourcePath(source);
  let fd: number;
  try {
    fd = path === 0 ? 0 : openSync(path, 'r');
  } catch (error) {
    throw new InputError(`cannot read ${source}: ${(error as Error).message}`);
  }
  const tooLarge = () =>
    new InputError(
      `${source === '-' ? 'standard input' : source} is larger than ${describeBytes(limit)}, the most this tool reads; nothing was scanned`,
    );
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${source} is a directory`);
    if (stat.isFile() && stat.size > limit) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK, null);
      } catch (error) {
        // A pipe with nothing to give yet, or one that closed.
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw new InputError(`cannot read ${source}: ${(error as Error).message}`);
      }
      if (read === 0) break;
      total += read;
      if (total > limit) throw tooLarge();
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/**
 * Why the bytes do not look like an HTML page, or undefined when they do. Only the
 * start is looked at: binary files show NUL bytes early, and a page has markup early.
 */
export function notHtmlReason(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.length === 0) return 'it is empty';
  if (head.includes(0)) return 'it holds binary data (NUL bytes)';
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  if (control / head.length > 0.01) return 'it holds binary data (control bytes)';
  if (!/<\s*[a-z!?/]/i.test(head.toString('utf8'))) return 'it has no HTML markup, so it was read as plain text';
  return undefined;
}
