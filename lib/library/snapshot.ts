// A saved document: what the comparisons need from a checked report, small enough to keep
// hundreds in extension storage. Amounts are exact decimal strings plus the number of decimals
// the document displayed (the rounding rule needs both) — never JS numbers.
import { z } from 'zod';
import { SummarySchema, UnitSchema } from '../report/schema';

/** Version of one stored snapshot (see migrations.ts). Bump it, and add a migration, when the shape changes. */
export const SNAPSHOT_VERSION = 1;

/** Most key figures (and change claims) one snapshot may hold. */
export const MAX_FIGURES = 1000;

/** "30688.06", "-3.2", "0.00": plain decimal text, no grouping, no unit. */
export const DecimalStringSchema = z.string().regex(/^-?\d+(\.\d+)?$/, 'not a decimal string');

export const FigureGroupSchema = z.enum([
  'total', // 收支总计
  'income', // income sources
  'expenseType', // 基本支出 / 项目支出
  'basicParts', // 人员经费 / 公用经费
  'functionClass', // 功能分类 类
  'threePublic', // 三公经费 and its parts
  'operations', // 机关运行经费
  'procurement', // 政府采购 and its split
  'purchaseService', // 政府购买服务
  'count', // 项目个数
]);
export type FigureGroup = z.infer<typeof FigureGroupSchema>;

export const KeyFigureSchema = z.object({
  /** Stable key used to align documents: "total", "income:一般公共预算拨款", "class:科学技术支出". */
  key: z.string().min(1),
  label: z.string(),
  group: FigureGroupSchema,
  value: DecimalStringSchema,
  /** Decimals as displayed: 2 for "30,688.06". */
  decimals: z.number().int().min(0).max(10),
  /** Money unit (null for counts). */
  unit: UnitSchema.nullable(),
  /** Where it was read: a table cell or a narrative sentence. */
  from: z.object({
    kind: z.enum(['table', 'narrative']),
    table: z.string().nullable(),
    row: z.number().int().nullable(),
    col: z.number().int().nullable(),
    text: z.string().nullable(),
  }),
});
export type KeyFigure = z.infer<typeof KeyFigureSchema>;

export const PrintedSchema = z.object({ value: DecimalStringSchema, decimals: z.number().int().min(0).max(10) });
export type Printed = z.infer<typeof PrintedSchema>;

/** A "同比…" / "比上年…" statement of the document about one of its key figures. */
export const ChangeClaimSchema = z.object({
  key: z.string().min(1),
  /** The whole sentence, for citing. */
  sentence: z.string(),
  /** The figure the sentence states for this year (when it states one). */
  amount: PrintedSchema.nullable(),
  /** "比2024年预算5.82万元": the previous figure as the document quotes it. */
  previous: PrintedSchema.nullable(),
  /** Change in amount, unsigned as printed; sign from `direction`. */
  delta: PrintedSchema.nullable(),
  /** Change in percent, unsigned as printed. */
  pct: PrintedSchema.nullable(),
  direction: z.enum(['up', 'down']).nullable(),
  /** "与上年持平". */
  flat: z.boolean(),
});
export type ChangeClaim = z.infer<typeof ChangeClaimSchema>;

export const SnapshotSchema = z.object({
  v: z.literal(SNAPSHOT_VERSION),
  /** Derived from the source URL: saving the same document again replaces it. */
  id: z.string().min(1),
  url: z.string().min(1),
  title: z.string().nullable(),
  /** As printed ("510柳州市工业和信息化局"). */
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: z.enum(['budget', 'final', 'unknown']),
  unit: UnitSchema.nullable(),
  /** Bounded: a report yields well under 200 key figures (a fixed catalog); a crafted file with
   * 20,000 per document froze Compare. */
  figures: z.array(KeyFigureSchema).max(MAX_FIGURES),
  claims: z.array(ChangeClaimSchema).max(MAX_FIGURES),
  summary: SummarySchema,
  /** ISO 8601. */
  savedAt: z.string().datetime(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** What the library lists about a document (the index): small, so the popup opens fast. */
export const IndexEntrySchema = SnapshotSchema.pick({
  v: true,
  id: true,
  url: true,
  title: true,
  department: true,
  year: true,
  kind: true,
  unit: true,
  summary: true,
  savedAt: true,
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export function indexEntryOf(s: Snapshot): IndexEntry {
  return IndexEntrySchema.parse(s);
}

/** The same department across documents: codes ("510"), spacing and bracket forms do not count. */
export function departmentKey(department: string | null): string {
  if (!department) return '';
  return department
    .normalize('NFKC')
    .replace(/^[\s\d]+/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}

/** Same document = same URL without its fragment. */
export function normalizeSourceUrl(url: string): string {
  return url.replace(/#.*$/, '');
}

/**
 * The URL may be shown as a link: http(s), or a bare file name (a PDF the user opened from disk,
 * which resolves harmlessly against the extension page). Never javascript:, data:, file: and the
 * like — parsed as the browser parses an href, so " javascript:" and "java\tscript:" are caught.
 */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url, 'https://local-file.invalid/');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A short stable id from the URL (FNV-1a, 32 bit, base 36). */
export function snapshotId(url: string): string {
  let h = 0x811c9dc5;
  const s = normalizeSourceUrl(url);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `doc-${h.toString(36)}-${s.length.toString(36)}`;
}
