// Node's zlib, a few times faster than the portable stream, for the byte check (inflateNode, the
// work budget's Inflater) and for the content-stream reader (inflateSyncNode, one call per stream).
import { constants as zlibConstants, inflateRawSync, inflateSync } from 'node:zlib';
import type { InflateSync } from './reader/pdfFile';
import { inflateChunks, type Inflater } from './workBudget';

/**
 * In one call: output capped at the limit + 1 (past it the stream is over budget anyway), a
 * truncated stream decoded as far as it goes (sync flush), a wrong checksum ignored (raw deflate,
 * as pdf.js reads it). Damage inside the data falls back to the stream, which keeps what came
 * before the damage.
 */
export const inflateNode: Inflater = (data, limit, onChunk) => {
  const options = { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, limit + 1) };
  for (const inflate of [() => inflateSync(data, options), () => inflateRawSync(data.subarray(2), options)]) {
    try {
      onChunk(inflate());
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    }
  }
  return inflateChunks(data, limit, onChunk);
};

/** In one call: a truncated stream decoded as far as it goes, a wrong checksum ignored, output capped. */
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
