// Node's zlib for the content-stream reader, in one call: a truncated stream decoded as far as it
// goes (sync flush), a wrong checksum ignored (raw deflate, as pdf.js reads it), output capped.
import { constants as zlibConstants, inflateRawSync, inflateSync } from 'node:zlib';
import type { InflateSync } from './pdfFile';

export function inflateSyncNode(maxOutputLength: number): InflateSync {
  const options = { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, maxOutputLength) };
  return (data) => {
    try {
      return inflateSync(data, options);
    } catch {
      try {
        return inflateRawSync(data.subarray(2), options);
      } catch {
        return null;
      }
    }
  };
}
