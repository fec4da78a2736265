// Tables published as pictures (issue 12; info, never arithmetic): a disclosure page whose 公开表
// are GIFs inside the article, or a PDF whose table pages are scans, reads as a narrative-only
// document. Rather than let the narrative's checks pass for the whole, say that the tables are
// pictures and could not be checked, naming every picture seen.
import { noteFinding, textRef } from './noteFinding';
import type { DocModel, Finding } from '../report/schema';
import type { Rule, RuleContext } from './rule';

const LISTED = 5;

/** The picture's file name (or page), short enough to quote. */
function shortName(src: string): string {
  const path = src.split(/[?#]/)[0]!;
  return path.slice(path.lastIndexOf('/') + 1) || src;
}

export function imageTablesFindings(doc: DocModel): Finding[] {
  const images = doc.images ?? [];
  if (!images.length) return [];
  const kinds = new Set(doc.tables.filter((t) => t.kind !== 'other').map((t) => t.kind));
  const announced = doc.announcedTables?.length ?? 0;
  // Pictures beside a full set of recognised tables are illustrations, not the tables.
  if (kinds.size > 0 && announced <= kinds.size) return [];
  const names = images.slice(0, LISTED).map((i) => shortName(i.src));
  const more = images.length > LISTED ? `等${images.length}张` : `共${images.length}张`;
  const why = kinds.size
    ? `目录列出${announced}张表，只找到${kinds.size}张`
    : '文中没有可核查的表格';
  return [
    noteFinding({
      id: 'completeness.imageTables:doc',
      rule: 'completeness.imageTables',
      severity: 'info',
      message: `表格为图片，无法核查：${why}，而有图片 ${names.join('、')}（${more}）`,
      messageEn: `Tables are images and cannot be checked: ${kinds.size ? `${announced} tables announced, ${kinds.size} found` : 'no checkable table'}, but ${images.length} picture(s): ${names.join(', ')}`,
      refs: images.map((i) => textRef(i.alt ? `${i.src}（${i.alt}）` : i.src, { page: i.page })),
    }),
  ];
}

export const imageTables: Rule = {
  id: 'completeness.imageTables',
  family: 'completeness',
  title: { zh: '表格是否为图片', en: 'Tables published as pictures' },
  run(doc: DocModel, _ctx: RuleContext): Finding[] {
    return imageTablesFindings(doc);
  },
};
