// Which <img> of a page is content worth naming (a table or chart published as a picture) and
// which is page furniture (logo, icon, share button, spacer). Decided from what the markup says:
// a furniture file name, the declared size (attribute or inline style) or the picture's own size
// on a live page, and when no size is known, a CMS upload's numbered file name.
import type { RawImage } from '../raw';

/** Smaller than this in either direction, a picture holds no table. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 100;
/** Wider than this many heights, a picture is a banner strip, not a table. */
const MAX_ASPECT = 6;
/** File names of page furniture. */
const FURNITURE = /logo|banner|icon|ico_|btn|button|arrow|spacer|blank|qrcode|erweima|share|print|close|totop|gotop|search|jiathis|wza|gongan|beian|jiucuo|conac|weixin|weibo|wechat|^ad\d*\./i;

function declaredSize(el: Element, name: 'width' | 'height'): number | null {
  const style = el.getAttribute('style') ?? '';
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style);
  if (m) return Number(m[1]);
  const attr = el.getAttribute(name);
  if (attr && /^\s*\d+(\.\d+)?\s*(px)?\s*$/i.test(attr)) return Number.parseFloat(attr);
  // A live page knows the picture's own size once loaded; linkedom reports 0.
  const natural = (el as Partial<HTMLImageElement>)[name === 'width' ? 'naturalWidth' : 'naturalHeight'];
  return typeof natural === 'number' && natural > 0 ? natural : null;
}

export function contentImage(el: Element): RawImage | null {
  const src = (el.getAttribute('src') ?? el.getAttribute('data-src') ?? '').trim();
  if (!src || src.startsWith('data:') || el.hasAttribute('onclick')) return null; // inline dots, buttons
  const alt = (el.getAttribute('alt') ?? el.getAttribute('title') ?? '').trim();
  const name = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  if (FURNITURE.test(name)) return null;
  const w = declaredSize(el, 'width');
  const h = declaredSize(el, 'height');
  if ((w !== null && w < MIN_WIDTH) || (h !== null && h < MIN_HEIGHT)) return null;
  if (w !== null && h !== null && w > h * MAX_ASPECT) return null; // a banner strip
  // Size unknown (no attributes, not rendered): a CMS upload has a numbered name ("93721520404823043.gif").
  if (w === null && h === null && !/\d{6,}/.test(name) && !alt.includes('表')) return null;
  const image: RawImage = { src, page: null };
  if (alt) image.alt = alt;
  return image;
}
