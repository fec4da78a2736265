// Metamorphic transformations of a disclosure page: each rewrites the HTML the way another
// region (or another print run) would print the same figures — units, table names, numbering,
// code columns, page furniture, wrapped titles — and must not change what fails. Amounts are
// rewritten as strings (decimal shift), never through floating point. Test support only.
import { parseHTML } from 'linkedom';
import { tableGrid } from '../../lib/extract/html/tableGrid';
import { AMOUNT_CELL, editableTables, firstDataRow, middleBreak, secondPart, type HtmlDocument } from '../../scripts/fixtures/htmlTables';
import { isTableTitle } from '../../lib/extract/assemble/tableContext';
import type { Report } from '../../lib/report/schema';

type Doc = HtmlDocument;

function edit(html: string, fn: (doc: Doc) => void): string {
  const { document } = parseHTML(html);
  fn(document);
  return document.toString();
}

/** Text nodes outside <script>/<style>. */
function textNodes(doc: Doc): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !/^(script|style)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(doc.documentElement as unknown as Node);
  return out;
}

const ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumeral(n: number): string {
  if (n <= 10) return ZH[n]!;
  if (n < 20) return `十${ZH[n - 10]}`;
  return `${ZH[Math.floor(n / 10)]}十${n % 10 ? ZH[n % 10] : ''}`;
}

/** "1,234.56" × 10^4 as a string ("12,345,600.00"); "(2.00)" stays parenthesised. */
export function times10000(text: string): string {
  const m = /^(\s*)([-−(]?)([0-9][0-9,]*)\.([0-9]+)(\)?)(\s*)$/.exec(text);
  if (!m) return text;
  const [, pre, sign, int, frac, close, post] = m;
  const f4 = frac!.padEnd(4, '0');
  const intPart = (int!.replace(/,/g, '') + f4.slice(0, 4)).replace(/^0+(?=\d)/, '');
  const rest = f4.slice(4) || '00';
  const grouped = int!.includes(',') ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : intPart;
  return `${pre}${sign}${grouped}.${rest}${close}${post}`;
}

const RATIO_OR_COUNT = /%|％|率|比重|占比|比例|人数|\(人\)|（人）|辆|个数|\(个\)|次数|行次|栏次|编码|代码|权重|分值|得分|指标/;

/** 万元 → 元: the unit lines say 元 and every amount cell of every table is ×10000 (not ratio, count or code columns). */
export function toYuan(html: string): string {
  return edit(html, (doc) => {
    for (const t of textNodes(doc)) {
      const v = t.nodeValue ?? '';
      if (/单位\s*[:：]\s*万元/.test(v)) t.nodeValue = v.replace(/(单位\s*[:：]\s*)万元/g, '$1元');
    }
    for (const table of Array.from(doc.querySelectorAll('table')) as Element[]) {
      const grid = tableGrid(table);
      const width = grid.rows[0]?.length ?? 0;
      const firstData = grid.rows.findIndex((r) => r.some((c) => /^\s*[-(]?[0-9][0-9,]*\.[0-9]+\)?\s*$/.test(c.text)));
      if (firstData < 0) continue;
      for (let c = 0; c < width; c++) {
        const head = grid.rows.slice(0, firstData).map((r) => r[c]?.text ?? '').join('/');
        if (RATIO_OR_COUNT.test(head.replace(/\s+/g, ''))) continue;
        const done = new Set<Node>();
        for (let r = firstData; r < grid.rows.length; r++) {
          const cell = grid.rows[r]![c];
          const el = cell?.anchor;
          if (!el || done.has(el) || cell.originCol !== c) continue;
          done.add(el);
          // a cell's figure may be split over several text nodes (<span>s): scaled whole
          const texts = textNodesUnder(el);
          const whole = texts.map((t) => t.nodeValue ?? '').join('');
          const scaled = times10000(whole);
          if (scaled === whole) continue;
          const first = texts.find((t) => (t.nodeValue ?? '').trim() !== '')!;
          for (const t of texts) t.nodeValue = t === first ? scaled : '';
        }
      }
    }
  });
}

function textNodesUnder(el: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** Title synonyms both ways: the national template's 情况表 names and the short names other provinces print. */
const SYNONYMS: [string, string][] = [
  ['部门收支总体情况表', '部门收支总表'],
  ['部门收入总体情况表', '部门收入总表'],
  ['部门支出总体情况表', '部门支出总表'],
  ['财政拨款收支总体情况表', '财政拨款收支总表'],
  ['一般公共预算支出情况表', '一般公共预算支出表'],
  ['一般公共预算基本支出情况表', '一般公共预算基本支出表'],
  ['政府性基金预算支出情况表', '政府性基金预算支出表'],
  ['国有资本经营预算支出情况表', '国有资本经营预算支出表'],
  ['财政拨款支出预算表', '财政拨款支出表'],
  ['收支预算总表', '部门收支总表'],
  ['财政拨款收入支出决算总表', '财政拨款收支决算总表'],
  ['一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表'],
];

/** Every table name swapped for its synonym, wherever the page prints it (titles, 目录, text). */
export function renameTables(html: string): string {
  const map = new Map<string, string>();
  for (const [a, b] of SYNONYMS) {
    map.set(a, b);
    if (!map.has(b)) map.set(b, a);
  }
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.join('|'), 'g');
  return edit(html, (doc) => {
    for (const t of textNodes(doc)) {
      const v = t.nodeValue ?? '';
      if (re.test(v)) t.nodeValue = v.replace(re, (k) => map.get(k)!);
      re.lastIndex = 0;
    }
  });
}

/** 表N / （表N） / 公开NN表 → 附表1-N ('annex') or 表一 ('chinese'). */
export function renumber(html: string, style: 'annex' | 'chinese'): string {
  const to = (n: number) => (style === 'annex' ? `附表1-${n}` : `表${chineseNumeral(n)}`);
  return edit(html, (doc) => {
    for (const t of textNodes(doc)) {
      const v = t.nodeValue ?? '';
      const w = v
        .replace(/(预算)?公开\s*0*([0-9]{1,2})\s*表/g, (_, _p, n: string) => to(Number(n)))
        .replace(/(?<![附0-9])表\s*([0-9]{1,2})(?![0-9])/g, (_, n: string) => to(Number(n)));
      if (w !== v) t.nodeValue = w;
    }
  });
}

/** A one-column 科目编码 split into 类 | 款 | 项 columns (with a header row naming them). */
export function splitCodeColumns(html: string): string {
  return edit(html, (doc) => {
    // a table continued on the next page without its header is split the same way as its first page
    let previous: { c: number; width: number } | null = null;
    for (const { grid, rows } of editableTables(doc)) {
      const head = grid.rows[0] ?? [];
      const width = head.length;
      const c = head.findIndex((x) => /^(功能分类)?科目编码$|^功能科目编码$|^科目代码$/.test(x.text.replace(/\s+/g, '')));
      const isCode = (r: number, col: number) => /^[0-9]{3}([0-9]{2}){0,2}$/.test((grid.rows[r]?.[col]?.text ?? '').trim());
      if (c < 0) {
        const cont = previous;
        previous = null;
        if (cont && width === cont.width && grid.rows.some((_, r) => isCode(r, cont.c))) splitDataRows(doc, grid, cont.c, 0);
        continue;
      }
      previous = null;
      const codeCell = head[c]!.anchor as Element;
      const h = Number(codeCell.getAttribute('rowspan') ?? '1') || 1;
      if (!grid.rows.some((_, r) => r >= h && isCode(r, c))) continue;
      // the code header must span the whole header, and nothing else may start in its column
      if (grid.rows.slice(0, h).some((r) => r[c]!.anchor !== codeCell)) continue;
      if (Number(codeCell.getAttribute('colspan') ?? '1') !== 1) continue;
      // cells whose span ends at the header's last row grow over the new 类|款|项 row
      for (let r = 0; r < h; r++) {
        for (const el of Array.from(rows[r]!.children) as Element[]) {
          if (el === codeCell) continue;
          const rs = Number(el.getAttribute('rowspan') ?? '1') || 1;
          if (r + rs === h) el.setAttribute('rowspan', String(rs + 1));
        }
      }
      codeCell.setAttribute('colspan', '3');
      const parts = doc.createElement('tr');
      for (const name of ['类', '款', '项']) {
        const th = doc.createElement(codeCell.tagName.toLowerCase());
        th.textContent = name;
        parts.appendChild(th);
      }
      rows[h - 1]!.after(parts as unknown as Node);
      splitDataRows(doc, grid, c, h);
      previous = { c, width };
    }
  });
}

/** Each data row's code cell in column c as three cells 类 | 款 | 项; a label spanning it spans three. */
function splitDataRows(doc: Doc, grid: ReturnType<typeof tableGrid>, c: number, h: number): void {
  {
    {
      const done = new Set<Node>();
      for (let r = h; r < grid.rows.length; r++) {
        const cell = grid.rows[r]![c]!;
        const el = cell.anchor as Element;
        if (done.has(el)) continue;
        done.add(el);
        const code = cell.text.trim();
        if (cell.originCol !== c || Number(el.getAttribute('colspan') ?? '1') !== 1 || Number(el.getAttribute('rowspan') ?? '1') !== 1) {
          if (cell.originCol === c) el.setAttribute('colspan', String(Number(el.getAttribute('colspan') ?? '1') + 2));
          continue;
        }
        if (!/^[0-9]{3}([0-9]{2}){0,2}$/.test(code)) {
          el.setAttribute('colspan', '3');
          continue;
        }
        el.textContent = code.slice(0, 3);
        const kuan = doc.createElement(el.tagName.toLowerCase());
        kuan.textContent = code.slice(3, 5);
        const xiang = doc.createElement(el.tagName.toLowerCase());
        xiang.textContent = code.slice(5, 7);
        (el as unknown as ChildNode).after(kuan as unknown as Node);
        (kuan as unknown as ChildNode).after(xiang as unknown as Node);
      }
    }
  }
}

/** Page furniture between tables: "第 N 页 / 共 20 页" and "- N -" lines after every table. */
export function insertPageFurniture(html: string): string {
  return edit(html, (doc) => {
    let n = 3;
    for (const table of Array.from(doc.querySelectorAll('table')) as Element[]) {
      const a = doc.createElement('p');
      a.textContent = `第 ${n} 页 / 共 20 页`;
      const b = doc.createElement('p');
      b.textContent = `- ${n} -`;
      table.after(a as unknown as Node);
      (a as unknown as ChildNode).after(b as unknown as Node);
      n++;
    }
  });
}

/** A long table title wrapped over two lines (the break a narrow page makes). */
export function wrapTitles(html: string): string {
  return edit(html, (doc) => {
    for (const el of Array.from(doc.querySelectorAll('p, h1, h2, h3, h4, div')) as Element[]) {
      if (el.children.length > 0 && el.querySelector('p, div, table, br')) continue;
      const text = (el.textContent ?? '').trim();
      if (text.length < 12 || !isTableTitle(text)) continue;
      const at = Math.min(Math.floor(text.length * 0.6), text.length - 5);
      const second = doc.createElement(el.tagName.toLowerCase());
      el.textContent = text.slice(0, at);
      second.textContent = text.slice(at);
      (el as unknown as ChildNode).after(second as unknown as Node);
    }
  });
}

/** What must not change: each failing finding as rule + table role + row (and column) — never its figures. */
export function failKeys(r: Report, statuses: string[] = ['fail']): string[] {
  const byId = new Map(r.tables.map((t) => [t.id, t]));
  const keys = r.findings
    .filter((f) => statuses.includes(f.status) && (f.status !== 'fail' || f.severity === 'error'))
    .map((f) => {
      const places = f.refs
        .filter((ref) => ref.table != null && ref.row != null)
        .map((ref) => {
          const t = byId.get(ref.table!)!;
          const row = t?.rows[ref.row!];
          return `${t ? t.kind + (t.part ? '.' + t.part : '') : '?'}|${row ? (row.code ?? '') + row.label.replace(/\s+/g, '') : ''}`;
        });
      const figures = f.refs.filter((ref) => ref.figure).map((ref) => ref.figure!);
      return `${f.rule} ${[...new Set(places)].sort().join(' ')} ${figures.sort().join(' ')}`.trim();
    });
  return [...new Set(keys)].sort();
}

/** The unit line printed above a table moved into the header's top-right cell ("… | 单位：万元"). */
export function unitIntoHeader(html: string): string {
  return edit(html, (doc) => {
    const items = Array.from(doc.querySelectorAll('p, table')) as Element[];
    items.forEach((el, i) => {
      const next = items[i + 1];
      const text = (el.textContent ?? '').replace(/\s+/g, '');
      if (el.tagName.toLowerCase() !== 'p' || !next || next.tagName.toLowerCase() !== 'table' || !/^(金额)?单位[:：](万元|元)$/.test(text)) return;
      const width = tableGrid(next).rows[0]?.length ?? 0;
      const firstRow = next.querySelector('tr');
      if (width < 2 || !firstRow) return;
      const row = doc.createElement('tr');
      const blank = doc.createElement('td');
      blank.setAttribute('colspan', String(width - 1));
      const unit = doc.createElement('td');
      unit.textContent = text;
      row.appendChild(blank);
      row.appendChild(unit);
      firstRow.before(row as unknown as Node);
      el.remove();
    });
  });
}

/** A 科目编码 column glued onto the name column ("2010101行政运行"), as some templates print it; a
 * continuation printed without its header is glued the same way as its first page. */
export function glueCodes(html: string): string {
  return edit(html, (doc) => {
    let previous: { c: number; n: number; width: number } | null = null;
    for (const table of Array.from(doc.querySelectorAll('table')) as Element[]) {
      const grid = tableGrid(table);
      const head = grid.rows[0] ?? [];
      const width = head.length;
      const c = head.findIndex((x) => /^(功能分类)?科目编码$|^功能科目编码$/.test(x.text.replace(/\s+/g, '')));
      if (c < 0) {
        const cont = previous;
        previous = null;
        if (cont && width === cont.width && grid.rows.some((r) => /^[0-9]{3,7}$/.test((r[cont.c]?.text ?? '').trim()))) glueRows(grid, cont.c, cont.n, 0);
        continue;
      }
      previous = null;
      const codeCell = head[c]!.anchor as Element;
      const h = Number(codeCell.getAttribute('rowspan') ?? '1') || 1;
      const n = head.findIndex((x, j) => j > c && /名称/.test(x.text) && grid.rows.slice(0, h).every((r) => r[j]!.anchor === x.anchor));
      if (n < 0 || Number(codeCell.getAttribute('colspan') ?? '1') !== 1) continue;
      if (!glueRows(grid, c, n, h)) continue;
      codeCell.remove();
      previous = { c, n, width };
    }
  });
}

/** Rows from h on: each code cell in column c removed, its code put before the name in column n. */
function glueRows(grid: ReturnType<typeof tableGrid>, c: number, n: number, h: number): boolean {
  const moves: [Element, Element | null, string][] = [];
  for (let r = h; r < grid.rows.length; r++) {
    const cell = grid.rows[r]![c]!;
    const el = cell.anchor as Element;
    if (cell.originRow !== r) return false;
    if (cell.originCol !== c || Number(el.getAttribute('colspan') ?? '1') > 1) {
      if (cell.originCol === c) moves.push([el, null, '']);
      continue;
    }
    const name = grid.rows[r]![n]!;
    if (name.originCol !== n || name.originRow !== r) return false;
    moves.push([el, name.anchor as Element, cell.text.trim()]);
  }
  for (const [el, name, code] of moves) {
    if (!name) {
      el.setAttribute('colspan', String(Number(el.getAttribute('colspan') ?? '1') - 1));
      continue;
    }
    el.remove();
    if (code) {
      const first = textNodesUnder(name).find((t) => (t.nodeValue ?? '').trim() !== '');
      if (first) first.nodeValue = code + (first.nodeValue ?? '').trimStart();
      else name.textContent = code;
    }
  }
  return true;
}

// ——— Second round: how amount cells, units and table breaks are printed elsewhere ———



/** Amount cells of every table: (row, col, element) of the data region's amount columns (not ratio, count or code columns). */
function amountCells(doc: Doc, fn: (el: Element, text: string) => void): void {
  for (const table of Array.from(doc.querySelectorAll('table')) as Element[]) {
    const grid = tableGrid(table);
    const width = grid.rows[0]?.length ?? 0;
    const firstData = firstDataRow(grid);
    if (firstData < 0) continue;
    for (let c = 0; c < width; c++) {
      const head = grid.rows.slice(0, firstData).map((r) => r[c]?.text ?? '').join('/');
      if (RATIO_OR_COUNT.test(head.replace(/\s+/g, ''))) continue;
      // an amount column: some data cell holds an amount
      if (!grid.rows.slice(firstData).some((r) => r[c]?.originCol === c && AMOUNT_CELL.test(r[c]!.text))) continue;
      const done = new Set<Node>();
      for (let r = firstData; r < grid.rows.length; r++) {
        const cell = grid.rows[r]![c];
        const el = cell?.anchor as Element | undefined;
        if (!el || done.has(el) || cell!.originCol !== c || cell!.originRow !== r) continue;
        done.add(el);
        if (Number(el.getAttribute('colspan') ?? '1') > 1) continue; // a label spanning columns
        fn(el, el.textContent ?? '');
      }
    }
  }
}

function setCellText(el: Element, text: string): void {
  const texts = textNodesUnder(el);
  const first = texts.find((t) => (t.nodeValue ?? '').trim() !== '') ?? texts[0];
  if (!first) {
    el.textContent = text;
    return;
  }
  for (const t of texts) t.nodeValue = t === first ? text : '';
}

const ZERO_FROM = { zero: /^\s*0+(\.0+)?\s*$/, dash: /^\s*[-—–]\s*$/, blank: /^\s*$/ };

/** Zero amounts printed as `form` ('' = left blank): the cells printed as `from` ("0.00", a dash, blank) rewritten. */
export function zeroAs(form: '0.00' | '-' | '—' | '', from: (keyof typeof ZERO_FROM)[]): (html: string) => string {
  return (html) =>
    edit(html, (doc) => {
      amountCells(doc, (el, text) => {
        if (from.some((k) => ZERO_FROM[k].test(text)) && text.trim() !== form) setCellText(el, form);
      });
    });
}

/** Thousands separators removed ('none') or put in where a figure of four or more integer digits lacks them ('add'). */
export function thousands(mode: 'none' | 'add'): (html: string) => string {
  return (html) =>
    edit(html, (doc) => {
      amountCells(doc, (el, text) => {
        if (!AMOUNT_CELL.test(text)) return;
        const t = text.trim();
        const w = mode === 'none' ? t.replace(/,/g, '') : t.replace(/,/g, '').replace(/^([-−(]?)([0-9]+)/, (_, s: string, i: string) => s + i.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
        if (w !== t) setCellText(el, w);
      });
    });
}

/** Amount cells in full-width digits and punctuation ("１，２３４．５６"). */
export function fullWidthAmounts(html: string): string {
  const fw = (s: string) => s.replace(/[0-9,.\-()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  return edit(html, (doc) => {
    amountCells(doc, (el, text) => {
      if (AMOUNT_CELL.test(text)) setCellText(el, fw(text.trim()));
    });
  });
}

/** The unit line above a table removed and the unit written into each amount column's header ("金额（万元）"). */
export function unitInColumnHeaders(html: string): string {
  return edit(html, (doc) => {
    const items = Array.from(doc.querySelectorAll('p, table')) as Element[];
    items.forEach((el, i) => {
      const next = items[i + 1];
      const text = (el.textContent ?? '').replace(/\s+/g, '');
      const m = /^(金额)?单位[:：](万元|元)$/.exec(text);
      if (el.tagName.toLowerCase() !== 'p' || !next || next.tagName.toLowerCase() !== 'table' || !m) return;
      const grid = tableGrid(next);
      const width = grid.rows[0]?.length ?? 0;
      const firstData = firstDataRow(grid);
      if (firstData < 1) return;
      const done = new Set<Node>();
      let n = 0;
      for (let c = 0; c < width; c++) {
        const head = grid.rows.slice(0, firstData).map((r) => r[c]?.text ?? '').join('/');
        if (RATIO_OR_COUNT.test(head.replace(/\s+/g, ''))) continue;
        if (!grid.rows.slice(firstData).some((r) => AMOUNT_CELL.test(r[c]?.text ?? ''))) continue;
        // the lowest header cell that names the column (not a 栏次 number row)
        let hr = firstData - 1;
        while (hr >= 0 && !/[\u4e00-\u9fff]/.test(grid.rows[hr]![c]!.text.replace(/栏次|行次/g, ''))) hr--;
        if (hr < 0) continue;
        const leaf = grid.rows[hr]![c]!;
        const a = leaf.anchor as Element;
        if (done.has(a)) continue;
        done.add(a);
        setCellText(a, `${leaf.text.trim()}（${m[2]}）`);
        n++;
      }
      if (n > 0) el.remove();
    });
  });
}

/** A long table broken in two <table> elements (a Word page break): the title only before the
 * first, the header rows repeated at the top of the second. */
export function splitTables(html: string): string {
  return edit(html, (doc) => {
    for (const t of editableTables(doc, { flat: true })) {
      const firstData = firstDataRow(t.grid);
      // break at the middle, where no rowspan crosses
      const at = middleBreak(t, firstData, 8);
      if (at < 0) continue;
      t.table.after(secondPart(doc, t, firstData, at, 'tbody') as unknown as Node);
    }
  });
}

/** Rows of the same level reordered within their parent: each run of 项 rows (7-digit codes)
 * under one 款 printed in reverse order. */
export function reorderSiblings(html: string): string {
  return edit(html, (doc) => {
    for (const { grid, rows } of editableTables(doc)) {
      const codeOf = (r: number) => {
        const cell = grid.rows[r]!.find((c) => /^[0-9]{7}$/.test(c.text.trim()) || /^[0-9]{7}(?=\D)/.test(c.text.trim()));
        return cell ? /^[0-9]{7}/.exec(cell.text.trim())![0] : null;
      };
      const plain = (r: number) => grid.rows[r]!.every((c) => c.originRow === r) && rows[r]!.parentNode === rows[Math.max(0, r - 1)]!.parentNode;
      let r = 0;
      while (r < rows.length) {
        const code = codeOf(r);
        if (!code || !plain(r)) {
          r++;
          continue;
        }
        let e = r + 1;
        while (e < rows.length && plain(e) && codeOf(e)?.slice(0, 5) === code.slice(0, 5)) e++;
        if (e - r >= 2) {
          const run = rows.slice(r, e);
          const after = run[run.length - 1]!.nextSibling;
          const parent = run[0]!.parentNode!;
          for (const row of run.reverse()) parent.insertBefore(row as unknown as Node, after);
        }
        r = e;
      }
    }
  });
}

/** A header of two or more levels printed as one row, each column's levels glued
 * ("基本支出/人员经费" → "基本支出人员经费"); the 栏次 row, if any, stays. */
export function flattenHeaders(html: string): string {
  return edit(html, (doc) => {
    for (const { grid, rows } of editableTables(doc, { flat: true })) {
      const firstData = firstDataRow(grid);
      if (firstData < 2 || grid.rows[firstData]!.some((c) => c.originRow < firstData)) continue;
      const isNumberRow = (r: number) => grid.rows[r]!.every((c) => !/[\u4e00-\u9fff]/.test(c.text.replace(/栏次|行次/g, '')));
      const named = [...Array(firstData).keys()].filter((r) => !isNumberRow(r));
      if (named.length < 2 || named.some((r) => new Set(grid.rows[r]!.map((c) => c.anchor)).size < 2)) continue;
      const width = grid.rows[0]!.length;
      const paths: string[] = [];
      for (let c = 0; c < width; c++) {
        const parts: string[] = [];
        for (const r of named) {
          const t = grid.rows[r]![c]!.text.replace(/\s+/g, '');
          if (t && parts[parts.length - 1] !== t) parts.push(t);
        }
        paths.push(parts.join(''));
      }
      const row = doc.createElement('tr');
      for (let c = 0; c < width; ) {
        let e = c + 1;
        while (e < width && paths[e] === paths[c]) e++;
        const th = doc.createElement('th');
        th.textContent = paths[c]!;
        if (e - c > 1) th.setAttribute('colspan', String(e - c));
        row.appendChild(th);
        c = e;
      }
      rows[named[0]!]!.before(row as unknown as Node);
      for (const r of named) rows[r]!.remove();
    }
  });
}
