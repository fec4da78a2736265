// Node's zlib, a few times faster than the portable stream, for the byte check (inflateNode, the
// work budget's Inflater) and for the content-stream reader (inflateSyncNode, one call per stream).
import { constants as zlibConstants, inflateRawSync, inflateSync } from 'node:zlib';
import type { InflateSync } from './reader/pdfFile';
import { inflateChunks, type Inflater } from './workBudget';

/**
 * A zlib stream in one call: a truncated stream decoded as far as it goes (sync flush), a wrong
 * checksum ignored (raw deflate, as pdf.js reads it); 'over' past `maxOutputLength`, null when
 * the data is damaged.
 */
function inflateOnce(data: Uint8Array, maxOutputLength: number): Uint8Array | 'over' | null {
  const options = { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, maxOutputLength) };
  for (const inflate of [() => inflateSync(data, options), () => inflateRawSync(data.subarray(2), options)]) {
    try {
      return inflate();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    }
  }
  return null;
}

/**
 * The byte check's inflater: output capped at the limit + 1 (past it the stream is over budget
 * anyway). Damage inside the data falls back to the stream, which keeps what came before the
 * damage.
 */
export const inflateNode: Inflater = (data, limit, onChunk) => {
  const out = inflateOnce(data, limit + 1);
  if (out === 'over') return 'over';
  if (out) {
    onChunk(out);
    return;
  }
  return inflateChunks(data, limit, onChunk);
};

/** The content-stream reader's inflater: the stream, or null (damaged, or past `maxOutputLength`). */
export function inflateSyncNode(maxOutputLength: number): InflateSync {
  return (data) => {
    const out = inflateOnce(data, maxOutputLength);
    return out === 'over' ? null : out;
  };
}
