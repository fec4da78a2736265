import { z } from 'zod';

// The check-report contract: one JSON object per checked document. Other tools read it,
// so it only ever grows by optional fields. Every amount is a string exactly as the
// document displays it (after repairing broken numbers) — never a JS number.

export const RefSchema = z.object({
  table: z.string().nullable(),
  row: z.number().int().nullable(),
  col: z.number().int().nullable(),
  page: z.number().int().nullable(),
  text: z.string().nullable(),
  value: z.string().nullable(),
  /** For narrative refs: the figure id in `narrative.statements[].figures[]`. */
  figure: z.string().optional(),
});
export type Ref = z.infer<typeof RefSchema>;

export const StatusSchema = z.enum(['pass', 'rounding', 'fail']);
export type Status = z.infer<typeof StatusSchema>;
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  id: z.string(),
  rule: z.string(),
  status: StatusSchema,
  severity: SeveritySchema,
  message: z.string(),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  refs: z.array(RefSchema),
  /** Printed minus recomputed, as a decimal string. */
  difference: z.string().nullable().optional(),
  /** English rendering of `message`. */
  messageEn: z.string().optional(),
  /** Findings sharing one root cause carry the same group id. */
  group: z.string().optional(),
  /** Index into `refs` of the cell most likely wrong when identities disagree. */
  culprit: z.number().int().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const RowLevelSchema = z.enum([
  'total', // 合计 / 总计 of the whole table
  'subtotal', // 小计, 本年收入合计 and other partial sums
  'department', // 3-digit department code (405)
  'unit', // 6-digit unit code (405001)
  'class', // 功能分类 类 (3) or 经济分类 类 (3)
  'section', // 功能分类 款 (5) or 经济分类 款 (5)
  'item', // 功能分类 项 (7)
  'line', // any other data row (two-sided items, project rows, …)
]);
export type RowLevel = z.infer<typeof RowLevelSchema>;

export const RowSchema = z.object({
  code: z.string().nullable(),
  label: z.string(),
  cells: z.array(z.string().nullable()),
  /** Structural role of the row (see RowLevelSchema). */
  level: RowLevelSchema.optional(),
  /** Index of the parent row in the same table (unit → department, 项 → 款 …). */
  parent: z.number().int().nullable().optional(),
});
export type Row = z.infer<typeof RowSchema>;

export const UnitSchema = z.enum(['元', '千元', '万元', '亿元']);
export type MoneyUnit = z.infer<typeof UnitSchema>;

export const TableSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  page: z.number().int().nullable(),
  columns: z.array(z.string()),
  rows: z.array(RowSchema),
  /** Money unit of the table (单位：万元). */
  unit: UnitSchema.nullable().optional(),
  /** Two-sided tables are split into logical sub-tables sharing a group: e.g. "t1" with parts income/expense. */
  group: z.string().optional(),
  part: z.string().optional(),
  /** Notes printed with the table ("本表无数据", "注：…"). */
  notes: z.array(z.string()).optional(),
  /** Printed table number when there is one ("表3", "公开03表"). */
  number: z.string().nullable().optional(),
  /** Last page when the table runs over several pages. */
  pageEnd: z.number().int().nullable().optional(),
  /** Columns found by text alignment, no vertical rule between them (a 三线表, a PDF table printed
   * without rules): where a header has several levels, which columns each group spans is inferred
   * from where its text sits, so the groups' sums are not checked (lib/checks/headerTree.ts). */
  aligned: z.literal(true).optional(),
  /** How sure the role (kind) is: 'title' and 'header' recognised, 'none' = 未识别 (kind 'other'). */
  recognisedBy: z.enum(['title', 'header', 'none']).optional(),
  /** How much of the table the checks read: numeric cells, and those at least one check used. */
  coverage: z.object({ cells: z.number().int(), checked: z.number().int() }).optional(),
});
export type Table = z.infer<typeof TableSchema>;

export const FigureRoleSchema = z.enum([
  'amount', // the subject's own figure: 科学技术支出9,430.73万元
  'previous', // the comparison base: 比2023年预算15.91万元
  'delta', // change in amount: 同比减少3,090.19万元
  'changePct', // change in percent: 同比下降23.06%
  'share', // 占支出总预算91.45%
  'rate', // 完成年初预算的118.66%
  'count', // 项目21个, 车辆5辆
]);
export type FigureRole = z.infer<typeof FigureRoleSchema>;

export const FigureSchema = z.object({
  id: z.string(),
  role: FigureRoleSchema,
  /** Text as displayed, e.g. "547. 82". */
  text: z.string(),
  /** Repaired number, e.g. "547.82"; null when the text cannot be read as a number. */
  value: z.string().nullable(),
  unit: z.string().nullable(),
  /** Direction word for deltas / changes: up (增加/增长/上升), down (减少/下降/降低). */
  direction: z.enum(['up', 'down']).nullable(),
  directionWord: z.string().nullable(),
  /** Offsets into `narrative.text`. */
  start: z.number().int(),
  end: z.number().int(),
  /** Year of a comparison base ("比2023年预算15.91万元" → 2023). */
  year: z.number().int().nullable().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const StatementSchema = z.object({
  id: z.string(),
  /** Offsets of the whole sentence into `narrative.text`. */
  start: z.number().int(),
  end: z.number().int(),
  /** Heading of the section the sentence sits in (三、部门支出预算情况说明). */
  section: z.string().nullable(),
  /** What the figures are about, normalised (科学技术支出, 基本支出, 三公经费, 政府采购, …). */
  subject: z.string(),
  /** 类/款/项 names for "X（类）Y（款）Z（项）" statements. */
  path: z.array(z.string()).nullable(),
  /** What a share is a share of (支出总预算). */
  shareOf: z.string().nullable(),
  /** "与上年持平". */
  flat: z.boolean(),
  figures: z.array(FigureSchema),
  /** For "包括：A、B、C" / "其中：…" lists: ids of statements whose amounts should add up to this one. */
  components: z.array(z.string()).optional(),
  /** Year the statement speaks of, when named. */
  year: z.number().int().nullable().optional(),
  /** The subject phrase as printed (before normalisation to `subject`). */
  subjectText: z.string().optional(),
  /** "全部为基本支出" / "全部为项目支出". */
  entirely: z.string().optional(),
  /** The cause clause ("减少的主要原因是：…"), for direction-word checks. */
  cause: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
  /** A restatement of another statement's amount that carries a second list: not compared to tables again. */
  derivedFrom: z.string().optional(),
  /** "决算数大于/小于/等于预算数": the wording a final account uses, compared with its figures. */
  versusBudget: z
    .object({ relation: z.enum(['greater', 'less', 'equal']), text: z.string(), start: z.number().int(), end: z.number().int() })
    .optional(),
});
export type Statement = z.infer<typeof StatementSchema>;

export const NarrativeSchema = z.object({
  /** The narrative text, normalised for parsing; figure offsets point into it. */
  text: z.string(),
  statements: z.array(StatementSchema),
});
export type Narrative = z.infer<typeof NarrativeSchema>;

export const SummarySchema = z.object({
  checks: z.number().int(),
  pass: z.number().int(),
  rounding: z.number().int(),
  fail: z.number().int(),
});
export type Summary = z.infer<typeof SummarySchema>;

export const ReportSchema = z.object({
  source: z.string(),
  format: z.enum(['pdf', 'html', 'text', 'sheet', 'docx']),
  kind: z.enum(['budget', 'final', 'unknown']),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  tables: z.array(TableSchema),
  findings: z.array(FindingSchema),
  summary: SummarySchema,
  /** Document title as printed. */
  title: z.string().nullable().optional(),
  /** Default money unit of the document. */
  unit: UnitSchema.nullable().optional(),
  narrative: NarrativeSchema.optional(),
  /** Pages in the source (PDF). */
  pages: z.number().int().nullable().optional(),
  /** Content pictures the document shows (an <img>, a PDF page that is only an image): tables
   * published as pictures cannot be checked, and the report says so (completeness.imageTables). */
  images: z.array(z.object({ src: z.string(), alt: z.string().optional(), page: z.number().int().nullable() })).optional(),
  /** Pages with nothing on them but page furniture (PDF): blank, a page number only, or rulings
   * without text — each with the last heading or table printed before it (text.emptyPage). */
  emptyPages: z
    .array(
      z.object({
        page: z.number().int(),
        /** The 目录, the table (its id) or the section heading the page comes after; null when nothing precedes it. */
        after: z.object({ text: z.string(), page: z.number().int(), table: z.string().optional() }).nullable(),
        /** Whether content follows on a later page (a trailing blank page is not between sections). */
        followed: z.boolean(),
      }),
    )
    .optional(),
  /** Tables the document announces (表1 … 表12) — for completeness checks. */
  announcedTables: z.array(z.string()).optional(),
  /** Version of this contract. */
  schemaVersion: z.literal(1).optional(),
  /** What the checks could read and what they could not (未识别 / 未核对), so a reader knows what was not checked. */
  coverage: z
    .object({
      tables: z.number().int(),
      recognised: z.number().int(),
      cells: z.number().int(),
      checkedCells: z.number().int(),
      statements: z.number().int(),
      checkedStatements: z.number().int(),
      /** Each thing left unchecked, and why, in Chinese (+ English). */
      notChecked: z.array(z.object({ what: z.string(), reason: z.string(), reasonEn: z.string().optional(), table: z.string().nullable().optional() })),
    })
    .optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** The document model: the report before checks ran. */
export type DocModel = Omit<Report, 'findings' | 'summary'>;
