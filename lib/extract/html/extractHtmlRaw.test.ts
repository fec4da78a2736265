// Text as displayed, in reading order, from Word-exported government pages (MsoNormal markup).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../tests/shared';
import type { RawGrid, RawText } from '../raw';
import { displayedText } from './displayedText';
import { extractHtmlRaw } from './extractHtmlRaw';
import { decodeHtmlBytes, sniffCharset } from './htmlCharset';
import { parseHtmlNode } from './parseHtmlNode';

const raw = (html: string) => extractHtmlRaw(parseHtmlNode(html), 'test.html');
const textBlocks = (html: string): RawText<Node>[] => raw(html).blocks.filter((b): b is RawText<Node> => b.type === 'text');
const cell = (html: string): string => displayedText(parseHtmlNode(`<table><tr><td>${html}</td></tr></table>`).getElementsByTagName('td')[0]!).text;

describe('cell text as displayed', () => {
  it('joins Word runs split across nested spans', () => {
    expect(cell(`<p class=MsoNormal align=right style='text-align:right'><span lang=EN-US style='font-size:9.0pt'>10,<span>312</span></span><span lang=EN-US>.28<o:p></o:p></span></p>`)).toBe('10,312.28');
  });
  it('collapses &nbsp;, newlines and tabs to single spaces and trims them', () => {
    expect(cell(`<p class=MsoNormal><span>&nbsp;</span></p>`)).toBe('');
    expect(cell(`&nbsp;&nbsp;机关事业单位\n\t基本养老保险缴费支出&nbsp;`)).toBe('机关事业单位 基本养老保险缴费支出');
  });
  it('shows <br> and separate paragraphs as one space', () => {
    expect(cell(`一般公共<br>预算`)).toBe('一般公共 预算');
    expect(cell(`<p class=MsoNormal>其他资源勘探工业信息</p><p class=MsoNormal>信息等支出</p>`)).toBe('其他资源勘探工业信息 信息等支出');
  });
  it('keeps full-width spaces, which indent labels', () => {
    expect(cell(`<span>　　行政运行</span>`)).toBe('　　行政运行');
    expect(cell(`\n  　（一）上级补助 \n`)).toBe('　（一）上级补助');
  });
  it('keeps damaged numbers exactly as printed for the amount parser', () => {
    expect(cell(`<span>10, 312. 28</span>`)).toBe('10, 312. 28');
    expect(cell(`<span>１２．３４</span>`)).toBe('１２．３４');
  });
  it('ignores script and style inside cells, and drops zero-width characters', () => {
    expect(cell(`5.08<script>document.write('9')</script><style>td{}</style>\u200b`)).toBe('5.08');
  });
  it('bold only when every visible character is bold', () => {
    const td = (h: string) => displayedText(parseHtmlNode(`<table><tr><td>${h}</td></tr></table>`).getElementsByTagName('td')[0]!);
    expect(td(`<b>收入总计</b>&nbsp;`).bold).toBe(true);
    expect(td(`<span style="font-weight:700">30,688.06</span>`).bold).toBe(true);
    expect(td(`<b>本年</b>收入`).bold).toBe(false);
  });
});

describe('text blocks', () => {
  const page = `<html><head><title> 510柳州市工业和信息化局2025年部门预算公开说明 </title><style>p{}</style><script>alert(1)</script></head>
<body><nav>首页 &gt; 政务公开</nav>
<div class=TRS_Editor>
<h1 style="text-align:center">510柳州市工业和信息化局2025年部门预算公开说明</h1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-family:黑体'>第一部分 概况</span></b></p>
<p class=MsoNormal style='text-indent:32.0pt'>&nbsp;&nbsp;<span style='font-family:仿宋'>2025年部门收支总预算30,688.06万元，</span><span lang=EN-US>同比减少6,908.39万元。</span></p>
<div>直接写在div里的文字<p>一、部门收支总体情况说明</p>div的尾部</div>
<noscript>请启用脚本</noscript>
<p class=MsoNormal align=right>单位：万元</p>
</div></body></html>`;
  const blocks = textBlocks(page);
  it('one block per paragraph, in reading order, chrome skipped', () => {
    expect(blocks.map((b) => b.text)).toEqual([
      '510柳州市工业和信息化局2025年部门预算公开说明',
      '第一部分 概况',
      '2025年部门收支总预算30,688.06万元，同比减少6,908.39万元。',
      '直接写在div里的文字',
      '一、部门收支总体情况说明',
      'div的尾部',
      '单位：万元',
    ]);
  });
  it('records heading levels and alignment from attributes and style', () => {
    expect(blocks[0]).toMatchObject({ heading: 1, align: 'center' });
    expect(blocks[1]!.align).toBe('center');
    expect(blocks[1]!.heading).toBeUndefined();
    expect(blocks[2]!.align).toBeUndefined();
    expect(blocks[6]!.align).toBe('right');
  });
  it('anchors each block at its element and reads the page title', () => {
    expect((blocks[2]!.anchor as Element).localName).toBe('p');
    expect((blocks[3]!.anchor as Element).localName).toBe('div');
    expect(raw(page).title).toBe('510柳州市工业和信息化局2025年部门预算公开说明');
  });
  it('a single <br> stays inside its paragraph; an empty line (<br><br>) ends it; indentation is dropped', () => {
    const blocks = textBlocks(`<div class=TRS_Editor>　　2025年部门收支总预算30,688.06万元，<br>同比减少6,908.39万元。<br>\n<br>　　二、部门收入总体情况说明<br><br><br>　　2025年部门收入总预算30,688.06万元。</div>`);
    expect(blocks.map((b) => b.text)).toEqual([
      '2025年部门收支总预算30,688.06万元， 同比减少6,908.39万元。',
      '二、部门收入总体情况说明',
      '2025年部门收入总预算30,688.06万元。',
    ]);
    expect(blocks.every((b) => (b.anchor as Element).localName === 'div')).toBe(true);
  });
  it('inherits alignment from a centred container', () => {
    const [b] = textBlocks(`<center><p>部门收入总体情况表</p></center>`);
    expect(b!.align).toBe('center');
    const [c] = textBlocks(`<div align=center><span>部门支出总体情况表</span></div>`);
    expect(c!.align).toBe('center');
  });
  it('reads a sub-tree when given an element instead of the document', () => {
    const doc = parseHtmlNode(`<body><p>外面</p><div id=main><p>里面</p><table><tr><td>a</td><td>1.00</td></tr></table></div></body>`);
    const r = extractHtmlRaw(doc.getElementById('main')!, 'x');
    expect(r.blocks.map((b) => b.type)).toEqual(['text', 'grid']);
    expect((r.blocks[0] as RawText).text).toBe('里面');
  });
  it('survives nesting far deeper than the call stack', () => {
    const depth = 20_000;
    const r = raw(`${'<div>'.repeat(depth)}深处的文字${'</div>'.repeat(depth)}`);
    expect(r.blocks).toMatchObject([{ type: 'text', text: '深处的文字' }]);
  });
});

describe('hostile text stays text', () => {
  const html = readFileSync(fixturePath('hostile', 'xss-cells.html'), 'utf8');
  const r = raw(html);
  const grid = r.blocks.find((b): b is RawGrid<Node> => b.type === 'grid')!;
  it('markup escaped in cells comes back as the literal characters, never as elements', () => {
    const labels = grid.rows.map((row) => row[1]!.text);
    expect(labels).toContain('<img src=x onerror=alert(1)>');
    expect(labels).toContain('<script>alert("xss")</script>');
    expect(labels).toContain('"><svg onload=alert(1)>');
    const doc = parseHtmlNode(html);
    expect(doc.getElementsByTagName('img').length).toBe(0);
    expect(doc.getElementsByTagName('svg').length).toBe(0);
    expect(doc.getElementsByTagName('script').length).toBe(0);
  });
  it('the same in paragraphs', () => {
    expect(r.blocks.some((b) => b.type === 'text' && b.text.startsWith('<img src=x onerror=alert(1)>说明'))).toBe(true);
  });
});

describe('bytes and charsets', () => {
  it('decodes a GB2312-declared page as GBK', () => {
    // "单位：万元" in GBK, inside a page that declares gb2312.
    const head = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>', 'latin1');
    const gbk = Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0xa3, 0xba, 0xcd, 0xf2, 0xd4, 0xaa]);
    const bytes = Buffer.concat([head, gbk, Buffer.from('</p></body></html>', 'latin1')]);
    expect(sniffCharset(bytes)).toBe('gb18030');
    expect(decodeHtmlBytes(bytes)).toContain('单位：万元');
    expect(textBlocks(decodeHtmlBytes(bytes))[0]!.text).toBe('单位：万元');
  });
  it('defaults to UTF-8 and honours a BOM', () => {
    expect(sniffCharset(Buffer.from('<p>合计</p>'))).toBe('utf-8');
    expect(decodeHtmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>合计</p>')]))).toBe('<p>合计</p>');
  });
});
