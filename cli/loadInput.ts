// Reads one CLI input (file path or http(s) URL) and decides its format from the bytes first,
// then the name or content type. Failures become ExtractError('unreadable' | 'unsupported').
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ExtractError } from '../lib/extract/errors';
import { SHEET_EXTENSIONS, sniffOfficeFormat } from '../lib/extract/officeFormat';

export type InputFormat = 'pdf' | 'html' | 'text' | 'sheet' | 'docx';

export interface LoadedInput {
  source: string;
  format: InputFormat;
  bytes: Uint8Array;
}

const MAX_BYTES = 200 * 1024 * 1024;

export async function loadInput(source: string): Promise<LoadedInput> {
  const isUrl = /^https?:\/\//i.test(source);
  let bytes: Uint8Array;
  let contentType = '';
  if (isUrl) {
    let res: Response;
    try {
      res = await fetch(source, { redirect: 'follow', signal: AbortSignal.timeout(60_000) });
    } catch (e) {
      throw new ExtractError('unreadable', `${source}: ${(e as Error).message}`);
    }
    if (!res.ok) throw new ExtractError('unreadable', `${source}: HTTP ${res.status}`);
    contentType = res.headers.get('content-type') ?? '';
    bytes = new Uint8Array(await res.arrayBuffer());
  } else {
    try {
      bytes = new Uint8Array(await readFile(source));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '文件不存在 no such file' : code === 'EISDIR' ? '是目录 is a directory' : (e as Error).message;
      throw new ExtractError('unreadable', `${source}: ${why}`);
    }
  }
  if (bytes.length > MAX_BYTES) throw new ExtractError('unsupported', `${source}: 文件过大 file too large`);
  return { source, format: detectFormat(bytes, isUrl ? urlPath(source) : source, contentType), bytes };
}

function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function detectFormat(bytes: Uint8Array, name: string, contentType = ''): InputFormat {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return 'pdf';
  const office = sniffOfficeFormat(bytes);
  if (office === 'xlsx' || office === 'xls' || office === 'spreadsheet-xml') return 'sheet';
  if (office === 'docx') return 'docx';
  if (office === 'doc') throw new ExtractError('legacy-doc');
  if (office === 'encrypted-ooxml') throw new ExtractError('password');
  const ext = extname(name).toLowerCase();
  if (ext === '.pdf' || /application\/pdf/i.test(contentType)) return 'pdf'; // extractor reports not-pdf
  if (ext === '.html' || ext === '.htm' || /text\/html|xhtml/i.test(contentType)) return 'html';
  if (/^\s*(<!doctype html|<html|<head|<body|<table|<meta)/i.test(head)) return 'html';
  // Named as office files but not one by their bytes: the readers say what they are instead.
  if ((SHEET_EXTENSIONS as readonly string[]).includes(ext)) return 'sheet';
  if (ext === '.docx') return 'docx';
  if (ext === '.doc' || ext === '.wps') throw new ExtractError('legacy-doc');
  if (ext === '.txt' || ext === '.md' || /text\/plain/i.test(contentType) || ext === '') return 'text';
  throw new ExtractError('unsupported', `${name} (${ext})`);
}

/** Decode text / HTML bytes: UTF-8 by default, GB18030 when declared or when UTF-8 fails. */
export function decodeText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?\s*(gb2312|gbk|gb18030)/i.exec(head);
  if (declared) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
