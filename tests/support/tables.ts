// Test helper: builds model tables from rows copied out of the seeds (tab-separated: code,
// label, cells…), so rule tests read the documents' own figures. Not used by the engine.
import type { DocModel, Figure, Narrative, Statement, Table } from '../../lib/report/schema';

export function tableFrom(
  id: string,
  kind: string,
  columns: string[],
  rows: string,
  extra: Partial<Table> = {},
): Table {
  return {
    id,
    title: extra.title ?? kind,
    kind,
    page: null,
    columns,
    unit: '万元',
    rows: rows
      .replace(/^\n+|\n+$/g, '')
      .split('\n')
      .map((line) => {
        const [code, label, ...cells] = line.split('\t');
        return { code: code?.trim() ? code.trim() : null, label: label ?? '', cells: cells.map((c) => (c.trim() === '' ? null : c)) };
      }),
    ...extra,
  };
}

export function docOf(kind: 'budget' | 'final', tables: Table[], extra: Partial<DocModel> = {}): DocModel {
  return { source: 'test', format: 'text', kind, department: null, year: null, tables, unit: '万元', ...extra };
}

export interface FigureSpec {
  role: Figure['role'];
  /** The number as printed in `sentence` (found by search, after `after` when given). */
  text: string;
  unit?: string;
  direction?: 'up' | 'down';
  word?: string;
  after?: string;
}

export interface StatementSpec {
  id: string;
  sentence: string;
  subject: string;
  section?: string;
  shareOf?: string;
  flat?: boolean;
  path?: string[];
  components?: string[];
  cause?: string;
  figures: FigureSpec[];
}

/** A narrative model built from the seeds' own sentences; figure offsets point into its text. */
export function narrativeOf(specs: StatementSpec[]): Narrative {
  let text = '';
  const statements: Statement[] = specs.map((s) => {
    const start = text.length;
    text += s.sentence + '\n';
    const figures: Figure[] = s.figures.map((f, k) => {
      const from = f.after ? s.sentence.indexOf(f.after) + f.after.length : 0;
      const at = s.sentence.indexOf(f.text, from);
      if (at < 0) throw new Error(`${f.text} not in ${s.sentence}`);
      return {
        id: `${s.id}.f${k + 1}`,
        role: f.role,
        text: f.text,
        value: f.text.replace(/[,\s]/g, ''),
        unit: f.unit ?? '万元',
        direction: f.direction ?? null,
        directionWord: f.word ?? null,
        start: start + at,
        end: start + at + f.text.length,
      };
    });
    const st: Statement & { cause?: { text: string; start: number; end: number } } = {
      id: s.id,
      start,
      end: start + s.sentence.length,
      section: s.section ?? null,
      subject: s.subject,
      path: s.path ?? null,
      shareOf: s.shareOf ?? null,
      flat: s.flat ?? false,
      figures,
      components: s.components,
    };
    if (s.cause) {
      const at = s.sentence.indexOf(s.cause);
      st.cause = { text: s.cause, start: start + at, end: start + at + s.cause.length };
    }
    return st;
  });
  return { text, statements };
}
