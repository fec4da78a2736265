// Table kind: by title first (the longest standard title the printed one contains, so
// 财政拨款收入支出决算总表 is not taken for 收入支出决算总表), else by header signature.
import { TABLE_KIND_TITLES, type TableKind } from '../../tables/kinds';
import { fold } from './textForms';

const TITLES = Object.entries(TABLE_KIND_TITLES)
  .map(([kind, title]) => ({ kind: kind as TableKind, title: fold(title) }))
  .sort((a, b) => b.title.length - a.title.length);

export function kindByTitle(title: string | null, docKind: 'budget' | 'final' | 'unknown'): TableKind | null {
  if (!title) return null;
  const t = fold(title).replace(/“|”/g, '"');
  const hits = TITLES.filter((x) => t.includes(x.title.replace(/“|”/g, '"')));
  if (hits.length === 0) return null;
  const preferred = hits.find((h) => docKind === 'unknown' || h.kind.startsWith(docKind + '.'));
  return (preferred ?? hits[0]!).kind;
}

/** Header and code signature when the title is missing or unknown. */
export function kindBySignature(columns: string[], codes: string[], docKind: 'budget' | 'final' | 'unknown'): TableKind {
  const cols = columns.map(fold).join('|');
  const econ = codes.some((c) => /^3[0-9]{2}([0-9]{2})?$/.test(c));
  const prefix = docKind === 'final' ? 'final' : 'budget';
  if (econ && /人员经费/.test(cols) && /公用经费/.test(cols)) return `${prefix}.generalBasic` as TableKind;
  if (/集中采购/.test(cols) && /分散采购/.test(cols)) return 'budget.procurement';
  if (/因公出国/.test(cols) && /公务接待/.test(cols)) return `${prefix}.threePublic` as TableKind;
  return 'other';
}

/** Standard sides of the two-sided kinds, in print order. */
export function sidesOf(kind: TableKind | null): string[] | null {
  switch (kind) {
    case 'budget.overview':
    case 'budget.fiscalOverview':
    case 'final.overview':
    case 'final.fiscalOverview':
      return ['income', 'expense'];
    case 'final.generalBasic':
      return ['personnel', 'public'];
    default:
      return null;
  }
}
