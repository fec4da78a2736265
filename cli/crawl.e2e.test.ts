// `budget-lens crawl` end to end against the fixture site (tests/fixtures/site, served on
// 127.0.0.1): pagination followed, articles and their attachments checked, robots.txt obeyed,
// off-site and too-deep links left alone, a broken link and an office attachment as error rows,
// a slow page waited for, one request at a time, and with --cache a second run fetching nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../lib/report/schema';
import { buildCli, runCli } from '../tests/builtCli';
import { readCsvFile } from '../tests/readCsv';
import { serveFixtureSite, type FixtureSite } from '../tests/siteServer';

let cli: string;
let site: FixtureSite;
beforeAll(async () => {
  cli = buildCli('crawl');
  site = await serveFixtureSite();
}, 60_000);
afterAll(() => site?.close());

const jsonlSources = (stdout: string): string[] =>
  stdout.trim().split('\n').filter(Boolean).map((l) => ReportSchema.parse(JSON.parse(l)).source).sort();

describe('budget-lens crawl', () => {
  it('checks a disclosure column politely, and a second run with --cache fetches nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-crawl-'));
    const cache = join(dir, 'cache');
    const args = ['crawl', `${site.url}/yjsgk/`, '--depth', '1', '--delay', '0', '--cache', cache, '--jsonl', '--jobs', '2', '--summary', join(dir, 's.csv')];
    const first = await runCli(cli, args);
    const u = (p: string): string => `${site.url}${p}`;
    const checked = [u('/art/2024/shuozhou-final.html'), u('/files/liuzhou-industry-2025-budget.pdf'), u('/files/zhuzhou-lusong-2023-final.pdf')].sort();
    expect(jsonlSources(first.stdout)).toEqual(checked);
    expect(first.code).toBe(1); // a broken attachment link and an office file not read yet

    const rows = readCsvFile(join(dir, 's.csv'));
    const errors = Object.fromEntries(rows.filter((r) => r.error).map((r) => [r.source, r.error]));
    expect(errors).toEqual({
      [u('/files/liuzhou-industry-2025-explanation.pdf')]: '无法读取：HTTP 404',
      [u('/files/inspection-sheet-2025.xlsx')]: '不是电子表格文件',
    });
    expect(rows.filter((r) => !r.error).map((r) => r.source).sort()).toEqual(checked);
    expect(first.stderr).toMatch(/\/art\/2021\/gone\.html: 无法读取：HTTP 404/);
    expect(first.stderr).toMatch(/核查 3 份，失败 2，非公开页面 \d+，链接失效 2，robots\.txt 禁止 1/);

    const paths = site.requests.map((r) => r.path);
    expect(paths[0]).toBe('/robots.txt');
    expect(new Set(paths).size).toBe(paths.length); // nothing fetched twice
    expect(paths).toEqual(expect.arrayContaining(['/yjsgk/index_1.html', '/yjsgk/index_2.html', '/art/slow.html', '/art/notice.html']));
    expect(paths).not.toContain('/private/draft.html'); // robots.txt
    expect(paths).not.toContain('/art/2025/related.html'); // depth 2
    expect(site.requests.every((r) => r.host === new URL(site.url).host)).toBe(true); // off-site link not followed
    expect(site.requests.every((r) => /^budget-lens\/\d/.test(r.userAgent))).toBe(true);
    expect(site.maxInFlightPerHost).toBe(1);

    const before = site.requests.length;
    const second = await runCli(cli, args);
    expect(site.requests.length).toBe(before);
    expect(jsonlSources(second.stdout)).toEqual(checked);
    expect(second.stderr).toMatch(new RegExp(`抓取 ${before} 次请求（缓存 ${before}）`));
  }, 180_000);

  it('a page that never answers is one timeout line; a page or byte cap stops the crawl and says so', async () => {
    const stuck = await runCli(cli, ['crawl', `${site.url}/other/`, '--depth', '1', '--delay', '0', '--request-timeout', '0.5', '--jsonl']);
    expect(stuck.stderr).toMatch(/\/other\/stuck\.html: 无法读取：.*超时/);
    expect(jsonlSources(stuck.stdout)).toEqual([`${site.url}/files/zhuzhou-lusong-2023-final.pdf`]);
    expect(stuck.code).toBe(1);

    const before = site.requests.length;
    const capped = await runCli(cli, ['crawl', `${site.url}/yjsgk/`, '--delay', '0', '--max-pages', '3', '--jsonl']);
    expect(capped.stderr).toMatch(/已达上限，未抓完/);
    expect(site.requests.length - before).toBe(4); // robots.txt and 3 pages
  }, 120_000);
});
