// Reads one CLI input (file path or http(s) URL) and decides its format from the bytes first,
// then the name or content type. Failures become ExtractError('unreadable' | 'unsupported').
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ExtractError } from '../lib/extract/errors';
import { fetchCapped } from './fetchCapped';
import { USER_AGENT } from './userAgent';
import { SHEET_EXTENSIONS, sniffOfficeFormat } from '../lib/extract/officeFormat';

export type InputFormat = 'pdf' | 'html' | 'text' | 'sheet' | 'docx';

export interface LoadedInput {
  source: string;
  format: InputFormat;
  bytes: Uint8Array;
}

/** Bytes already in hand (a crawl's download): checked without reading anything again. */
export interface InputBytes {
  source: string;
  bytes: Uint8Array;
  contentType?: string;
}

export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

export async function loadInput(source: string, opts: { timeoutMs?: number } = {}): Promise<LoadedInput> {
  if (isUrl(source)) {
    const res = await fetchCapped(source, { maxBytes: MAX_INPUT_BYTES, timeoutMs: opts.timeoutMs ?? 60_000, headers: { 'user-agent': USER_AGENT } });
    if (res.status < 200 || res.status > 299) throw new ExtractError('unreadable', `${source}: HTTP ${res.status}`);
    return fromBytes({ source, bytes: res.bytes, contentType: res.contentType });
  }
  let bytes: Uint8Array;
  try {
    // Size first: a huge file is refused before it is read into memory.
    if ((await stat(source)).size > MAX_INPUT_BYTES) throw new ExtractError('unsupported', `${source}: 文件过大 file too large`);
    bytes = new Uint8Array(await readFile(source));
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在 no such file' : code === 'EISDIR' ? '是目录 is a directory' : (e as Error).message;
    throw new ExtractError('unreadable', `${source}: ${why}`);
  }
  return fromBytes({ source, bytes });
}

export function fromBytes(input: InputBytes): LoadedInput {
  const { source, bytes } = input;
  if (bytes.length > MAX_INPUT_BYTES) throw new ExtractError('unsupported', `${source}: 文件过大 file too large`);
  return { source, bytes, format: detectFormat(bytes, isUrl(source) ? urlPath(source) : source, input.contentType ?? '') };
}

function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

const OFFICE_TYPES: [RegExp, InputFormat][] = [
  [/spreadsheetml/i, 'sheet'],
  [/application\/(vnd\.ms-excel|x-xls|excel)\b/i, 'sheet'],
  [/wordprocessingml/i, 'docx'],
];

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
  for (const [type, format] of OFFICE_TYPES) if (type.test(contentType)) return format;
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || /text\/html|xhtml/i.test(contentType)) return 'html';
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
