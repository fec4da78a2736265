// Many government sites still serve GB2312/GBK: the charset of HTML bytes is sniffed as a browser
// would (BOM, then <meta charset> / http-equiv in the first 1024 bytes), defaulting to UTF-8.
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  // Browsers read gb2312 and gbk as GBK's superset; gb18030 covers both.
  if (label === 'gb2312' || label === 'gbk' || label === 'x-gbk') return 'gb18030';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

export function decodeHtmlBytes(bytes: Uint8Array): string {
  return new TextDecoder(sniffCharset(bytes)).decode(bytes);
}
