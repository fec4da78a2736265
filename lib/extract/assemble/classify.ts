// Table kind = document kind + role (lib/tables/roles.ts): by the printed title first, else by the
// header signature. How it was recognised is kept (recognisedBy), so coverage can say 未识别.
import { ROLE_PROFILES, roleByTitle, tableDocKind } from '../../tables/roles';
import type { TableKind } from '../../tables/kinds';
import { fold } from './textForms';

export type RecognisedBy = 'title' | 'header' | 'none';

export function kindByTitle(title: string | null, docKind: 'budget' | 'final' | 'unknown'): TableKind | null {
  const role = roleByTitle(title);
  if (!role) return null;
  return `${tableDocKind(title, docKind)}.${role}` as TableKind;
}

/** Header and code signature when the title is missing or unknown; 'other' when nothing fits. */
export function kindBySignature(columns: string[], codes: string[], docKind: 'budget' | 'final' | 'unknown'): TableKind {
  const cols = columns.map(fold).join('|');
  const econ = codes.some((c) => /^3[0-9]{2}([0-9]{2})?$/.test(c));
  const func = codes.some((c) => /^2[0-9]{2}([0-9]{2}){0,2}$/.test(c));
  const prefix = docKind === 'final' ? 'final' : 'budget';
  for (const p of ROLE_PROFILES) if (p.signature?.(cols, econ, func)) return `${prefix}.${p.role}` as TableKind;
  return 'other';
}

/** Standard sides of the two-sided kinds, in print order. */
export function sidesOf(kind: TableKind | null): string[] | null {
  if (!kind || kind === 'other') return null;
  if (kind === 'final.generalBasic') return ['personnel', 'public'];
  return ROLE_PROFILES.find((p) => kind.endsWith('.' + p.role))?.sides ?? null;
}
