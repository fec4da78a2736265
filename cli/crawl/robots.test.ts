// robots.txt as RFC 9309 reads it, on the shapes government sites publish.
import { describe, expect, it } from 'vitest';
import { extractLinks, isAttachment, isPagination } from './links';
import { parseRobots } from './robots';

describe('parseRobots', () => {
  it('uses our group over *, longest match wins, Allow on a tie, * and $ patterns', () => {
    const r = parseRobots(
      ['User-agent: *', 'Disallow: /', '', 'User-agent: Budget-Lens', 'Disallow: /private/', 'Allow: /private/open/', 'Disallow: /*.xls$', 'Crawl-delay: 2'].join('\n'),
      'budget-lens',
    );
    expect(r.allowed('/yjsgk/index.html')).toBe(true);
    expect(r.allowed('/private/draft.html')).toBe(false);
    expect(r.allowed('/private/open/a.html')).toBe(true);
    expect(r.allowed('/files/a.xls')).toBe(false);
    expect(r.allowed('/files/a.xlsx')).toBe(true);
    expect(r.crawlDelay).toBe(2);
  });

  it('falls back to the * group, and an empty Disallow allows everything', () => {
    expect(parseRobots('User-agent: *\nDisallow: /admin\n', 'budget-lens').allowed('/admin/x')).toBe(false);
    expect(parseRobots('User-agent: *\nDisallow:\n', 'budget-lens').allowed('/anything')).toBe(true);
    expect(parseRobots('User-agent: Googlebot\nDisallow: /\n', 'budget-lens').allowed('/x')).toBe(true);
  });
});

describe('links', () => {
  it('resolves against <base>, decodes entities, drops scripts and fragments, keeps anchor text', () => {
    const html = `<base href="http://a.gov.cn/col/"><a href="art.html?id=1&amp;p=2#top">文章</a><a href='javascript:void(0)'>x</a>
      <a href=index_2.html>下一页</a><a href="/files/预算.pdf"><span>附件</span></a><a href="mailto:x@a.gov.cn">m</a>`;
    expect(extractLinks(html, 'http://a.gov.cn/other/page.html')).toEqual([
      { url: 'http://a.gov.cn/col/art.html?id=1&p=2', text: '文章' },
      { url: 'http://a.gov.cn/col/index_2.html', text: '下一页' },
      { url: 'http://a.gov.cn/files/%E9%A2%84%E7%AE%97.pdf', text: '附件' },
    ]);
  });

  it('tells attachments and pagination apart from articles', () => {
    expect(isAttachment('http://a.gov.cn/files/x.PDF')).toBe(true);
    expect(isAttachment('http://a.gov.cn/files/x.xlsx')).toBe(true);
    expect(isAttachment('http://a.gov.cn/art/x.html')).toBe(false);
    expect(isPagination({ url: 'http://a.gov.cn/col/index_3.html', text: '3' })).toBe(true);
    expect(isPagination({ url: 'http://a.gov.cn/col/list.jsp?page=2', text: '下一页' })).toBe(true);
    expect(isPagination({ url: 'http://a.gov.cn/art/2025/x.html', text: '2025年部门预算' })).toBe(false);
  });
});
