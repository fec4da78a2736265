// A span of a block's displayed text → DOM positions (text node + offset) for a Range.
// Block text is whitespace-collapsed (displayedText), so offsets are mapped through the same
// collapsing; the figure's own text is then searched nearest the expected offset, because a
// narrative parser may have normalised the text it counted in.

export interface TextPoint {
  node: Text;
  offset: number;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0' || c === '\u3000';

/** Every text node under `el` in document order, with the collapsed text and a map back. */
function collapsedText(el: Node): { text: string; points: TextPoint[] } {
  let text = '';
  const points: TextPoint[] = [];
  let lastSpace = true;
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const t = n as Text;
      const s = t.data;
      for (let i = 0; i < s.length; i++) {
        const c = s[i]!;
        if (isSpace(c)) {
          if (lastSpace) continue;
          text += ' ';
          lastSpace = true;
        } else {
          text += c;
          lastSpace = false;
        }
        points.push({ node: t, offset: i });
      }
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11 && n.nodeType !== 9) return;
    const tag = (n as Element).tagName?.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'noscript') return;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return { text, points };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Start and end points of `needle` in `el`'s displayed text, the occurrence nearest `near`
 * (offset in the collapsed text). Spaces are ignored when matching ("547. 82" finds "547.82").
 */
export function locateText(el: Node, needle: string, near: number): { start: TextPoint; end: TextPoint } | null {
  const { text, points } = collapsedText(el);
  const want = squeeze(needle);
  if (!want) return null;
  // Index the non-space characters so a match may span spaces the source had or lacked.
  const dense: number[] = [];
  let denseText = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') continue;
    dense.push(i);
    denseText += text[i];
  }
  let best: number | null = null;
  for (let i = denseText.indexOf(want); i >= 0; i = denseText.indexOf(want, i + 1)) {
    if (best === null || Math.abs(dense[i]! - near) < Math.abs(dense[best]! - near)) best = i;
  }
  if (best === null) return null;
  const first = points[dense[best]!]!;
  const last = points[dense[best + want.length - 1]!]!;
  return { start: first, end: { node: last.node, offset: last.offset + 1 } };
}
