// pdf.js reports failures as exceptions named by class (PasswordException, InvalidPDFException …);
// the worker passes them over postMessage, so match by `name`, never by instanceof.
import { ExtractError } from '../errors';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether the bytes start like a PDF (the header may follow up to 1 KB of junk, as readers allow). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (bytes[i + j] !== PDF_MAGIC[j]) continue outer;
    return true;
  }
  return false;
}

/** Map any error thrown while loading or reading a PDF to an ExtractError. */
export function toExtractError(err: unknown): ExtractError {
  if (err instanceof ExtractError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = (err as { message?: string } | null)?.message ?? String(err);
  switch (name) {
    case 'PasswordException':
      return new ExtractError('encrypted', message);
    case 'InvalidPDFException':
    case 'FormatError':
    case 'UnknownErrorException':
      return new ExtractError('truncated', message);
    case 'ResponseException':
    case 'MissingPDFException':
      return new ExtractError('unreadable', message);
    default:
      return new ExtractError('truncated', message || name || null);
  }
}
