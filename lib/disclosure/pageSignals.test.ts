import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../tests/shared';
import { parseHtmlNode } from '../extract/html/parseHtmlNode';
import { findPdfLinkElements, looksLikeDisclosure, readSignals } from './pageSignals';

const page = (...p: string[]) => parseHtmlNode(readFileSync(fixturePath(...p), 'utf8')) as unknown as Document;
const SEEDS = ['000_c19d32f823b4b9a2', '001_285cefce529bcf8b', '002_6dac83234b86279a', '003_8bc4a22c64091804', '004_13042d54f6cda286'];

describe('cheap disclosure detection', () => {
  it.each(SEEDS)('takes the seed page %s for a disclosure', (seed) => {
    expect(looksLikeDisclosure(readSignals(page('html', `${seed}.html`)))).toBe(true);
  });

  it('takes a page that is one bold-titled standard table under 单位：万元 for a disclosure (hostile cells page)', () => {
    const s = readSignals(page('hostile', 'xss-cells.html'));
    expect(s.tableHeaders).toBe(0); // its headers are 部门（单位）代码 / 名称 / 合计 only
    expect(s.headings).toBe(true);
    expect(looksLikeDisclosure(s)).toBe(true);
  });

  it('leaves a news page with a statistics table alone', () => {
    expect(looksLikeDisclosure(readSignals(page('hostile', 'news-table.html')))).toBe(false);
  });

  it('finds disclosure PDF links — .pdf hrefs named 预算/决算 and attachment lists — and nothing else', () => {
    const doc = parseHtmlNode(`<!doctype html><html><head><title>通知公告</title></head><body>
      <a href="http://czj.example.gov.cn/u/2025bm.pdf">附件：2025年部门预算公开.pdf</a>
      <a href="http://czj.example.gov.cn/files/%E5%86%B3%E7%AE%97.pdf">下载</a>
      <a href="http://czj.example.gov.cn/u/plan.pdf">工作计划</a>
      <a href="http://czj.example.gov.cn/news.html">部门预算新闻</a>
      <a href="javascript:void(0)">预算.pdf</a>
    </body></html>`) as unknown as Document;
    const urls = findPdfLinkElements(doc).map((l) => l.url);
    expect(urls).toEqual(['http://czj.example.gov.cn/u/2025bm.pdf', 'http://czj.example.gov.cn/files/%E5%86%B3%E7%AE%97.pdf']);
    expect(looksLikeDisclosure(readSignals(doc))).toBe(false);
  });

  it('finds office attachments the viewer reads (.xlsx, .xls, .docx), not legacy .doc nor other files', () => {
    const doc = parseHtmlNode(`<!doctype html><html><head><title>通知公告</title></head><body>
      <a href="http://sjj.example.gov.cn/att/2026tables.xlsx">附件：2026年部门预算公开表.xlsx</a>
      <a href="http://sjj.example.gov.cn/att/%E5%86%B3%E7%AE%97.xls?id=3">下载</a>
      <a href="http://sjj.example.gov.cn/att/shuoming.docx">2026年部门预算情况说明</a>
      <a href="http://sjj.example.gov.cn/att/old.doc">2019年部门预算说明.doc</a>
      <a href="http://sjj.example.gov.cn/att/list.xlsx">人员名单</a>
      <a href="http://sjj.example.gov.cn/att/2026.zip">2026年部门预算公开.zip</a>
    </body></html>`) as unknown as Document;
    expect(findPdfLinkElements(doc).map((l) => l.url)).toEqual([
      'http://sjj.example.gov.cn/att/2026tables.xlsx',
      'http://sjj.example.gov.cn/att/%E5%86%B3%E7%AE%97.xls?id=3',
      'http://sjj.example.gov.cn/att/shuoming.docx',
    ]);
  });
});
