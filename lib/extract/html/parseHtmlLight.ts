// The Node side of HTML reading for the CLI: a string → a light tree with just the DOM the
// walker reads (extractHtmlRaw, tableGrid, displayedText, contentImage: nodeType, data, child
// and sibling links, element siblings, getAttribute/hasAttribute, localName/tagName,
// getElementsByTagName, textContent, documentElement). Built by htmlparser2 — the tokenizer and
// tree rules linkedom itself runs — with plain objects instead of linkedom's full DOM nodes:
// on the largest seed page (670 KB of Word HTML) parsing went from ~200 ms (plus ~160 ms to load
// linkedom) to ~100 ms. Attribute names are lower-cased as a browser's HTML parser does; the
// first of two same-named attributes wins, as in a browser. Tests and tools that need a full DOM
// (querySelector, events) use parseHtmlNode (linkedom).
import { Parser } from 'htmlparser2';

abstract class LightNode {
  parentNode: LightParent | null = null;
  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;
  abstract readonly nodeType: number;
  get ownerDocument(): LightDocument | null {
    let n: LightNode | null = this.parentNode;
    while (n && !(n instanceof LightDocument)) n = n.parentNode;
    return n;
  }
}

/** Text (3), CDATA (4) and comments (8). */
class LightData extends LightNode {
  constructor(
    readonly nodeType: 3 | 4 | 8,
    public data: string,
  ) {
    super();
  }
}

abstract class LightParent extends LightNode {
  firstChild: LightNode | null = null;
  lastChild: LightNode | null = null;

  append(child: LightNode): void {
    child.parentNode = this;
    child.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }

  get firstElementChild(): LightElement | null {
    let c = this.firstChild;
    while (c && !(c instanceof LightElement)) c = c.nextSibling;
    return c;
  }

  /** Descendants in document order; iterative (hostile pages nest thousands deep). */
  getElementsByTagName(name: string): LightElement[] {
    const want = name.toLowerCase();
    const out: LightElement[] = [];
    for (const el of this.descendants()) if (want === '*' || el.localName === want) out.push(el);
    return out;
  }

  get textContent(): string {
    const parts: string[] = [];
    const stack: LightNode[] = [];
    for (let c = this.lastChild; c; c = c.previousSibling) stack.push(c);
    while (stack.length) {
      const n = stack.pop()!;
      if (n instanceof LightData) {
        if (n.nodeType !== 8) parts.push(n.data);
      } else if (n instanceof LightParent) {
        for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
      }
    }
    return parts.join('');
  }

  private *descendants(): Generator<LightElement> {
    const stack: LightNode[] = [];
    for (let c = this.lastChild; c; c = c.previousSibling) stack.push(c);
    while (stack.length) {
      const n = stack.pop()!;
      if (!(n instanceof LightElement)) continue;
      yield n;
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
}

class LightElement extends LightParent {
  readonly nodeType = 1;
  constructor(
    readonly localName: string,
    private readonly attributes: Map<string, string>,
  ) {
    super();
  }
  get tagName(): string {
    return this.localName.toUpperCase();
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }
  get nextElementSibling(): LightElement | null {
    let c = this.nextSibling;
    while (c && !(c instanceof LightElement)) c = c.nextSibling;
    return c;
  }
}

class LightDocument extends LightParent {
  readonly nodeType = 9;
  get documentElement(): LightElement | null {
    return this.firstElementChild;
  }
}

/** Parse HTML text. Typed as a DOM Document: it holds the subset the walker uses. */
export function parseHtmlLight(html: string): Document {
  const doc = new LightDocument();
  let node: LightParent = doc;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // A Map, not the parser's object: attribute names such as "__proto__" stay plain keys.
        const attributes = new Map<string, string>();
        for (const key of Object.keys(attribs)) if (!attributes.has(key)) attributes.set(key, attribs[key]!);
        const el = new LightElement(name, attributes);
        node.append(el);
        node = el;
      },
      onclosetag() {
        node = node.parentNode ?? doc;
      },
      ontext(text) {
        // The parser may cut a run of text in several pieces (at entities): keep one node, as a browser does.
        const last = node.lastChild;
        const type = inCdata ? 4 : 3;
        if (last instanceof LightData && last.nodeType === type) last.data += text;
        else node.append(new LightData(type, text));
      },
      oncomment(data) {
        node.append(new LightData(8, data));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return doc as unknown as Document;
}
